import Foundation

/// One word of an article as search sees it: folded (lower-case, accents removed,
/// possessive `'s` dropped) with where it stands in the text (UTF-8 byte offsets).
public struct FoldedToken: Sendable, Hashable {
    public var text: String
    public var start: Int
    public var end: Int
}

/// Splits text into folded words, the same way for articles and for queries, so that
/// `zelensky` meets "Zelensky's", `erdogan` meets "Erdoğan" and `kyiv` meets "KYIV".
///
/// Letters and digits make words; everything else separates them, an apostrophe too
/// ("don't" → "don" "t", as the cache's full-text index reads it), except that a
/// possessive `'s` is dropped ("Russia's" → "russia"). Scans UTF-8 bytes with an ASCII fast path: it runs over every
/// article when the index is built.
public enum TextFolding {
    /// The folded words of `text`, in order.
    public static func tokens(_ text: String) -> [FoldedToken] {
        var out: [FoldedToken] = []
        out.reserveCapacity(text.utf8.count / 5)
        scan(text) { out.append(FoldedToken(text: $0, start: $1, end: $2)) }
        return out
    }

    /// The folded words of `text`, without positions (for queries and names).
    public static func words(_ text: String) -> [String] {
        var out: [String] = []
        scan(text) { w, _, _ in out.append(w) }
        return out
    }

    /// The word that stands between an article's headline and its text in the search
    /// index and the filter facts, so that no phrase runs from one into the other. No
    /// query folds to it.
    public static let titleBreak = ""

    /// The folded words of an article as search reads it: the headline's, `titleBreak`,
    /// then the text's.
    public static func words(title: String?, text: String) -> [String] {
        words(title ?? "") + [titleBreak] + words(text)
    }

    /// The folded words joined by single spaces ("Volodymyr Zelenskyy" → "volodymyr zelenskyy").
    public static func key(_ text: String) -> String {
        words(text).joined(separator: " ")
    }

    /// Calls `emit(word, start, end)` for each folded word of `text`.
    public static func scan(_ text: String, _ emit: (String, Int, Int) -> Void) {
        var text = text
        text.withUTF8 { bytes in
            scanBytes(bytes) { emit($0, $1, $2); return true }
        }
    }

    /// Like `scan`, but stops as soon as `emit` returns false.
    public static func scanWhile(_ text: String, _ emit: (String, Int, Int) -> Bool) {
        var text = text
        text.withUTF8 { bytes in
            scanBytes(bytes, emit)
        }
    }

    /// Like `scanWhile`, handing out each folded word's bytes (valid during the call), so
    /// that a caller can skip most words without making a String of them.
    /// `start` (a byte offset where no word is cut in two) skips what comes before it;
    /// `skip` picks that offset from the text's bytes.
    static func scanFoldedBytes(_ text: String, skip: (UnsafeBufferPointer<UInt8>) -> Int = { _ in 0 },
                                _ emit: ([UInt8], Int, Int) -> Bool) {
        var text = text
        text.withUTF8 { bytes in
            let from = skip(bytes)
            guard from > 0 else { return scanWords(bytes, emit) }
            scanWords(UnsafeBufferPointer(rebasing: bytes[from...])) { word, start, end in
                emit(word, start + from, end + from)
            }
        }
    }

    private static func scanBytes(_ b: UnsafeBufferPointer<UInt8>, _ emit: (String, Int, Int) -> Bool) {
        scanWords(b) { word, start, end in emit(String(decoding: word, as: UTF8.self), start, end) }
    }

    static func scanWords(_ b: UnsafeBufferPointer<UInt8>, _ emit: ([UInt8], Int, Int) -> Bool) {
        var word: [UInt8] = []
        word.reserveCapacity(32)
        var start = -1
        var end = 0
        let n = b.count
        var i = 0
        var going = true

        func finish() {
            if start >= 0 && !word.isEmpty {
                going = emit(word, start, end)
            }
            word.removeAll(keepingCapacity: true)
            start = -1
        }

        while i < n && going {
            let c = b[i]
            if c < 0x80 {
                if let lower = asciiWordByte(c) {
                    if start < 0 { start = i }
                    word.append(lower)
                    i += 1
                    end = i
                } else if c == 0x27, start >= 0 {
                    let (next, ends) = apostrophe(b, at: i, length: 1)
                    if ends { finish() }
                    i = next
                } else {
                    finish()
                    i += 1
                }
                continue
            }
            let (scalar, length) = decode(b, at: i)
            let v = scalar.value
            if v == 0x2019 || v == 0x2018 || v == 0x02BC {
                if start >= 0 {
                    let (next, ends) = apostrophe(b, at: i, length: length)
                    if ends { finish() }
                    i = next
                } else {
                    i += length
                }
                continue
            }
            if v == 0x00AD || v == 0x200B || v == 0x200C || v == 0x200D || v == 0x2060 {
                i += length   // soft hyphen and zero-width characters: invisible inside words
                continue
            }
            if let folded = fold(scalar) {
                if !folded.isEmpty || start >= 0 {
                    if start < 0 { start = i }
                    word.append(contentsOf: folded)
                    i += length
                    end = i
                } else {
                    i += length
                }
            } else {
                finish()
                i += length
            }
        }
        if going { finish() }
    }

