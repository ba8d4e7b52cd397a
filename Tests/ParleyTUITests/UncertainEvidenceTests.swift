@testable import ParleyCore
import Testing
@testable import ParleyTUI

/// `w` reveals the readings the matrix does not count, marked as uncertain.
@Suite("Uncertain evidence")
struct UncertainEvidenceTests {
    func state() -> AppState {
        var s = Fixture.state()
        let sure = Claim(article: "a1-kremlin-istanbul", holder: .russia, issue: .ceasefire, stance: .oppose,
                         actor: "vladimir-putin", sentence: "Putin rejected the truce.", span: TextSpan(start: 0, end: 4),
                         cue: "rejected", published: "2025-05-11", rule: "cue chain, subject", confidence: 0.85)
        var unsure = sure
        unsure.stance = .support
        unsure.cue = "could accept"
        unsure.rule = "hedged cue chain, subject"
        unsure.confidence = 0.45
        s.matrix = PositionMatrix(claims: [sure, unsure])
        return s
    }

    @Test func uncertainReadingsAreHiddenUntilAsked() {
        var s = state()
        Fixture.press("3", &s)
        #expect(s.matrix.cell(.russia, .ceasefire)?.stance == .oppose)
        #expect(DetailItem.items(for: s.detail, state: s).map(\.glyph) == ["-"])
        Fixture.press("w", &s)
        let items = DetailItem.items(for: s.detail, state: s)
        #expect(items.map(\.glyph) == ["-", "~"])
        #expect(items.last?.heading.contains("uncertain 45%") == true)
        #expect(items.last?.cue == "support: could accept")
        #expect(s.matrix.cell(.russia, .ceasefire)?.stance == .oppose)
        Fixture.press("w", &s)
        #expect(DetailItem.items(for: s.detail, state: s).count == 1)
    }

    @Test func theEvidenceHeaderSaysHowManyAreHidden() {
        var s = state()
        Fixture.press("3", &s)
        var canvas = Canvas(width: 100, height: 10)
        DetailView(state: s).render(in: Rect(x: 0, y: 0, width: 100, height: 10), on: &canvas, theme: BuiltinTheme.theme)
        #expect(canvas.text().contains("1 uncertain hidden (w shows)"))
    }
}
