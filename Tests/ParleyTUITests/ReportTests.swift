@testable import ParleyCore
import Testing
@testable import ParleyTUI

/// `y`, `o`, `E` and `z`: the reducer asks for the clipboard, a browser and a file through
/// effects, and zoom gives one pane the screen.
@Suite("From the screen to the report")
struct ReportTests {
    @Test func yOnEvidenceCopiesTheSentenceWithItsSource() {
        var s = Fixture.state()
        Fixture.press("3\n", &s)
        Fixture.press("y", &s)
        guard case .copy(let text)? = s.effects.last else { Testing.Issue.record("a copy expected"); return }
        #expect(text.hasPrefix("“"))
        #expect(text.contains(" — "))
    }

    @Test func oWithoutAnAddressSaysSoAndOpensNothing() {
        var s = Fixture.state()
        Fixture.press("o", &s)
        #expect(s.effects.isEmpty)
        #expect(s.notice == "This article has no web address")
    }

    @Test func eWritesTheMatrixOrTheViewOnScreen() {
        var s = Fixture.state()
        Fixture.press("E", &s)
        guard case .write(let path, let contents)? = s.effects.last else { Testing.Issue.record("a write expected"); return }
        #expect(path == "parley-matrix.md")
        #expect(contents.hasPrefix("| party |"))
        Fixture.press("3T", &s)
        Fixture.press("E", &s)
        guard case .write(let tpath, _)? = s.effects.last else { Testing.Issue.record("a write expected"); return }
        #expect(tpath == "parley-timeline-ceasefire.md")
    }

    @Test func zGivesTheFocusedPaneTheWholeScreen() {
        var s = Fixture.state(width: 120, height: 40)
        Fixture.press("3z", &s)
        #expect(s.layout.mode == .single)
        #expect(s.layout.rect(.matrix).width == 120)
        Fixture.press("z", &s)
        #expect(s.layout.mode == .split)
    }
}
