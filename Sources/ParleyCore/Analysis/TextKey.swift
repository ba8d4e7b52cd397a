import Foundation

/// Folds words for matching: lower case, accents removed, curly apostrophes straightened.
/// ASCII words (nearly all of them) take a fast path without Foundation.
enum TextKey {
    static func fold(_ bytes: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int) -> String {
        var ascii = true
        for i in start..<end where bytes[i] >= 0x80 { ascii = false; break }
        if ascii {
            return String(unsafeUninitializedCapacity: end - start) { buf in
                for i in start..<end {
                    let b = bytes[i]
                    buf[i - start] = (b >= 65 && b <= 90) ? b + 32 : b
                }
                return end - start
            }
        }
        let s = String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<end]), as: UTF8.self)
        return fold(s)
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
