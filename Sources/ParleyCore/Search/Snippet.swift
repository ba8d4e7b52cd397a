/// Cuts a short piece of an article around its first search hit, marking every hit in
/// the piece with `[` and `]` (contract), on one line.
public enum Snippet {
    /// The snippet of a hit: from the text when a hit stands there, else from the title.
    public static func make(title: String?, text: String, textHits: [TextSpan], titleHits: [TextSpan]) -> String {
        if textHits.isEmpty, !titleHits.isEmpty, let title { return make(text: title, hits: titleHits) }
        return make(text: text, hits: textHits)
    }

    /// Bytes of context kept before the first hit and the piece's whole length, roughly.
    public static let before = 60
    public static let length = 200

    public static func make(text: String, hits: [TextSpan]) -> String {
        let utf8 = Array(text.utf8)
        if utf8.isEmpty { return "" }
        let first = hits.first?.start ?? 0
        var lo = max(0, first - before)
        if lo > 0 {
            // Start at a word boundary, at a sentence start when one is near.
            while lo < first && !isSpace(utf8[lo - 1]) { lo += 1 }
        }
        while lo < utf8.count && isContinuation(utf8[lo]) { lo += 1 }
        var hi = min(utf8.count, max(lo + length, (hits.first?.end ?? 0)))
        if hi < utf8.count {
            while hi > lo && !isSpace(utf8[hi]) { hi -= 1 }
            if hi <= (hits.first?.end ?? lo) { hi = min(utf8.count, hits.first?.end ?? lo) }
        }
        while hi < utf8.count && hi > lo && isContinuation(utf8[hi]) { hi += 1 }
        var out: [UInt8] = []
        out.reserveCapacity(hi - lo + 16)
        if lo > 0 { out.append(contentsOf: "... ".utf8) }
        var spans = hits.filter { $0.start >= lo && $0.end <= hi }.sorted()
        // Overlapping hits (a phrase and one of its words) become one mark.
        var merged: [TextSpan] = []
        for s in spans {
            if let last = merged.last, s.start <= last.end {
                merged[merged.count - 1].end = max(last.end, s.end)
            } else {
                merged.append(s)
            }
        }
        spans = merged
        var next = 0
        var lastWasSpace = false
        var i = lo
        while i < hi {
            if next < spans.count && spans[next].start == i { out.append(UInt8(ascii: "[")) }
            let c = utf8[i]
            if isSpace(c) {
                if !lastWasSpace { out.append(0x20) }
                lastWasSpace = true
            } else {
                out.append(c)
                lastWasSpace = false
            }
            i += 1
            if next < spans.count && spans[next].end == i {
                out.append(UInt8(ascii: "]"))
                next += 1
            }
        }
        while out.last == 0x20 { out.removeLast() }
        if hi < utf8.count { out.append(contentsOf: " ...".utf8) }
        return String(decoding: out, as: UTF8.self)
    }

    @inline(__always) private static func isSpace(_ c: UInt8) -> Bool {
        c == 0x20 || c == 0x0A || c == 0x0D || c == 0x09
    }

    @inline(__always) private static func isContinuation(_ c: UInt8) -> Bool {
        c & 0xC0 == 0x80
    }
}
