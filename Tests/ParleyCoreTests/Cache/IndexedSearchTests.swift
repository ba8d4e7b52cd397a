import Foundation
import Testing
@testable import ParleyCore

@Suite struct IndexedSearchTests {
    func ids(_ q: String, _ t: TempCorpus) throws -> [String] {
        let result = try #require(try IndexedSearch.search(SearchQuery.parse(q), paths: [t.corpus], options: t.options()))
        return result.hits.map(\.article).sorted()
    }

    @Test func cacheSearchFindsWhatTheMemoryIndexFinds() throws {
        let t = try TempCorpus()
        try t.writeFixture()
        let loaded = try t.load()
        let memory = SearchIndex(model: loaded.model, knowledge: SearchFixture.knowledge)
        let queries = ["zelensky", "kiev", "erdogan", "erdoğan", #""easter truce""#, "easter truce",
                       "crimea zelensky", "crimea party:ukraine", "party:us", "actor:putin",
                       #"actor:"Volodymyr Zelenskyy""#, "outlet:harbour", "outlet:cafe", "after:2025-05-10",
                       "before:2025-05-10", "issue:territory", "issue:ceasefire", "actor:envoys", "nosuchword"]
        for q in queries {
            let expected = memory.search(try SearchQuery.parse(q)).map(\.article).sorted()
            #expect(try ids(q, t) == expected, "\(q)")
        }
        // Spellings, accents and signal words, whatever the analyser finds.
        #expect(try ids("zelensky", t) == ["a1", "a2", "a5"])
        #expect(try ids("kiev", t) == ["a1", "a2"])
        #expect(try ids("erdogan", t) == ["a3"])
        #expect(try ids(#""easter truce""#, t) == ["a3"])
        #expect(try ids("issue:territory", t) == ["a2", "a5"])
    }

    /// The cache's filter tables against the in-memory index, on the hand-made model
    /// (with outlets, dates, mentions and claims).
    @Test func cacheFiltersMatchTheMemoryIndex() throws {
        let t = try TempCorpus()
        let kb = SearchFixture.knowledge
        let model = SearchFixture.model()
        let (cache, warnings) = try CorpusCache.open(directory: t.cache, paths: [t.corpus], knowledge: kb)
        #expect(warnings.isEmpty)
        let builder = FacetBuilder(knowledge: kb)
        let entries = zip(model.articles, model.analyses).map { article, analysis -> (FileStamp, FileResult) in
            var result = FileResult(articles: [article], analyses: [analysis], warnings: [])
            result.facets = [builder.facets(of: analysis, words: TextFolding.words(article.text))]
            return (FileStamp(path: article.path, size: 1, modified: 1), result)
        }
        try cache.update(entries, removing: [])
        let memory = SearchFixture.index()
        let queries = ["crimea party:ukraine", "party:us", "party:russia", "actor:putin", "actor:vladimir-putin",
                       #"actor:"Volodymyr Zelenskyy""#, "actor:zelenskiy", "outlet:harbour", "outlet:cafe",
                       "after:2025-05-10", "before:2025-05-10", "after:2025-05-11 before:2025-05-31",
                       "issue:territory", "issue:ceasefire", "issue:direct-talks", "issue:sanctions",
                       "truce party:russia", "zelensky outlet:monde"]
        for q in queries {
            let expected = memory.search(try SearchQuery.parse(q)).map(\.article).sorted()
            let got = try cache.search(try SearchQuery.parse(q), knowledge: kb).map(\.hit.article).sorted()
            #expect(got == expected, "\(q)")
        }
        #expect(try cache.search(try SearchQuery.parse("party:us"), knowledge: kb).map(\.hit.article) == ["a5"])
    }

    @Test func snippetsMarkHits() throws {
        let t = try TempCorpus()
        try t.writeFixture()
        let result = try #require(try IndexedSearch.search(SearchQuery.parse("istanbul"), paths: [t.corpus],
                                                            options: t.options()))
        #expect(result.hits.count == 1)
        #expect(result.hits[0].snippet.contains("[Istanbul]"))
        #expect(result.titles["a3"] == "Title a3")
        let phrase = try #require(try IndexedSearch.search(SearchQuery.parse(#""easter truce""#), paths: [t.corpus],
                                                           options: t.options()))
        #expect(phrase.hits.first?.snippet.contains("[Easter truce]") == true)
        let alias = try #require(try IndexedSearch.search(SearchQuery.parse("zelensky"), paths: [t.corpus],
                                                          options: t.options()))
        let a2 = try #require(alias.hits.first { $0.article == "a2" })
        #expect(a2.snippet.contains("[Volodymyr Zelenskyy]"))
    }

    @Test func searchSeesChangedAddedAndDeletedFiles() throws {
        let t = try TempCorpus()
        try t.writeFixture()
        #expect(try ids("istanbul", t) == ["a3"])
        try t.write("a3.txt", "Title a3\n\nNothing about that city any more, only Geneva.\n")
        try t.write("a6.txt", "Title a6\n\nTalks may move to Istanbul.\n")
        try t.remove("a1.txt")
        #expect(try ids("istanbul", t) == ["a6"])
        #expect(try ids("geneva", t) == ["a3"])
        #expect(try ids("envoys", t) == [])
    }

    @Test func searchOnAnEmptyCorpusIsNothingLoadable() throws {
        let t = try TempCorpus()
        try Data().write(to: URL(fileURLWithPath: t.corpus + "/empty.txt"))
        #expect(throws: LoadError.self) {
            try IndexedSearch.search(SearchQuery.parse("kyiv"), paths: [t.corpus], options: t.options())
        }
    }
}

@Suite struct CacheRowReuseTests {
    /// Replacing the last file (whose rows had the highest ids) must still index its new text.
    @Test func replacingTheLastFileKeepsItSearchable() throws {
        let t = try TempCorpus()
        try t.write("a.txt", "Title a\n\nTalks in Geneva.\n")
        try t.write("z.txt", "Title z\n\nTalks in Istanbul.\n")
        func ids(_ q: String) throws -> [String] {
            try #require(try IndexedSearch.search(SearchQuery.parse(q), paths: [t.corpus], options: t.options()))
                .hits.map(\.article).sorted()
        }
        #expect(try ids("istanbul") == ["z"])
        try t.write("z.txt", "Title z\n\nTalks moved to Riyadh after all.\n")
        #expect(try ids("riyadh") == ["z"])
        #expect(try ids("istanbul") == [])
        try t.remove("z.txt")
        try t.write("y.txt", "Title y\n\nDelegates met in Doha.\n")
        #expect(try ids("doha") == ["y"])
        #expect(try ids("talks") == ["a"])
    }
}
