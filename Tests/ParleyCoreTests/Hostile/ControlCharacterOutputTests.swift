import Foundation
import Testing
@testable import ParleyCore

/// Escape sequences and other control characters in article text are written out in the
/// output people read (tables, CSV) and escaped in JSON, which stays valid and exact.
@Suite struct ControlCharacterOutputTests {
    static let title = "\u{1B}]0;PWNED-TITLE\u{07}\u{1B}[31mRed headline\u{1B}[0m \u{7F}\u{9B}2J"
    static let article = Article(id: "esc", path: "/c/esc\u{1B}[2J.txt", title: title, outlet: "Out\u{0}let",
                                 text: "Text with \u{1B}[2J inside.")

    /// Whether `text` holds a C0 control other than tab, LF and CR, DEL, or a C1 control.
    func hasControls(_ text: String, allowingBreaks: Bool) -> Bool {
        text.unicodeScalars.contains { s in
            let v = s.value
            if v == 0x09 || v == 0x0A || v == 0x0D { return !allowingBreaks }
            return v < 0x20 || (v >= 0x7F && v < 0xA0)
        }
    }

    @Test func escapeSequencesInArticleTextAreWrittenOutInTables() {
        let table = Exporters.articles([Self.article], as: .table)
        #expect(!hasControls(table, allowingBreaks: true))
        #expect(table.contains(#"\x1B]0;PWNED-TITLE\x07\x1B[31mRed"#))
        #expect(table.split(separator: "\n").count == 3)   // header, rule, one row
    }

    @Test func escapeSequencesInArticleTextAreWrittenOutInCSV() {
        let csv = Exporters.articles([Self.article], as: .csv)
        #expect(!hasControls(csv, allowingBreaks: true))
        #expect(csv.contains(#"esc\x1B[2J.txt"#))
        #expect(csv.contains(#"Out\x00let"#))
        #expect(csv.contains(#"\x7F\x9B2J"#))
        // Line breaks inside a field are kept, quoted, as CSV has them.
        #expect(CSVWriter.field("a\nb\u{1B}") == "\"a\nb\\x1B\"")
    }

    @Test func jsonEscapesControlCharactersAndReadsBackExactly() throws {
        let json = Exporters.articles([Self.article], as: .json)
        #expect(!hasControls(json, allowingBreaks: true))
        #expect(json.contains(#"\u001b]0;PWNED-TITLE\u0007"#))
        #expect(json.contains(#"\u007f\u009b2J"#))
        let parsed = try #require(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [[String: Any]])
        #expect(parsed.first?["title"] as? String == Self.title)
        #expect(parsed.first?["outlet"] as? String == "Out\u{0}let")
    }

    @Test func diagnosticsStayOneLine() {
        #expect(ControlCharacters.visible("names/bad\nname.txt: \u{1B}[31m", breaks: .escape) == #"names/bad\nname.txt: \x1B[31m"#)
        #expect(ControlCharacters.visible("tab\there", breaks: .space) == "tab here")
        let plain = "Zelenskyy · Erdoğan — “quoted” 東京"
        #expect(ControlCharacters.visible(plain, breaks: .escape) == plain)
    }
}
