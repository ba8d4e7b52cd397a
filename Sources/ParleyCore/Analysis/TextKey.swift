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
        let s = String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<end]), as: UTF8.self)
        return (fold(s), 0)
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
