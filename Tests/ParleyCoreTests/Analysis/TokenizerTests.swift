import Testing
@testable import ParleyCore

@Suite struct TokenizerTests {
    func sentences(_ text: String) -> [String] {
        let (tokens, keys) = Tokenizer.tokenize(text)
        return SentenceSplitter.split(tokens, keys: keys).map { r in
            String(TextSpan(start: tokens[r.lowerBound].start, end: tokens[r.upperBound - 1].end).slice(of: text))
        }
    }

    @Test func aDottedNameKeepsItsLastDotAtTheEndOfTheText() {
        #expect(Tokenizer.tokenize("U.S.").keys == Tokenizer.tokenize("U.S. envoy").keys.dropLast())
    }

    @Test func abbreviationsAndInitialsDoNotEndSentences() {
        let s = sentences("The U.S. envoy met Mr. Kowal in St. Petersburg. J. D. Vance was not there. The U.K. agreed.")
        #expect(s == ["The U.S. envoy met Mr. Kowal in St. Petersburg.", "J. D. Vance was not there.", "The U.K. agreed."])
    }

    @Test func aQuotationSpanningSentencesStaysInOneSentence() {
        let s = sentences("He said: \u{201C}We are ready. We have always been ready.\u{201D} Then he left.")
        #expect(s.count == 2)
        #expect(s[0].hasSuffix("ready.\u{201D}"))
    }

    @Test func lineBreaksEndSentences() {
        #expect(sentences("\u{201C}We will talk,\u{201D}\nthe minister said.").count == 2)
    }

    @Test func possessivesAreSplitOffAndKeysAreFolded() {
        let (t, keys) = Tokenizer.tokenize("Erdoğan\u{2019}s plan, U.S. aid and don't")
        #expect(keys == ["erdogan", "'s", "plan", ",", "u.s.", "aid", "and", "don't"])
        #expect(t[1].kind == .possessive)
    }

    @Test func quotationMarksAreToldApart() {
        let t = Tokenizer.tokenize("He said \"no deal,\" and left \u{00AB}today\u{00BB}.")
        #expect(t.tokens.filter(\.isQuote).map(\.kind) == [.openQuote, .closeQuote, .openQuote, .closeQuote])
    }

    @Test func offsetsAreUTF8Bytes() {
        let text = "Зеленський said"
        let t = Tokenizer.tokenize(text).tokens
        #expect(t[0].end == "Зеленський".utf8.count)
        #expect(t[1].start == "Зеленський ".utf8.count)
    }

    @Test func curlyApostrophesFoldToStraightOnes() {
        let (t, keys) = Tokenizer.tokenize("Kyiv won\u{2019}t accept Zelensky\u{2019}s terms")
        #expect(keys == ["kyiv", "won't", "accept", "zelensky", "'s", "terms"])
        #expect(t.count == 6)
    }
}

/// The analysis and search fold letters with one table: a name found in the text is the
/// name a query finds.
@Suite struct OneFoldingTests {
    @Test func analysisKeysAndSearchWordsFoldLettersAlike() {
        for word in ["Erdoğan", "Łukasz", "Straße", "Zelenskyy", "Зеленский", "Kyïv", "Sybiha", "Macron"] {
            #expect(TextKey.fold(word) == TextFolding.key(word), "\(word)")
        }
        #expect(TextKey.fold("Russia’s") == "russia's")
        let (_, keys) = Tokenizer.tokenize("Erdoğan met Łukasz")
        #expect(keys == ["erdogan", "met", "lukasz"])
    }
}
