import Foundation
import Testing
@testable import ParleyCore

/// Pages built to break the HTML reader: no stack frame per comment, no search of the
/// open elements for an end tag that closes nothing.
@Suite struct HostileHTMLTests {
    @Test func eightyThousandCommentsInARowAreSkippedInALoop() {
        let page = "<article><h1>T</h1><p>Putin said yes.</p>" + String(repeating: "<!---->", count: 80_000) + "</article>"
        var tokenizer = HTMLTokenizer(page)
        var tokens: [HTMLTokenizer.Token] = []
        while let t = tokenizer.next() { tokens.append(t) }
        #expect(tokens.count == 8)   // article, h1, T, /h1, p, text, /p, /article
        #expect(tokens.last == .end(name: "article"))
        let article = HTMLReader.read(page, rules: .standard)
        #expect(article.title == "T")
        #expect(article.lines.last?.text == "Putin said yes.")
    }

    @Test func declarationsAndCDATAAreRecognisedWhereTheyStand() {
        // Many `<!x>` in a row, and a CDATA section later: each is skipped where it stands.
        let page = "<p>a</p>" + String(repeating: "<!x>", count: 1000) + "<p>b<![CDATA[<p>hidden</p>]]>c</p>"
        var tokenizer = HTMLTokenizer(page)
        var texts: [String] = []
        while let t = tokenizer.next() { if case .text(let s) = t { texts.append(s) } }
        #expect(texts == ["a", "b", "c"])
    }

    @Test func unmatchedEndTagsDoNotSearchTheOpenElements() {
        let n = 2_000
        // n open spans and n end tags that close nothing: no end tag looks at the stack.
        let unmatched = "<article><h1>Q</h1><p>Putin said.</p>" + String(repeating: "<span>", count: n)
            + String(repeating: "</i>", count: n) + "</article>"
        // (only `</article>` searches: it closes the spans, n + 1 frames; n² if each `</i>` did)
        #expect(HTMLReader.framesSearched(unmatched) <= n + 10)
        // End tags that do close something look only at what they close: linear in the tags.
        let matched = "<article><b>" + String(repeating: "<span>", count: n) + "</b>"
            + String(repeating: "<i>x</i>", count: n) + "</article>"
        #expect(HTMLReader.framesSearched(matched) <= 2 * n + 10)
        let article = HTMLReader.read(unmatched, rules: .standard)
        #expect(article.title == "Q")
        #expect(article.lines.last?.text == "Putin said.")
    }
}
