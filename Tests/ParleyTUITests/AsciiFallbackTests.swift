import Testing
@testable import ParleyTUI

@Suite("ASCII fallback for non-UTF-8 locales")
struct AsciiFallbackTests {
    @Test func bordersAndGlyphsBecomeDistinctAsciiLookAlikes() {
        let r = { (g: String) in AsciiFallback.replacement(for: g, width: 1) }
        #expect(["┌", "┐", "└", "┘"].map(r) == ["+", "+", "+", "+"])
        #expect(r("─") == "-")
        #expect(r("│") == "|")
        #expect(r("▶") == ">")
        #expect(r("…") == "~")
        #expect(r("·") == ".")
        // Every stance glyph stays distinct from the others in ASCII.
        let stances = ["+", "-", "?", "±", "·"].map(r)
        #expect(Set(stances).count == stances.count)
    }

    @Test func accentedLettersKeepTheirBaseLetterAndWideCharactersKeepTheirWidth() {
        #expect(AsciiFallback.replacement(for: "é", width: 1) == "e")
        #expect(AsciiFallback.replacement(for: "ğ", width: 1) == "g")
        #expect(AsciiFallback.replacement(for: "e\u{301}", width: 1) == "e")
        #expect(AsciiFallback.replacement(for: "和", width: 2) == "??")
        #expect(AsciiFallback.replacement(for: "Ж", width: 1) == "?")
        #expect(AsciiFallback.replacement(for: "a", width: 1) == "a")
    }

    @Test func aWholeRenderedScreenBecomesPureAsciiOfTheSameWidth() {
        var s = Fixture.state(width: 80, height: 24)
        Fixture.press("3", &s)
        let canvas = render(s, theme: BuiltinTheme.theme, size: s.size)
        for y in 0..<canvas.height {
            var line = ""
            var x = 0
            while x < canvas.width {
                var width = 1
                while x + width < canvas.width, canvas[x + width, y].isContinuation { width += 1 }
                line += AsciiFallback.replacement(for: canvas[x, y].text, width: width)
                x += width
            }
            #expect(line.utf8.allSatisfy { $0 < 0x80 }, "row \(y): \(line)")
            #expect(line.utf8.count == 80, "row \(y): \(line)")
        }
    }
}
