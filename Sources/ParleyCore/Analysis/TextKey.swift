import Foundation

/// Folds words for matching: lower case, accents removed, curly apostrophes straightened.
/// ASCII words (nearly all of them) take a fast path without Foundation.
enum TextKey {
    /// The key of the bytes `start..<end`, and for ASCII words its vocabulary hash
    /// (0 when the caller must hash the key itself).
    static func fold(_ bytes: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int) -> (String, UInt64) {
        var ascii = true
        var quotes = false
        var i = start
        while i < end {
            let b = bytes[i]
            if b >= 0x80 {
                // A curly apostrophe (E2 80 98/99) folds to "'" without leaving the fast path.
                if b == 0xE2 && i + 2 < end && bytes[i + 1] == 0x80 && (bytes[i + 2] == 0x99 || bytes[i + 2] == 0x98) {
                    quotes = true
                    i += 3
                    continue
                }
                ascii = false
                break
            }
            i += 1
        }
        if ascii && quotes {
            var h = Vocabulary.start()
            var out: [UInt8] = []
            out.reserveCapacity(end - start)
            var k = start
            while k < end {
                var l = bytes[k]
                if l == 0xE2 { l = 39; k += 3 } else { k += 1 }
                if l >= 65 && l <= 90 { l += 32 }
                out.append(l)
                h = Vocabulary.step(h, l)
            }
            return (String(decoding: out, as: UTF8.self), h | 1)
        }
        if ascii {
            var h = Vocabulary.start()
            let s = String(unsafeUninitializedCapacity: end - start) { buf in
                for i in start..<end {
                    let b = bytes[i]
                    let l = (b >= 65 && b <= 90) ? b + 32 : b
                    buf[i - start] = l
                    h = Vocabulary.step(h, l)
                }
                return end - start
            }
            return (s, h | 1)
        }
        if let fast = foldLatinCyrillic(bytes, start, end) { return (fast, 0) }
        let s = String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<end]), as: UTF8.self)
        return (fold(s), 0)
    }

    /// Folded forms of the accented Latin letters (U+00C0–U+024F) and of Cyrillic
    /// (U+0400–U+045F), computed once with the slow path so both paths agree.
    private static let foldTable: [String] = {
        var out: [String] = []
        for v in 0xC0..<0x250 { out.append(fold(String(Character(Unicode.Scalar(UInt32(v))!)))) }
        for v in 0x400..<0x460 { out.append(fold(String(Character(Unicode.Scalar(UInt32(v))!)))) }
        return out
    }()

    /// Words of ASCII, accented Latin and Cyrillic letters folded by table; nil for anything else.
    private static func foldLatinCyrillic(_ b: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int) -> String? {
        var out = ""
        out.reserveCapacity((end - start) * 2)
        var i = start
        while i < end {
            let b0 = b[i]
            if b0 < 0x80 {
                out.unicodeScalars.append(Unicode.Scalar((b0 >= 65 && b0 <= 90) ? b0 + 32 : b0))
                i += 1
                continue
            }
            if b0 & 0xE0 == 0xC0 && i + 1 < end {
                let v = (UInt32(b0 & 0x1F) << 6) | UInt32(b[i + 1] & 0x3F)
                if v >= 0xC0 && v < 0x250 { out += foldTable[Int(v) - 0xC0]; i += 2; continue }
                if v >= 0x400 && v < 0x460 { out += foldTable[0x250 - 0xC0 + Int(v) - 0x400]; i += 2; continue }
                return nil
            }
            if b0 == 0xE2 && i + 2 < end && b[i + 1] == 0x80 && (b[i + 2] == 0x99 || b[i + 2] == 0x98) {
                out += "'"
                i += 3
                continue
            }
            return nil
        }
        return out
    }

    /// The key of any string (slow path, used for data and non-ASCII words).
    static func fold(_ s: String) -> String {
        var out = s.folding(options: [.caseInsensitive, .diacriticInsensitive], locale: nil)
        if out.contains("\u{2019}") || out.contains("\u{2018}") {
            out = out.replacingOccurrences(of: "\u{2019}", with: "'").replacingOccurrences(of: "\u{2018}", with: "'")
        }
        return out.lowercased()
    }
}
