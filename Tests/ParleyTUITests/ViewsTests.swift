@testable import ParleyCore
import Testing
@testable import ParleyTUI

/// The compare (`v`) and timeline (`T`) views: what they show, how keys move in them and
/// where Enter leads.
@Suite("Compare and timeline views")
struct ViewsTests {
    static let sizes = [(80, 24), (160, 50)]

    @Test(arguments: sizes) func compareSnapshot(w: Int, h: Int) {
        var s = Fixture.state(width: w, height: h)
        Fixture.press("v", &s)
        assertSnapshot(render(s, theme: BuiltinTheme.theme, size: s.size), named: "compare-\(w)x\(h)")
    }

    @Test(arguments: sizes) func timelineSnapshot(w: Int, h: Int) {
        var s = Fixture.state(width: w, height: h)
        Fixture.press("3T", &s)
        assertSnapshot(render(s, theme: BuiltinTheme.theme, size: s.size), named: "timeline-\(w)x\(h)")
    }

    @Test func compareMovesOverIssuesAndSidesAndOpensTheCellsEvidence() {
        var s = Fixture.state()
        Fixture.press("v", &s)
        #expect(s.focus == .reader)
        guard case .compare(let sides, 0, let list) = s.detail else { Testing.Issue.record("compare expected"); return }
        #expect(sides == Party.matrixParties)
        #expect(list.selected == 0)
        Fixture.press("jl", &s)
        guard case .compare(_, 1, let moved) = s.detail else { Testing.Issue.record("side 1 expected"); return }
        #expect(moved.selected == 1)
        Fixture.press("\n", &s)
        #expect(s.detail == .evidence(party: .ukraine, issue: .directTalks, list: ListState()))
        Fixture.press("\u{1b}", &s)
        if case .compare = s.detail {} else { Testing.Issue.record("Esc should come back to compare") }
    }

    @Test func theCompareCommandPicksTheSides() {
        var s = Fixture.state()
        reduce(&s, .keyPressed(.char(":")))
        for ch in "compare us europe" { reduce(&s, .keyPressed(.char(ch))) }
        reduce(&s, .keyPressed(.enter))
        guard case .compare(let sides, _, _) = s.detail else { Testing.Issue.record("compare expected"); return }
        #expect(sides == [.us, .europe])
    }

    @Test func enterOnAWeekShowsThatWeeksEvidence() {
        var s = Fixture.state()
        Fixture.press("3T", &s)
        guard case .timeline(.ceasefire, let period, _) = s.detail else { Testing.Issue.record("timeline expected"); return }
        let week = s.timeline(.ceasefire).columns[period]
        Fixture.press("\n", &s)
        #expect(s.window == DateWindow(from: week.from, to: week.to))
        #expect(s.detail == .evidence(party: .russia, issue: .ceasefire, list: ListState()))
    }
}
