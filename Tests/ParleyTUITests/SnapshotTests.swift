import Foundation
@testable import ParleyCore
import Testing
@testable import ParleyTUI

/// Compares a canvas's text with a golden file under `__Snapshots__/` (rewritten when
/// UPDATE_SNAPSHOTS=1; a missing file is written and the test fails so it gets reviewed).
func assertSnapshot(_ canvas: Canvas, named name: String, sourceLocation: SourceLocation = #_sourceLocation) {
    let dir = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("__Snapshots__")
    let file = dir.appendingPathComponent(name + ".txt")
    let actual = canvas.text() + "\n"
    let update = ProcessInfo.processInfo.environment["UPDATE_SNAPSHOTS"] == "1"
    guard !update, let expected = try? String(contentsOf: file, encoding: .utf8) else {
        try? FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        try? actual.write(to: file, atomically: true, encoding: .utf8)
        if !update { Testing.Issue.record("recorded a new snapshot \(name); check it and run again", sourceLocation: sourceLocation) }
        return
    }
    #expect(actual == expected, "snapshot \(name) differs (UPDATE_SNAPSHOTS=1 rewrites it)", sourceLocation: sourceLocation)
}

@Suite("Snapshots")
struct SnapshotTests {
    static let theme = BuiltinTheme.theme
    static let sizes = [(80, 24), (120, 40)]

    func frame(_ s: AppState, theme: Theme = SnapshotTests.theme) -> Canvas {
        render(s, theme: theme, size: s.size)
    }

    @Test(arguments: sizes) func articlesPane(w: Int, h: Int) {
        var s = Fixture.state(width: w, height: h)
        Fixture.press("jj", &s)
        assertSnapshot(frame(s), named: "articles-\(w)x\(h)")
    }

    @Test(arguments: sizes) func actorsPane(w: Int, h: Int) {
        var s = Fixture.state(width: w, height: h)
        Fixture.press("jj2", &s)
        assertSnapshot(frame(s), named: "actors-\(w)x\(h)")
    }

    @Test(arguments: sizes) func matrixWithEvidence(w: Int, h: Int) {
        var s = Fixture.state(width: w, height: h)
        Fixture.press("3", &s)
        assertSnapshot(frame(s), named: "matrix-\(w)x\(h)")
    }

    @Test(arguments: sizes) func readerAtAnEvidenceSentence(w: Int, h: Int) {
        var s = Fixture.state(width: w, height: h)
        Fixture.press("3\n\n", &s)
        assertSnapshot(frame(s), named: "reader-\(w)x\(h)")
    }

    @Test(arguments: sizes) func helpOverlay(w: Int, h: Int) {
        var s = Fixture.state(width: w, height: h)
        Fixture.press("?", &s)
        assertSnapshot(frame(s), named: "help-\(w)x\(h)")
    }

    @Test(arguments: sizes) func searchAsYouType(w: Int, h: Int) {
        var s = Fixture.state(width: w, height: h)
        Fixture.press("/istanbul", &s)
        assertSnapshot(frame(s), named: "search-\(w)x\(h)")
    }

    @Test(arguments: sizes) func wideCharactersStayAligned(w: Int, h: Int) {
        var s = Fixture.state(width: w, height: h)
        Fixture.press("j", &s)
        let canvas = frame(s)
        assertSnapshot(canvas, named: "multilingual-\(w)x\(h)")
        // Every row is exactly as wide as the screen: nothing spills or shifts.
        for y in 0..<canvas.height {
            #expect(DisplayWidth.of(canvas.row(y)) == w, "row \(y)")
        }
    }

    @Test func singlePaneWhenSmall() {
        var s = Fixture.state(width: 64, height: 18)
        Fixture.press("3", &s)
        assertSnapshot(frame(s), named: "single-64x18")
    }

    @Test func tooSmall() {
        let s = Fixture.state(width: 50, height: 12)
        assertSnapshot(frame(s), named: "too-small-50x12")
    }

