@testable import ParleyCore
import Testing
@testable import ParleyTUI

/// The browser while a corpus loads: the first articles are shown and browsable, and the
/// whole corpus replaces them without losing what the user has open.
@Suite("Loading preview")
struct LoadingPreviewTests {
    static func partial(_ ids: [String]) -> BrowserData {
        let articles = Fixture.model.articles.filter { ids.contains($0.id) }
        let analyses = Fixture.model.analyses.filter { ids.contains($0.article) }
        let model = ParleyModel(articles: articles, analyses: analyses, knownActors: Fixture.actors)
        return BrowserData(model: model, knowledge: Fixture.knowledge,
                           index: SearchIndex(model: model, knowledge: Fixture.knowledge, background: false))
    }

    func selectedID(_ s: AppState) -> String? { s.selectedArticle?.id }

    @Test func firstArticlesAreBrowsableAndTheWholeCorpusKeepsTheSelection() {
        var s = AppState(size: Size(width: 120, height: 40), corpusName: "fixture")
        reduce(&s, .corpusProgress(LoadProgress(filesDone: 2, filesTotal: 5)))
        Fixture.press("j", &s)   // nothing to move yet
        #expect(s.data?.model.articles.count == nil)
        let loadingScreen = render(s, theme: BuiltinTheme.theme, size: s.size).text()
        #expect(loadingScreen.contains("2 of 5 files read and analysed"))

        reduce(&s, .corpusPreview(Self.partial(["a1-kremlin-istanbul", "a3-ankara-venue", "a5-sanctions-warning"])))
        #expect(s.phase == .loading(done: 2, total: 5))
        #expect(s.articleRows.count == 3)
        Fixture.press("j", &s)
        #expect(selectedID(s) == "a1-kremlin-istanbul")
        #expect(s.detail == .reader(ReaderPosition(article: "a1-kremlin-istanbul")))
        let screen = render(s, theme: BuiltinTheme.theme, size: s.size)
        #expect(screen.text().contains("Kremlin floats talks in Istanbul"))
        #expect(screen.row(39).contains("3 articles"))
        #expect(screen.row(39).contains("loading: 2 of 5 files"))

        reduce(&s, .corpusLoaded(Fixture.data))
        #expect(s.phase == .ready)
        #expect(s.articleRows.count == 5)
        #expect(selectedID(s) == "a1-kremlin-istanbul")
        #expect(s.detail == .reader(ReaderPosition(article: "a1-kremlin-istanbul")))
        #expect(!render(s, theme: BuiltinTheme.theme, size: s.size).row(39).contains("loading"))

        // A preview that arrives after the whole corpus changes nothing.
        reduce(&s, .corpusPreview(Self.partial(["a3-ankara-venue"])))
        #expect(s.articleRows.count == 5)
    }

    @Test func aSearchTypedDuringLoadingIsRunAgainOnTheWholeCorpus() {
        var s = AppState(size: Size(width: 120, height: 40), corpusName: "fixture")
        reduce(&s, .corpusPreview(Self.partial(["a1-kremlin-istanbul", "a2-washington-truce"])))
        reduce(&s, .searchQueryChanged("istanbul"))
        let early = s.search.hits.map { Set($0.keys) } ?? []
        reduce(&s, .corpusLoaded(Fixture.data))
        let all = Set(Fixture.data.index.search(try! SearchQuery.parse("istanbul")).map(\.article))
        #expect(early.isSubset(of: all))
        #expect(s.search.hits.map { Set($0.keys) } == all)
        #expect(s.articleRows.count == all.count)
    }

    @Test func previewsComeFirstAtOnceThenWhenDoubledAndNeverAfterFinish() {
        let preview = LoadingPreview(knowledge: Fixture.knowledge)
        #expect(preview.next(now: 0)?.model.articles.count == nil)
        let articles = Fixture.model.articles, analyses = Fixture.model.analyses
        preview.add(LoadProgress(filesDone: 1, filesTotal: 5, articles: [articles[0]], analyses: [analyses[0]]))
        #expect(preview.next(now: 0.1)?.model.articles.count == 1)
        preview.add(LoadProgress(filesDone: 2, filesTotal: 5, articles: [articles[1]], analyses: [analyses[1]]))
        #expect(preview.next(now: 0.5)?.model.articles.count == nil)   // doubled, but within a second
        #expect(preview.next(now: 1.2)?.model.articles.count == 2)
        preview.add(LoadProgress(filesDone: 3, filesTotal: 5, articles: [articles[2]], analyses: [analyses[2]]))
        #expect(preview.next(now: 5)?.model.articles.count == nil)     // 3 is less than twice 2
        preview.add(LoadProgress(filesDone: 4, filesTotal: 5, articles: [articles[3]], analyses: [analyses[3]]))
        // The same article reported again (a load starting over) is not shown twice.
        preview.add(LoadProgress(filesDone: 4, filesTotal: 5, articles: [articles[0]], analyses: [analyses[0]]))
        let fourth = preview.next(now: 6)
        #expect(fourth?.model.articles.map(\.id) == articles[0..<4].map(\.id))
        #expect(fourth?.model.claims.count == analyses[0..<4].reduce(0) { $0 + $1.claims.count })
        preview.finish()
        preview.add(LoadProgress(filesDone: 5, filesTotal: 5, articles: [articles[4]], analyses: [analyses[4]]))
        #expect(preview.next(now: 100)?.model.articles.count == nil)
        #expect(preview.isFinished)
    }

    @Test func previewsStopGrowingAtTheLargestSize() {
        let preview = LoadingPreview(knowledge: Fixture.knowledge, largest: 3)
        let articles = Fixture.model.articles, analyses = Fixture.model.analyses
        preview.add(LoadProgress(filesDone: 2, filesTotal: 5, articles: Array(articles[0..<2]), analyses: Array(analyses[0..<2])))
        #expect(preview.next(now: 0)?.model.articles.count == 2)
        preview.add(LoadProgress(filesDone: 5, filesTotal: 5, articles: Array(articles[2...]), analyses: Array(analyses[2...])))
        let capped = preview.next(now: 2)
        #expect(capped?.model.articles.map(\.id) == articles[0..<3].map(\.id))
        #expect(capped?.model.analyses.map(\.article) == articles[0..<3].map(\.id))
        #expect(preview.next(now: 10)?.model.articles.count == nil)
    }

    @Test func aUserStillAtTheTopSeesTheNewestArticleAsMoreArrive() {
        var s = AppState(size: Size(width: 120, height: 40), corpusName: "fixture")
        reduce(&s, .corpusPreview(Self.partial(["a1-kremlin-istanbul", "a3-ankara-venue"])))
        #expect(selectedID(s) == "a1-kremlin-istanbul")
        reduce(&s, .corpusPreview(Self.partial(["a1-kremlin-istanbul", "a3-ankara-venue", "a5-sanctions-warning"])))
        #expect(s.articles.selected == 0)
        #expect(selectedID(s) == "a5-sanctions-warning")
        #expect(s.detail == .reader(ReaderPosition(article: "a5-sanctions-warning")))
        #expect(s.actorRows.map(\.id) == ["emmanuel-macron", "vladimir-putin"])
        reduce(&s, .corpusLoaded(Fixture.data))
        #expect(selectedID(s) == "a5-sanctions-warning")
    }
}
