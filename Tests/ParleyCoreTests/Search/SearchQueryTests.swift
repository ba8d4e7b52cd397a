import Testing
@testable import ParleyCore

@Suite struct SearchQueryTests {
    @Test func wordsPhrasesAndFilters() throws {
        let q = try SearchQuery.parse(#"crimea "easter truce" party:ukraine actor:"von der leyen" issue:direct-talks outlet:cgtn after:2025-05-01 before:2025-06-30"#)
        #expect(q.words == ["crimea"])
        #expect(q.phrases == ["easter truce"])
        #expect(q.parties == [.ukraine])
        #expect(q.actors == ["von der leyen"])
        #expect(q.issues == [.directTalks])
        #expect(q.outlets == ["cgtn"])
        #expect(q.after == "2025-05-01")
        #expect(q.before == "2025-06-30")
    }

    @Test func filterNamesAndValuesIgnoreCase() throws {
        let q = try SearchQuery.parse("Party:US Issue:Direct_Talks")
        #expect(q.parties == [.us])
        #expect(q.issues == [.directTalks])
    }

    @Test func badFiltersAreErrors() {
        #expect(throws: SearchQueryError.unknownFilter("author")) { try SearchQuery.parse("author:smith") }
        #expect(throws: SearchQueryError.unknownParty("nato")) { try SearchQuery.parse("party:nato") }
        #expect(throws: SearchQueryError.unknownIssue("weather")) { try SearchQuery.parse("issue:weather") }
        #expect(throws: SearchQueryError.badDate("after", "2025-13-01")) { try SearchQuery.parse("after:2025-13-01") }
        #expect(throws: SearchQueryError.badDate("before", "May")) { try SearchQuery.parse("before:May") }
        #expect(throws: SearchQueryError.emptyFilter("actor")) { try SearchQuery.parse("actor:") }
    }

    @Test func punctuationOnlyIsEmpty() throws {
        #expect(try SearchQuery.parse("  -- ").isEmpty)
        #expect(try SearchQuery.parse(#""""#).isEmpty)
    }

    @Test func curlyQuotesMakePhrases() throws {
        #expect(try SearchQuery.parse("\u{201C}easter truce\u{201D}").phrases == ["easter truce"])
    }
}

/// Filters accept the labels the screen shows.
@Suite struct ScreenLabelFilterTests {
    @Test func partyTagsAndShortIssueLabelsAreFilters() throws {
        let q = try SearchQuery.parse("party:RU party:ua issue:guarantees issue:talks")
        #expect(q.parties == [.russia, .ukraine])
        #expect(q.issues == [.securityGuarantees, .directTalks])
    }

    @Test func aCellSaysWhatItsStanceMeans() {
        #expect(Issue.territory.sentence(.ukraine, .oppose) == "Ukraine opposes recognising Russian control of occupied land")
        #expect(Issue.nato.sentence(.us, .none) == "US: no evidence on Ukraine joining NATO")
    }
}