    @Test func loading() {
        var s = AppState(size: Size(width: 80, height: 24), corpusName: "seeds")
        reduce(&s, .corpusProgress(LoadProgress(filesDone: 3, filesTotal: 5)))
        assertSnapshot(frame(s), named: "loading-80x24")
    }

    @Test func keptFiltersStayReadableOnTheStatusLineAt80Columns() {
        var s = Fixture.state(width: 80, height: 24)
        Fixture.press("/istanbul\n3]j", &s)
        let status = frame(s).row(23)
        #expect(status.contains("search /istanbul"), "\(status)")
        #expect(status.contains("window "), "\(status)")
        #expect(status.contains("? help"), "\(status)")
        #expect(DisplayWidth.of(status) == 80)
        // With no filter the full counts show.
        let plain = frame(Fixture.state(width: 80, height: 24)).row(23)
        #expect(plain.contains("fixture · 5 articles · "), "\(plain)")
    }

    @Test func anEmptySearchResultIsWrappedNotCutAt80Columns() {
        var s = Fixture.state(width: 80, height: 24)
        Fixture.press("/zzqx", &s)
        let canvas = frame(s)
        let inner = MainLayout(size: s.size, focus: .articles).rect(.articles).inset(1)
        let rows = (inner.y..<inner.maxY).map { y in
            (inner.x..<inner.maxX).map { canvas[$0, y].text }.joined().trimmingCharacters(in: .whitespaces)
        }.filter { !$0.isEmpty }
        #expect(rows.joined(separator: " ") == "No article matches the search. Esc clears it.", "\(rows)")
        #expect(rows.count > 1, "expected the message to wrap in a narrow pane: \(rows)")
    }

    @Test func promptHintsShortenInsteadOfBeingCutAt80Columns() {
        var s = Fixture.state(width: 80, height: 24)
        Fixture.press(":", &s)
        let prompt = frame(s).row(23)
        #expect(prompt.contains("from/to DATE · all · Esc cancels"), "\(prompt)")
        #expect(!prompt.contains("…"), "\(prompt)")
        var wide = Fixture.state(width: 120, height: 40)
        Fixture.press(":", &wide)
        #expect(frame(wide).row(39).contains("Enter runs · Esc cancels"))
    }

    @Test func dateWindowInTheMatrixTitle() {
        var s = Fixture.state(width: 80, height: 24)
        Fixture.press("3]", &s)
        assertSnapshot(frame(s), named: "window-80x24")
    }

    @Test func monochromeMarksSelectionWithoutColour() throws {
        let dir = ThemeTests.themesDir
        let mono = try #require(ThemeCatalog(directories: [dir]).load("monochrome"))
        let s = Fixture.state(width: 80, height: 24)
        let canvas = frame(s, theme: mono)
        let inner = MainLayout(size: s.size, focus: .articles).rect(.articles).inset(1)
        let cell = canvas[inner.x + 2, inner.y]
        #expect(cell.style.modifiers.contains(.reverse))
        #expect(cell.style.fg == .default && cell.style.bg == .default)
        for c in canvas.cells { #expect(c.style.fg == .default && c.style.bg == .default) }
    }

    @Test func stanceCellsUseGlyphsAndTheirStyles() {
        var s = Fixture.state(width: 120, height: 40)
        Fixture.press("3", &s)
        let canvas = frame(s)
        let text = canvas.text()
        #expect(text.contains("Russia"))
        for issue in ParleyCore.Issue.allCases { #expect(text.contains(issue.label), "\(issue.label)") }
        let matrix = MainLayout(size: s.size, focus: .matrix).rect(.matrix).inset(1)
        let g = PositionMatrixView.columns(inner: matrix)
        // Europe × Sanctions holds one supporting claim: "+ 1".
        let y = matrix.y + 1 + ParleyCore.Issue.allCases.firstIndex(of: .sanctions)!
        let x = matrix.x + g.label + 3 * g.column
        #expect(canvas.row(y).contains("+ 1"))
        #expect(canvas[x, y].style == SnapshotTests.theme.style("stance.support").over(SnapshotTests.theme.style("text")))
    }
}
