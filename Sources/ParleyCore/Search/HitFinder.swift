/// Finds where a query's words and phrases stand in one article's text, reading only as
/// far as a snippet needs: the first hit and the hits right after it. Used to cut
/// snippets for hits that come from the cache's full-text index.
public struct HitFinder: Sendable {
    /// Each alternative is a sequence of folded words (a word, or a phrase).
    private let byLastWord: [String: [[String]]]
    private let longest: Int

    public init(alternatives: [[String]]) {
        var byLast: [String: [[String]]] = [:]
        for alt in alternatives where !alt.isEmpty { byLast[alt[alt.count - 1], default: []].append(alt) }
        byLastWord = byLast
        longest = alternatives.map(\.count).max() ?? 1
    }

    /// The hits in `text` from the first one up to `reach` bytes past it.
    public func hits(in text: String, reach: Int = Snippet.length) -> [TextSpan] {
        guard !byLastWord.isEmpty else { return [] }
        var recent: [(word: String, start: Int)] = []
        recent.reserveCapacity(longest)
        var spans: [TextSpan] = []
        var limit = Int.max
        TextFolding.scanWhile(text) { word, start, end in
            if start > limit { return false }
            if recent.count == longest { recent.removeFirst() }
            recent.append((word, start))
            if let candidates = byLastWord[word] {
                for alt in candidates where alt.count <= recent.count {
                    let offset = recent.count - alt.count
                    var same = true
                    for k in 0..<(alt.count - 1) where recent[offset + k].word != alt[k] { same = false; break }
                    if same {
                        spans.append(TextSpan(start: recent[offset].start, end: end))
                        if limit == .max { limit = start + reach }
                        break
                    }
                }
            }
            return true
        }
        return spans
    }
}
