import Foundation

/// Folds words for matching: lower case, accents removed, curly apostrophes straightened.
/// ASCII words (nearly all of them) take a fast path without Foundation.
enum TextKey {
    /// The key of the bytes `start..<end`, and for ASCII words its vocabulary hash
    /// (0 when the caller must hash the key itself).
    static func fold(_ bytes: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int) -> (String, UInt64) {
        var ascii = true
        for i in start..<end where bytes[i] >= 0x80 { ascii = false; break }
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
