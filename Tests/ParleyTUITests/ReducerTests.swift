@testable import ParleyCore
import Testing
@testable import ParleyTUI

@Suite("Reducer")
struct ReducerTests {
    func ids(_ s: AppState) -> [String] { s.articleRows.map { Fixture.model.articles[$0].id } }

    @Test func loadingShowsArticlesNewestFirstAndOpensTheFirstInTheReader() {
        var s = AppState(size: Size(width: 120, height: 40))
        reduce(&s, .corpusProgress(LoadProgress(filesDone: 2, filesTotal: 5)))
        #expect(s.phase == .loading(done: 2, total: 5))
        reduce(&s, .corpusLoaded(Fixture.data))
        #expect(s.phase == .ready)
        #expect(ids(s) == ["a5-sanctions-warning", "a4-multilingual", "a1-kremlin-istanbul",
                           "a2-washington-truce", "a3-ankara-venue"])
        #expect(s.detail == .reader(ReaderPosition(article: "a5-sanctions-warning")))
        #expect(s.actorRows.map(\.id) == ["emmanuel-macron", "vladimir-putin"])
    }

    @Test func movingInArticlesUpdatesActorsAndReader() {
        var s = Fixture.state()
        Fixture.press("jj", &s)
        #expect(s.articles.selected == 2)
        #expect(s.selectedArticle?.id == "a1-kremlin-istanbul")
        #expect(s.actorRows == [ActorRow(id: "vladimir-putin", count: 2), ActorRow(id: "dmitry-peskov", count: 1),
                                ActorRow(id: "volodymyr-zelenskyy", count: 1)])
        #expect(s.detail == .reader(ReaderPosition(article: "a1-kremlin-istanbul")))
        Fixture.press("G", &s)
        #expect(s.articles.selected == 4)
        Fixture.press("g", &s)
        #expect(s.articles.selected == 0)
    }

    @Test func sortCyclesNewestOldestCorpus() {
        var s = Fixture.state()
        Fixture.press("s", &s)
        #expect(s.articleSort == .oldest)
        #expect(ids(s).first == "a2-washington-truce")
        #expect(ids(s).last == "a3-ankara-venue")
        Fixture.press("s", &s)
        #expect(ids(s) == Fixture.model.articles.map(\.id))
    }

    @Test func matrixCursorShowsEvidenceAndEnterOpensTheSentence() {
        var s = Fixture.state()
        Fixture.press("3", &s)
        #expect(s.focus == .matrix)
        #expect(s.detail == .evidence(party: .russia, issue: .ceasefire, list: ListState()))
        #expect(DetailItem.items(for: s.detail, state: s).map(\.cue) == ["only after", "rejected"])
        Fixture.press("\n", &s)
        #expect(s.focus == .reader)
        Fixture.press("j\n", &s)
        guard case .reader(let p) = s.detail else { Testing.Issue.record("reader expected"); return }
        #expect(p.article == "a5-sanctions-warning")
        #expect(p.target == Fixture.spans(of: "Vladimir Putin rejected the thirty-day truce as a ploy to rearm Ukraine.",
                                          in: Fixture.specs[4].text).first)
        #expect(s.history.count == 1)
        Fixture.press("\u{1b}", &s)
        #expect(s.detail == .evidence(party: .russia, issue: .ceasefire, list: ListState(selected: 1, offset: 1)))
        Fixture.press("\u{1b}", &s)
        #expect(s.focus == .matrix)
    }

    @Test func hlMoveAcrossPartiesInTheMatrix() {
        var s = Fixture.state()
        Fixture.press("3ll", &s)
        #expect(s.matrixParty == 2)
        #expect(s.detail == .evidence(party: .us, issue: .ceasefire, list: ListState()))
        Fixture.press("hhh", &s)
        #expect(s.focus == .articles)
    }

    @Test func enterOnAnActorNarrowsArticlesAndEscClearsIt() {
        var s = Fixture.state()
        Fixture.press("2", &s)
        #expect(s.detail == .actor(id: "emmanuel-macron", list: ListState()))
        #expect(DetailItem.items(for: s.detail, state: s).count == 2)
        Fixture.press("\n", &s)
        #expect(s.actorFilter == "emmanuel-macron")
        #expect(s.focus == .articles)
        #expect(ids(s) == ["a5-sanctions-warning", "a2-washington-truce"])
        Fixture.press("\u{1b}", &s)
        #expect(s.actorFilter == nil)
        #expect(s.articleRows.count == 5)
    }

    @Test func actorScopeTogglesBetweenArticleAndCorpus() {
        var s = Fixture.state()
        Fixture.press("a", &s)
        #expect(s.actorScope == .all)
        #expect(s.actorRows.count == Fixture.model.actors.count)
        #expect(s.actorRows.first == ActorRow(id: "vladimir-putin", count: Fixture.model.actor("vladimir-putin")!.mentions))
    }

    @Test func searchNarrowsAsYouTypeEnterKeepsEscClears() {
        var s = Fixture.state()
        Fixture.press("/istan", &s)
        #expect(s.search.editing)
        // The word being typed matches as a prefix, so results show while typing.
        #expect(Set(ids(s)) == ["a1-kremlin-istanbul", "a3-ankara-venue"])
        Fixture.press("bul", &s)
        #expect(Set(ids(s)) == ["a1-kremlin-istanbul", "a3-ankara-venue"])
        Fixture.press("\n", &s)
        #expect(!s.search.editing)
        #expect(s.search.text == "istanbul")
        #expect(s.articleRows.count == 2)
        Fixture.press("\u{1b}", &s)
        #expect(!s.search.isActive)
        #expect(s.articleRows.count == 5)
    }

    @Test func searchTermsIncludeAliases() {
        var s = Fixture.state()
        reduce(&s, .searchQueryChanged("zelensky"))
        #expect(s.search.terms.contains("volodymyr zelenskyy"))
        #expect(s.search.terms.contains("zelenskiy"))
    }

    @Test func nextHitJumpsThroughTheReader() {
        var s = Fixture.state()
        Fixture.press("/ukraine\n", &s)
        #expect(ids(s) == ["a5-sanctions-warning", "a1-kremlin-istanbul", "a2-washington-truce"])
        Fixture.press("jj4", &s)
        guard case .reader(let before) = s.detail else { Testing.Issue.record("reader expected"); return }
        #expect(before.hit == nil)
        Fixture.press("n", &s)
        guard case .reader(let p) = s.detail else { Testing.Issue.record("reader expected"); return }
        #expect(p.hit == 0)
        #expect(s.notice == "Hit 1/2")
        Fixture.press("nn", &s)
        guard case .reader(let q) = s.detail else { Testing.Issue.record("reader expected"); return }
        #expect(q.hit == 0)
        #expect(s.notice == "Wrapped to the first hit")
    }

    @Test func dateWindowMovesWidensNarrowsAndPrompts() {
        var s = Fixture.state()
        Fixture.press("]", &s)
        #expect(s.window == DateWindow(from: "2025-05-06", to: "2025-05-12"))
        #expect(s.matrix.cell(.russia, .ceasefire)?.evidence.map(\.cue) == ["rejected"])
        Fixture.press("[", &s)
        #expect(s.window == DateWindow(from: "2025-04-29", to: "2025-05-05"))
        #expect(s.matrix.cell(.russia, .ceasefire)?.evidence.map(\.cue) == ["only after"])
        Fixture.press("{", &s)
        #expect(s.window == DateWindow(from: "2025-04-22", to: "2025-05-05"))
        Fixture.press("}}", &s)
        #expect(s.window == DateWindow(from: "2025-05-03", to: "2025-05-05"))
        Fixture.press(":from 2025-04-01\n", &s)
        #expect(s.window == DateWindow(from: "2025-04-01", to: "2025-05-05"))
        Fixture.press(":to 2025-13-01\n", &s)
        #expect(s.notice == "'2025-13-01' is not a date: write YYYY-MM-DD")
        Fixture.press(":all\n", &s)
        #expect(s.window == nil)
        #expect(s.matrix.cell(.russia, .ceasefire)?.evidence.count == 2)
    }

    @Test func tabCyclesPanesAndNumbersJump() {
        var s = Fixture.state()
        Fixture.press("\t", &s)
        #expect(s.focus == .actors)
        reduce(&s, .keyPressed(.backTab))
        #expect(s.focus == .articles)
        Fixture.press("4", &s)
        #expect(s.focus == .reader)
    }

    @Test func themeHelpAndQuit() {
        var s = Fixture.state()
        Fixture.press("t", &s)
        #expect(s.themeName == "light")
        Fixture.press("?", &s)
        #expect(s.showHelp)
        Fixture.press("j", &s)
        #expect(s.helpScroll == 1)
        Fixture.press("\u{1b}", &s)
        #expect(!s.showHelp)
        Fixture.press("q", &s)
        #expect(s.shouldQuit)
    }

    @Test func gAndGJumpToTheEndsOfTheHelpAndKeepItOpen() {
        var s = Fixture.state(width: 80, height: 24)
        Fixture.press("?", &s)
        Fixture.press("G", &s)
        #expect(s.showHelp, "G closed the help instead of going to its end")
        let total = HelpOverlay.lines(keymap: .standard, width: HelpOverlay.box(in: Rect(x: 0, y: 0, width: 80, height: 24)).width - 4).count
        #expect(s.helpScroll == total - 20)
        #expect(s.helpScroll > 0)
        Fixture.press("g", &s)
        #expect(s.showHelp)
        #expect(s.helpScroll == 0)
    }

    @Test func escClearsSearchThenDateWindowOneAtATime() {
        var s = Fixture.state()
        Fixture.press("/istanbul\n3]", &s)
        #expect(s.search.isActive)
        #expect(s.window != nil)
        Fixture.press("\u{1b}", &s)
        #expect(!s.search.isActive)
        #expect(s.window != nil)
        Fixture.press("\u{1b}", &s)
        #expect(s.window == nil)
        #expect(s.notice == "Matrix over all dates")
        #expect(s.matrix.cells.map(\.evidence.count) == Fixture.model.matrix(from: nil, to: nil).cells.map(\.evidence.count))
        Fixture.press("\u{1b}", &s)
        #expect(s.notice == "Nothing to go back to · q quits")
    }

    @Test func nInTheReaderWithoutASearchOpensTheNextArticle() {
        var s = Fixture.state()
        Fixture.press("4", &s)
        #expect(s.focus == .reader)
        Fixture.press("n", &s)
        #expect(s.focus == .reader)
        #expect(s.articles.selected == 1)
        #expect(s.detail == .reader(ReaderPosition(article: "a4-multilingual")))
        Fixture.press("N", &s)
        #expect(s.detail == .reader(ReaderPosition(article: "a5-sanctions-warning")))
    }

    @Test func typingASearchSelectsTheFirstHitUnlessTheStartingArticleMatches() {
        var s = Fixture.state()
        let start = s.selectedArticle?.id
        Fixture.press("/", &s)
        for ch in "istanbul" {
            Fixture.press(String(ch), &s)
            let listed = s.articleRows.map { Fixture.model.articles[$0].id }
            if let start, listed.contains(start) {
                #expect(s.selectedArticle?.id == start, "after typing up to \(ch)")
            } else {
                #expect(s.articles.selected == 0, "after typing up to \(ch): \(listed)")
            }
        }
        #expect(s.search.isActive)
        Fixture.press("\n", &s)
        Fixture.press("j", &s)
        #expect(s.articles.selected == min(1, s.articleRows.count - 1))
    }

    @Test func readerScrollsByLineAndPageWithinTheText() {
        var s = Fixture.state(width: 80, height: 24)
        Fixture.press("jj4", &s)
        reduce(&s, .keyPressed(.pageDown))
        guard case .reader(let p) = s.detail else { Testing.Issue.record("reader expected"); return }
        #expect(p.scroll == s.maxReaderScroll("a1-kremlin-istanbul"))
        #expect(p.scroll > 0)
        Fixture.press("k", &s)
        guard case .reader(let q) = s.detail else { Testing.Issue.record("reader expected"); return }
        #expect(q.scroll == p.scroll - 1)
    }

    @Test func clickSelectsAnArticleAndWheelScrolls() {
        var s = Fixture.state(width: 80, height: 24)
        let inner = MainLayout(size: s.size, focus: .articles).rect(.articles).inset(1)
        reduce(&s, .mouse(MouseEvent(x: inner.x + 3, y: inner.y + 2 * ArticleList.rowHeight(width: inner.width), kind: .click)))
        #expect(s.articles.selected == 2)
        let matrix = MainLayout(size: s.size, focus: .matrix).rect(.matrix).inset(1)
        let g = PositionMatrixView.columns(inner: matrix)
        reduce(&s, .mouse(MouseEvent(x: matrix.x + g.label + g.column + 1, y: matrix.y + 3, kind: .click)))
        #expect(s.focus == .matrix)
        #expect(s.matrixParty == 1)
        #expect(s.matrixIssue == 2)
        #expect(s.detail == .evidence(party: .ukraine, issue: .territory, list: ListState()))
        reduce(&s, .mouse(MouseEvent(x: inner.x + 3, y: inner.y, kind: .wheelDown)))
        #expect(s.focus == .articles)
        #expect(s.articles.selected == 4)
    }

    @Test func resizeKeepsSelectionVisibleAndTooSmallIgnoresKeys() {
        var s = Fixture.state()
        Fixture.press("G", &s)
        reduce(&s, .resized(Size(width: 80, height: 24)))
        let visible = s.visibleRows(.articles)
        #expect(s.articles.offset <= s.articles.selected && s.articles.selected < s.articles.offset + visible)
        reduce(&s, .resized(Size(width: 50, height: 12)))
        Fixture.press("j", &s)
        #expect(s.articles.selected == 4)
    }

    @Test func escWithNothingToUndoSaysHowToQuit() {
        var s = Fixture.state()
        Fixture.press("\u{1b}", &s)
        #expect(s.notice == "Nothing to go back to · q quits")
        #expect(!s.shouldQuit)
    }
}
