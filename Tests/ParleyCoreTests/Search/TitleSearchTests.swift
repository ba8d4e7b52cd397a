import Testing
@testable import ParleyCore

/// Headlines are searched like text, in memory and in the cache's full-text index; a hit
/// only in the headline gets its snippet from the headline.
@Suite struct TitleSearchTests {
    static let articles: [(id: String, title: String, text: String)] = [
        ("t1", "Parade truce announced for the spring holiday",
         "The Kremlin said fighting would stop for three days.\n\nKyiv called the offer a stunt."),
        ("t2", "Envoys meet in Geneva",
         "The delegations discussed a parade truce and a prisoner exchange."),
        ("t3", "Talks end without a date",
         "Spring holiday plans were not discussed. Parade preparations went on."),
    ]

    static func model() -> ParleyModel {
        let articles = Self.articles.map { Article(id: $0.id, path: "/c/\($0.id).txt", title: $0.title, text: $0.text) }
        let analyses = articles.map { ArticleAnalysis(article: $0.id, mentions: [], claims: []) }
        return ParleyModel(articles: articles, analyses: analyses, knownActors: [])
    }

    let index = SearchIndex(model: TitleSearchTests.model(), knowledge: SearchFixture.knowledge)

    func ids(_ q: String) throws -> [String] {
        try index.search(SearchQuery.parse(q)).map(\.article).sorted()
    }

    @Test func aPhraseOnlyInTheHeadlineIsFound() throws {
        #expect(try ids(#""parade truce""#) == ["t1", "t2"])
        #expect(try ids(#""spring holiday""#) == ["t1", "t3"])
        #expect(try ids("geneva") == ["t2"])
    }

    @Test func aPhraseDoesNotRunFromTheHeadlineIntoTheText() throws {
        // t1's headline ends with "holiday", its text opens with "The Kremlin".
        #expect(try ids(#""holiday the kremlin""#) == [])
    }

    @Test func aHeadlineHitHasItsSnippetAndSpansInTheHeadline() throws {
        let hits = index.search(try SearchQuery.parse(#""parade truce""#))
        let t1 = try #require(hits.first { $0.article == "t1" })
        #expect(t1.snippet == "[Parade truce] announced for the spring holiday")
        #expect(t1.spans.isEmpty)
        #expect(t1.titleSpans.map { String($0.slice(of: Self.articles[0].title)) } == ["Parade truce"])
        let t2 = try #require(hits.first { $0.article == "t2" })
        #expect(t2.snippet.contains("[parade truce]"))
        #expect(t2.titleSpans.isEmpty)
    }

    @Test func theCachedIndexSearchesHeadlinesToo() throws {
        let t = try TempCorpus()
        for a in Self.articles { try t.write(a.id + ".txt", a.title + "\n\n" + a.text + "\n") }
        let result = try #require(try IndexedSearch.search(SearchQuery.parse(#""parade truce""#), paths: [t.corpus],
                                                           options: t.options()))
        #expect(result.hits.map(\.article).sorted() == ["t1", "t2"])
        let t1 = try #require(result.hits.first { $0.article == "t1" })
        #expect(t1.snippet == "[Parade truce] announced for the spring holiday")
        let memory = try t.load()
        let inMemory = SearchIndex(model: memory.model, knowledge: SearchFixture.knowledge)
        for q in [#""spring holiday""#, "geneva", #""holiday the kremlin""#, "issue:ceasefire"] {
            let cached = try #require(try IndexedSearch.search(SearchQuery.parse(q), paths: [t.corpus], options: t.options()))
            #expect(cached.hits.map(\.article).sorted() == inMemory.search(try SearchQuery.parse(q)).map(\.article).sorted(), "\(q)")
        }
    }

    @Test func theIssueFilterReadsTheHeadline() throws {
        // "truce" signals the ceasefire issue; t1 has it only in its headline.
        #expect(try ids("issue:ceasefire") == ["t1", "t2"])
    }
}
