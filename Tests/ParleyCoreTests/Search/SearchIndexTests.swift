import Testing
@testable import ParleyCore

@Suite struct SearchIndexTests {
    let index = SearchFixture.index()

    func ids(_ q: String) throws -> [String] {
        try index.search(SearchQuery.parse(q)).map(\.article).sorted()
    }

    @Test func aliasesFindEverySpelling() throws {
        #expect(try ids("zelensky") == ["a1", "a2", "a5"])
        #expect(try ids("zelenskyy") == ["a1", "a2", "a5"])
        #expect(try ids("kiev") == ["a1", "a2"])
        #expect(try ids("KYIV") == ["a1", "a2"])
        #expect(try ids("erdogan") == ["a3"])
    }

    @Test func accentsFoldBothWays() throws {
        #expect(try ids("erdoğan") == ["a3"])
        #expect(try ids("outlet:cafe") == ["a5"])
    }

    @Test func phrasesNeedAdjacentWords() throws {
        #expect(try ids(#""easter truce""#) == ["a3"])
        #expect(try ids("easter truce") == ["a3", "a4"])
    }

    @Test func everyTermMustMatch() throws {
        #expect(try ids("crimea zelensky") == ["a2", "a5"])
        #expect(try ids("crimea istanbul") == [])
        #expect(try ids("crimea nosuchword") == [])
    }

    @Test func filters() throws {
        #expect(try ids("crimea party:ukraine") == ["a2", "a5"])
        #expect(try ids("party:us") == ["a5"])
        #expect(try ids("actor:putin") == ["a3", "a5"])
        #expect(try ids("actor:vladimir-putin") == ["a3", "a5"])
        #expect(try ids(#"actor:"Volodymyr Zelenskyy""#) == ["a1", "a2", "a5"])
        #expect(try ids("actor:zelenskiy") == ["a1", "a2", "a5"])
        #expect(try ids("outlet:harbour") == ["a1", "a3"])
        #expect(try ids("after:2025-05-10") == ["a2", "a3", "a5"])
        #expect(try ids("before:2025-05-10") == ["a1", "a2"])
        #expect(try ids("after:2025-05-11 before:2025-05-31") == ["a3"])
    }

    @Test func issueFilterUsesClaimsAndSignalWords() throws {
        #expect(try ids("issue:territory") == ["a2", "a5"])
        #expect(try ids("issue:ceasefire") == ["a3", "a4"])
        #expect(try ids("issue:direct-talks") == ["a1"])
        #expect(try ids("issue:sanctions") == [])
    }

    @Test func unknownActorFallsBackToText() throws {
        #expect(try ids("actor:envoys") == ["a1"])
    }

    @Test func snippetsMarkHitsAndSpansPointAtThem() throws {
        let hits = index.search(try SearchQuery.parse("kiev"))
        let a2 = try #require(hits.first { $0.article == "a2" })
        #expect(a2.snippet.contains("[Kyiv]"))
        let text = SearchFixture.model().article("a2")!.text
        #expect(a2.spans.map { String($0.slice(of: text)) } == ["Kyiv"])
        let phrase = index.search(try SearchQuery.parse(#""easter truce""#))
        #expect(phrase.first?.snippet.contains("[Easter truce]") == true)
        let many = index.search(try SearchQuery.parse("zelensky"))
        let a2z = try #require(many.first { $0.article == "a2" })
        #expect(a2z.snippet.contains("[Volodymyr Zelenskyy]") || a2z.snippet.contains("Volodymyr [Zelenskyy]"))
    }

    @Test func rankedBestFirst() throws {
        let hits = index.search(try SearchQuery.parse("truce"))
        #expect(hits.count == 2)
        #expect(hits[0].score >= hits[1].score)
        #expect(hits.allSatisfy { $0.score > 0 })
    }

    @Test func prefixMatchingForTyping() throws {
        var q = try SearchQuery.parse("crimea zel")
        #expect(index.search(q).isEmpty)
        q.matchPrefix = true
        #expect(index.search(q).map(\.article).sorted() == ["a2", "a5"])
        var ist = try SearchQuery.parse("ist")
        ist.matchPrefix = true
        let hits = index.search(ist)
        #expect(hits.map(\.article) == ["a3"])
        #expect(hits.first?.snippet.contains("[Istanbul]") == true)
    }

    @Test func emptyQueryFindsNothing() {
        #expect(index.search(SearchQuery()).isEmpty)
    }
}
