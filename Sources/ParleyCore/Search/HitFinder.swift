/// Finds where a query's words and phrases stand in one article's text, reading only as
/// far as a snippet needs: the first hit and the hits right after it. Used to cut
/// snippets for hits that come from the cache's full-text index.
public struct HitFinder: Sendable {
    /// Each alternative is a sequence of folded words (a word, or a phrase).
    private let byLastWord: [String: [[String]]]
    private let longest: Int
    /// Cheap first checks before a dictionary look-up: the last words' lengths in bytes.
    private let lengths: Set<Int>

    /// The first (up to) three bytes of every alternative's first word, when all are
    /// ASCII letters or digits: text before the first place any of them starts (in any
    /// case) cannot hold a hit, so the scan begins there.
    private let heads: [[UInt8]]?

    public init(alternatives: [[String]]) {
        var byLast: [String: [[String]]] = [:]
        for alt in alternatives where !alt.isEmpty { byLast[alt[alt.count - 1], default: []].append(alt) }
        byLastWord = byLast
        longest = alternatives.map(\.count).max() ?? 1
        lengths = Set(byLast.keys.map(\.utf8.count))
        let firsts = alternatives.compactMap(\.first).map { Array($0.utf8.prefix(3)) }
        let plain = firsts.allSatisfy { h in
            !h.isEmpty && h.allSatisfy { TextFolding.asciiWordByte($0) == $0 }
        }
        heads = plain && !firsts.isEmpty ? firsts : nil
        headStarts = heads.map(Self.firstBytes) ?? (0, 0)
        let words = alternatives.compactMap { $0.count == 1 ? Array($0[0].utf8) : nil }
        wholeWords = longest == 1 && words.count == alternatives.count && heads != nil ? words : nil
    }

    /// When every alternative is one ASCII word: those words, looked for directly.
    private let wholeWords: [[UInt8]]?
    /// `firstBytes` of `heads` (the same bytes start `wholeWords`).
    private let headStarts: (UInt64, UInt64)

    /// Where scanning may start: the start of the word holding the first place where one
    /// of `heads` begins (any case), or where a byte that could fold into a letter stands
    /// (anything outside ASCII but the common quotation marks and dashes).
    private func skip(_ b: UnsafeBufferPointer<UInt8>) -> Int {
        guard let heads else { return 0 }
        return Self.candidate(b, from: 0, heads: heads, starts: headStarts)
    }

    /// The heads' first bytes in both cases, as a bit set over ASCII, to pass over every
    /// other byte with one test.
    private static func firstBytes(_ heads: [[UInt8]]) -> (UInt64, UInt64) {
        var starts = (UInt64(0), UInt64(0))
        for h in heads {
            let upper = h[0] >= 0x61 && h[0] <= 0x7A ? h[0] - 0x20 : h[0]
            for c in [h[0], upper] {
                if c < 64 { starts.0 |= 1 << UInt64(c) } else { starts.1 |= 1 << UInt64(c - 64) }
            }
        }
        return starts
    }

    /// `skip` from a position on (never going back before it); `b.count` when none.
    private static func candidate(_ b: UnsafeBufferPointer<UInt8>, from: Int, heads: [[UInt8]],
                                  starts: (UInt64, UInt64)) -> Int {
        var i = from
        let n = b.count
        search: while i < n {
            let c = b[i]
            if c >= 0x80 {
                // ‘ ’ ‚ ‛ “ ” „ ‟ – — … : E2 80 93…9F, A6. Anything else may be a letter.
                if c == 0xE2, i + 2 < n, b[i + 1] == 0x80, (b[i + 2] >= 0x93 && b[i + 2] <= 0x9F) || b[i + 2] == 0xA6 {
                    i += 3
                    continue
                }
                break search
            }
            let maybe = c < 64 ? starts.0 & (1 << UInt64(c)) != 0 : starts.1 & (1 << UInt64(c - 64)) != 0
            if !maybe { i += 1; continue }
            let lower = c | 0x20
            for h in heads where h[0] == lower && i + h.count <= n {
                var k = 1
                while k < h.count, b[i + k] | 0x20 == h[k] { k += 1 }
                if k == h.count { break search }
            }
            i += 1
        }
        if i >= n { return n }
        // Back to the start of that word: letters, digits and apostrophes run together.
        while i > from {
            let c = b[i - 1]
            if TextFolding.asciiWordByte(c) == nil && c != 0x27 && c < 0x80 { break }
            i -= 1
        }
        return i
    }

    /// The hits in `text` from the first one up to `reach` bytes past it.
    public func hits(in text: String, reach: Int = Snippet.length) -> [TextSpan] {
        guard !byLastWord.isEmpty else { return [] }
        if let wholeWords { return wordHits(in: text, words: wholeWords, reach: reach) }
        // The last `longest` words in a ring, for phrases.
        var ringWords = [String](repeating: "", count: longest)
        var ringStarts = [Int](repeating: 0, count: longest)
        var seen = 0
        var spans: [TextSpan] = []
        var limit = Int.max
        TextFolding.scanFoldedBytes(text, skip: skip) { bytes, start, end in
            if start > limit { return false }
            let slot = seen % longest
            seen += 1
            // Single words: most words are ruled out by their length, before any String.
            if longest == 1 && !lengths.contains(bytes.count) { return true }
            let word = String(decoding: bytes, as: UTF8.self)
            if longest > 1 {
                ringWords[slot] = word
                ringStarts[slot] = start
            }
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

    /// `hits` for single ASCII words: jumps from one place where a word may start to the
    /// next, reading only the word found there.
    private func wordHits(in text: String, words: [[UInt8]], reach: Int) -> [TextSpan] {
        var spans: [TextSpan] = []
        var limit = Int.max
        var text = text
        let starts = headStarts
        text.withUTF8 { b in
            var pos = 0
            while pos < b.count {
                let at = Self.candidate(b, from: pos, heads: words, starts: starts)
                if at >= b.count || at > limit { break }
                var next = at + 1
                TextFolding.scanWords(UnsafeBufferPointer(rebasing: b[at...])) { word, start, end in
                    next = at + end
                    if at + start <= limit, lengths.contains(word.count),
                       byLastWord[String(decoding: word, as: UTF8.self)] != nil {
                        spans.append(TextSpan(start: at + start, end: at + end))
                        if limit == .max { limit = at + start + reach }
                    }
                    return false
                }
                pos = max(next, at + 1)
            }
        }
        return spans
    }
}
