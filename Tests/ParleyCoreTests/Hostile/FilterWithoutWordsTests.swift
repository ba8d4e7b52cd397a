import Foundation
import Testing
@testable import ParleyCore

/// A filter value that folds to nothing (`outlet:%`) is a usage error, and should one reach
/// a search anyway it matches nothing, in memory and in the cache alike.
@Suite struct FilterWithoutWordsTests {
    @Test func aFilterValueWithoutLettersOrDigitsIsAUsageError() {
        #expect(throws: SearchQueryError.noWords("outlet", "%")) { try SearchQuery.parse("outlet:%") }
        #expect(throws: SearchQueryError.noWords("actor", "--")) { try SearchQuery.parse("actor:--") }
        #expect(throws: SearchQueryError.noWords("outlet", "…")) { try SearchQuery.parse(#"outlet:"…""#) }
        #expect(SearchQueryError.noWords("outlet", "%").description
            == "search filter 'outlet:' needs a name with letters or digits, not '%'")
        #expect((try? SearchQuery.parse("outlet:harbour"))?.outlets == ["harbour"])
    }

    @Test func aFilterValueWithoutWordsMatchesNothingInTheCacheAsInMemory() throws {
        let t = try TempCorpus()
        try t.writeFixture()
        let loaded = try t.load()
        let memory = SearchIndex(model: loaded.model, knowledge: SearchFixture.knowledge)
        for query in [SearchQuery(outlets: ["%"]), SearchQuery(actors: ["%"]), SearchQuery(words: ["kiev"], outlets: ["%"])] {
            let result = try #require(try IndexedSearch.search(query, paths: [t.corpus], options: t.options()))
            #expect(result.hits.isEmpty)
            #expect(memory.search(query).isEmpty)
        }
    }
}
