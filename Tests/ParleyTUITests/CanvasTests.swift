import ParleyCore
import Testing
@testable import ParleyTUI

@Suite("Canvas and text")
struct CanvasTests {
    @Test func wideCharactersTakeTwoCells() {
        var c = Canvas(width: 10, height: 1)
        let end = c.put("和平ab", x: 0, y: 0, style: .plain)
        #expect(end == 6)
        #expect(c[1, 0].isContinuation)
        #expect(c.text() == "和平ab")
    }

    @Test func aWideCharacterThatDoesNotFitLeavesASpace() {
        var c = Canvas(width: 5, height: 1)
        c.put("abcd和", x: 0, y: 0, style: .plain)
        #expect(c.text() == "abcd")
        #expect(!c[4, 0].isContinuation)
    }

    @Test func overwritingHalfAWideCharacterBlanksTheOtherHalf() {
        var c = Canvas(width: 6, height: 1)
        c.put("和平", x: 0, y: 0, style: .plain)
        c.put("x", x: 1, y: 0, style: .plain)
        #expect(c.text() == " x平")
        c.put("y", x: 2, y: 0, style: .plain)
        #expect(c.text() == " xy")
    }

    @Test func paddedTextIsCutByDisplayWidthWithAnEllipsis() {
        var c = Canvas(width: 8, height: 1)
        c.putPadded("Переговоры 和平", x: 0, y: 0, width: 6, style: .plain)
        #expect(c.row(0) == "Перег…  ")
    }

    @Test func wrappingBreaksAtSpacesAndKeepsOffsets() {
        let text = "one two three 和平谈判"
        let chars = Array(text)
        var offsets: [Int] = []
        var o = 0
        for ch in chars { offsets.append(o); o += ch.utf8.count }
        let lines = TextWrap.wrap(chars, offsets: offsets, width: 9)
        #expect(lines.map(\.text) == ["one two", "three 和", "平谈判"])
        #expect(lines[2].offsets.first == "one two three 和".utf8.count)
    }

    @Test func foldingFindsAccentAndCaseInsensitiveWordStarts() {
        let text = "Erdoğan met KYIV officials; kyivan? no."
        let spans = Highlighter.find(["erdogan", "kyiv"], in: text)
        #expect(spans.map { String($0.slice(of: text)) } == ["Erdoğan", "KYIV", "kyivan"])
    }

    @Test func dayNumbersRoundTrip() {
        for day in ["1970-01-01", "2024-02-29", "2025-05-12", "2000-12-31"] {
            #expect(DayNumber.string(DayNumber.from(day)!) == day)
        }
        #expect(DayNumber.from("2025-03-01")! - DayNumber.from("2025-02-28")! == 1)
    }

    @Test func layoutSplitsFillsAndStacks() {
        let r = Layout.split(Rect(x: 0, y: 0, width: 100, height: 10), .horizontal, [.percent(30), .fill])
        #expect(r.map(\.width) == [30, 70])
        #expect(MainLayout(size: Size(width: 80, height: 24), focus: .articles).mode == .split)
        let single = MainLayout(size: Size(width: 70, height: 20), focus: .matrix)
        #expect(single.mode == .single)
        #expect(single.rect(.matrix) == Rect(x: 0, y: 1, width: 70, height: 18))
        #expect(single.rect(.articles).isEmpty)
        #expect(MainLayout(size: Size(width: 59, height: 30), focus: .articles).mode == .tooSmall)
    }
}
