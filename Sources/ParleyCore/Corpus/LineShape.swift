/// Cheap facts about a line's shape that the cleaner decides with: how many words, how it
/// ends, whether it reads as a paragraph of the story.
enum LineShape {
    static func words<S: StringProtocol>(_ s: S) -> Int {
        s.utf8.withContiguousStorageIfAvailable(countWords) ?? countWords(Array(s.utf8))
    }

    private static func countWords<C: Collection>(_ bytes: C) -> Int where C.Element == UInt8 {
        var n = 0
        var inWord = false
        for b in bytes {
            let space = b == 0x20 || b == 0x09
            if !space && !inWord { n += 1 }
            inWord = !space
        }
        return n
    }

    /// The last character that is not a closing quote or bracket.
    static func lastMark<S: StringProtocol>(_ s: S) -> Character? {
        var i = s.endIndex
        while i > s.startIndex {
            i = s.index(before: i)
            let c = s[i]
            if "\"'”’»)]* ".contains(c) { continue }
            return c
        }
        return nil
    }

    static func endsSentence<S: StringProtocol>(_ s: S) -> Bool {
        guard let c = lastMark(s) else { return false }
        return c == "." || c == "!" || c == "?" || c == "…"
    }

    /// True when the line ends with a comma inside or before a closing quote (`...,”`),
    /// the sign of a quote whose attribution follows on the next line.
    static func endsWithQuoteComma<S: StringProtocol>(_ s: S) -> Bool {
        let tail = s.suffix(3)
        return tail.hasSuffix(",”") || tail.hasSuffix(",\"") || tail.hasSuffix(",’") || tail.hasSuffix("”,")
            || tail.hasSuffix("\",") || tail.hasSuffix(",")
    }

    /// A paragraph of the story rather than a headline, label or credit: a long line, or
    /// one of several words that ends like a sentence or introduces a quote.
    static func isProse<S: StringProtocol>(_ s: S) -> Bool {
        isProse(s, words: words(s))
    }

    /// `isProse` when the word count is known.
    static func isProse<S: StringProtocol>(_ s: S, words w: Int) -> Bool {
        if w >= 30 { return true }
        guard w >= 6, let c = lastMark(s) else { return false }
        return c == "." || c == "!" || c == ":" || c == "…"
    }

    static func startsLowercase<S: StringProtocol>(_ s: S) -> Bool {
        guard let f = s.unicodeScalars.first else { return false }
        return f.properties.isLowercase
    }
}