    /// At an apostrophe inside a word: drop a possessive `'s`, join "don't", or end the word.
    /// Returns the index to continue from and whether the word ends here.
    private static func apostrophe(_ b: UnsafeBufferPointer<UInt8>, at i: Int,
                                   length: Int) -> (Int, Bool) {
        let next = i + length
        guard next < b.count, isWordStart(b, at: next) else { return (next, true) }
        if b[next] == UInt8(ascii: "s") || b[next] == UInt8(ascii: "S") {
            let after = next + 1
            if after >= b.count || !isWordStart(b, at: after) {
                return (after, true)   // possessive: "Kyiv's" is "kyiv"
            }
        }
        return (next, true)            // "don't" is "don" "t", as SQLite's FTS reads it
    }

    private static func isWordStart(_ b: UnsafeBufferPointer<UInt8>, at i: Int) -> Bool {
        let c = b[i]
        if c < 0x80 { return asciiWordByte(c) != nil }
        let (scalar, _) = decode(b, at: i)
        return fold(scalar) != nil
    }

    @inline(__always)
    static func asciiWordByte(_ c: UInt8) -> UInt8? {
        if c >= 0x61 && c <= 0x7A { return c }
        if c >= 0x41 && c <= 0x5A { return c | 0x20 }
        if c >= 0x30 && c <= 0x39 { return c }
        return nil
    }

    /// Decodes the scalar starting at `i` (input is valid UTF-8: it comes from a String).
    @inline(__always)
    private static func decode(_ b: UnsafeBufferPointer<UInt8>, at i: Int) -> (Unicode.Scalar, Int) {
        let c = b[i]
        let n = b.count
        var value: UInt32
        var length: Int
        if c & 0xE0 == 0xC0 { value = UInt32(c & 0x1F); length = 2 }
        else if c & 0xF0 == 0xE0 { value = UInt32(c & 0x0F); length = 3 }
        else { value = UInt32(c & 0x07); length = 4 }
        var k = 1
        while k < length && i + k < n {
            value = value << 6 | UInt32(b[i + k] & 0x3F)
            k += 1
        }
        return (Unicode.Scalar(value) ?? "\u{FFFD}", length)
    }

    /// The folded UTF-8 bytes of a non-ASCII scalar that belongs to words (possibly empty,
    /// for combining accents), or nil when the scalar separates words.
    static func fold(_ scalar: Unicode.Scalar) -> [UInt8]? {
        let v = scalar.value
        if v >= FoldTable.first && v < FoldTable.first + UInt32(FoldTable.shared.entries.count) {
            return FoldTable.shared.entries[Int(v - FoldTable.first)]
        }
        return FoldTable.compute(scalar)
    }
}

/// Folded forms of the Latin, Greek and Cyrillic letters, computed once.
final class FoldTable: Sendable {
    static let first: UInt32 = 0x80
    static let last: UInt32 = 0x0530
    static let shared = FoldTable()

    let entries: [[UInt8]?]

    private init() {
        var entries: [[UInt8]?] = []
        entries.reserveCapacity(Int(Self.last - Self.first))
        for v in Self.first..<Self.last {
            entries.append(Unicode.Scalar(v).flatMap(Self.compute))
        }
        self.entries = entries
    }

    private static let special: [UInt32: String] = [
        0x00DF: "ss", 0x1E9E: "ss", 0x0131: "i", 0x0141: "l", 0x0142: "l", 0x00D8: "o", 0x00F8: "o",
        0x0110: "d", 0x0111: "d", 0x00C6: "ae", 0x00E6: "ae", 0x0152: "oe", 0x0153: "oe",
        0x00DE: "th", 0x00FE: "th", 0x00D0: "d", 0x00F0: "d", 0x0126: "h", 0x0127: "h",
    ]

    static func compute(_ scalar: Unicode.Scalar) -> [UInt8]? {
        if let s = special[scalar.value] { return Array(s.utf8) }
        let p = scalar.properties
        switch p.generalCategory {
        case .nonspacingMark, .spacingMark, .enclosingMark:
            return []       // a combining accent belongs to the word and folds away
        case .uppercaseLetter, .lowercaseLetter, .titlecaseLetter, .modifierLetter, .otherLetter,
             .decimalNumber, .letterNumber, .otherNumber:
            break
        default:
            return nil
        }
        let decomposed = String(scalar).decomposedStringWithCanonicalMapping.lowercased()
        var out: [UInt8] = []
        for s in decomposed.unicodeScalars {
            switch s.properties.generalCategory {
            case .nonspacingMark, .spacingMark, .enclosingMark: continue
            default: out.append(contentsOf: String(s).utf8)
            }
        }
        return out
    }
}
