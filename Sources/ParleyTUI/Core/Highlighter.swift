import Foundation
import ParleyCore

/// Finds what the user searched for in text to highlight it: case- and accent-folding with a
/// map back to UTF-8 byte offsets so hits can be highlighted in place.
public enum Highlighter {
    /// Lower-case, accents removed.
    public static func fold(_ s: String) -> String {
        var ascii = true
        for b in s.utf8 where b >= 0x80 { ascii = false; break }
        if ascii { return s.lowercased() }
        return s.folding(options: [.caseInsensitive, .diacriticInsensitive], locale: nil)
    }

    /// The byte ranges (UTF-8 offsets into `text`) where any of `terms` (already folded)
    /// starts a word. Terms may hold spaces (phrases).
    public static func find(_ terms: [String], in text: String) -> [TextSpan] {
        let terms = terms.filter { !$0.isEmpty }
        guard !terms.isEmpty else { return [] }
        // Folded characters with the byte offset each came from.
        var folded: [Character] = []
        var offsets: [Int] = []
        folded.reserveCapacity(text.utf8.count)
        var offset = 0
        for ch in text {
            let n = ch.utf8.count
            if let a = ch.asciiValue {
                folded.append(Character(Unicode.Scalar(a >= 65 && a <= 90 ? a + 32 : a)))
                offsets.append(offset)
            } else {
                for f in fold(String(ch)) {
                    folded.append(f)
                    offsets.append(offset)
                }
            }
            offset += n
        }
        offsets.append(offset)
        var spans: [TextSpan] = []
        let termChars = terms.map { Array($0) }
        var i = 0
        while i < folded.count {
            let atWordStart = i == 0 || !(folded[i - 1].isLetter || folded[i - 1].isNumber)
            var matched = 0
            if atWordStart {
                for t in termChars where t.count > matched && i + t.count <= folded.count {
                    var ok = true
                    for j in 0..<t.count where folded[i + j] != t[j] { ok = false; break }
                    if ok { matched = t.count }
                }
            }
            if matched > 0 {
                // Extend to the end of the word so "kyiv" lights up "Kyiv's" whole stem.
                var end = i + matched
                while end < folded.count, folded[end].isLetter, end - i < matched + 3 { end += 1 }
                spans.append(TextSpan(start: offsets[i], end: offsets[end]))
                i = end
            } else {
                i += 1
            }
        }
        return spans
    }
}
