/// Splits tokens into sentences: at `.`, `!`, `?` before a capital or a quotation mark, and
/// at every line break — but not after abbreviations ("Mr.", "St.", "Gen."), initials, dotted
/// words ("U.S.") or inside a quotation that goes on.
enum SentenceSplitter {
    static let abbreviations: Set<String> = [
        "mr", "mrs", "ms", "dr", "st", "gen", "sen", "rep", "gov", "lt", "col", "maj", "capt", "cmdr", "adm",
        "jr", "sr", "prof", "rev", "no", "vs", "etc", "inc", "co", "corp", "ltd", "jan", "feb", "mar", "apr",
        "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "approx", "fig", "pp", "sgt", "mt", "ft", "hon",
        "amb", "pres", "dept", "est", "op", "cf", "al",
    ]

    /// Sentences as half-open token ranges, in order, covering every token.
    static func split(_ tokens: [TextToken], keys: [String]) -> [Range<Int>] {
        var out: [Range<Int>] = []
        var start = 0
        var inQuote = false
        var i = 0
        let n = tokens.count
        while i < n {
            let t = tokens[i]
            if i > start && t.breaks > 0 {
                out.append(start..<i)
                start = i
                inQuote = false
            }
            switch t.kind {
            case .openQuote: inQuote = true
            case .closeQuote: inQuote = false
            default: break
            }
            if t.kind == .punct && (keys[i] == "." || keys[i] == "!" || keys[i] == "?") {
                var j = i + 1
                var closedQuote = false
                while j < n && tokens[j].breaks == 0 && (tokens[j].kind == .closeQuote || keys[j] == ")") {
                    if tokens[j].kind == .closeQuote { closedQuote = true }
                    j += 1
                }
                if closedQuote { inQuote = false }
                let endsHere: Bool
                if j >= n || tokens[j].breaks > 0 {
                    endsHere = true
                } else if inQuote {
                    endsHere = false
                } else if keys[i] == "." && i > 0 && tokens[i - 1].end == t.start
                            && (abbreviations.contains(keys[i - 1])
                                || (tokens[i - 1].kind == .word && keys[i - 1].utf8.count == 1
                                    && tokens[i - 1].upper)) {
                    endsHere = false
                } else {
                    let next = tokens[j]
                    endsHere = next.upper || next.kind == .openQuote || next.kind == .number
                }
                if endsHere {
                    out.append(start..<j)
                    start = j
                    i = j
                    continue
                }
            }
            i += 1
        }
        if start < n { out.append(start..<n) }
        return out
    }
}
