/// Finds where a query's words and phrases stand in one article's text, reading only as
/// far as a snippet needs: the first hit and the hits right after it. Used to cut
/// snippets for hits that come from the cache's full-text index.
public struct HitFinder: Sendable {
    /// Each alternative is a sequence of folded words (a word, or a phrase).
    private let byLastWord: [String: [[String]]]
    private let longest: Int
    /// Cheap first checks before a dictionary look-up: the last words' lengths in bytes.
    private let lengths: Set<Int>

    public init(alternatives: [[String]]) {
        var byLast: [String: [[String]]] = [:]
        for alt in alternatives where !alt.isEmpty { byLast[alt[alt.count - 1], default: []].append(alt) }
        byLastWord = byLast
        longest = alternatives.map(\.count).max() ?? 1
        lengths = Set(byLast.keys.map(\.utf8.count))
    }

    /// The hits in `text` from the first one up to `reach` bytes past it.
    public func hits(in text: String, reach: Int = Snippet.length) -> [TextSpan] {
        guard !byLastWord.isEmpty else { return [] }
        // The last `longest` words in a ring, for phrases.
        var ringWords = [String](repeating: "", count: longest)
        var ringStarts = [Int](repeating: 0, count: longest)
        var seen = 0
        var spans: [TextSpan] = []
        var limit = Int.max
        TextFolding.scanWhile(text) { word, start, end in
            if start > limit { return false }
            let slot = seen % longest
            if longest > 1 {
                ringWords[slot] = word
                ringStarts[slot] = start
            }
            seen += 1
            guard lengths.contains(word.utf8.count), let candidates = byLastWord[word] else { return true }
            for alt in candidates where alt.count <= seen {
                var same = true
                var k = alt.count - 2
                while k >= 0 {
                    let back = alt.count - 1 - k
                    if ringWords[(slot - back + longest) % longest] != alt[k] { same = false; break }
                    k -= 1
                }
                if same {
                    let first = alt.count == 1 ? start : ringStarts[(slot - (alt.count - 1) + longest) % longest]
                    spans.append(TextSpan(start: first, end: end))
                    if limit == .max { limit = start + reach }
                    break
                }
            }
            return true
        }
        return spans
    }
}
