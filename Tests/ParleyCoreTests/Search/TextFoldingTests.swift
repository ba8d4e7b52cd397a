import Testing
@testable import ParleyCore

@Suite struct TextFoldingTests {
    @Test func foldsCaseAccentsAndPossessives() {
        #expect(TextFolding.words("Erdoğan's KYIV Café") == ["erdogan", "kyiv", "cafe"])
        #expect(TextFolding.words("Zelenskyy\u{2019}s office") == ["zelenskyy", "office"])
        #expect(TextFolding.words("don't O'Brien") == ["don", "t", "o", "brien"])
        #expect(TextFolding.words("Russia-Ukraine 30-day") == ["russia", "ukraine", "30", "day"])
        #expect(TextFolding.words("Straße Łódź") == ["strasse", "lodz"])
        #expect(TextFolding.words("Erdog\u{0306}an") == ["erdogan"])
    }

    @Test func tokensKeepByteOffsets() {
        let text = "Café — Kyiv's"
        let tokens = TextFolding.tokens(text)
        #expect(tokens.map(\.text) == ["cafe", "kyiv"])
        #expect(tokens.map { String(TextSpan(start: $0.start, end: $0.end).slice(of: text)) } == ["Café", "Kyiv"])
    }
}
