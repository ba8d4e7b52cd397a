/// Reported speech in sentences without quotation marks (`direct: false`): "Putin said
/// (that) Moscow would send a delegation", "The meeting could take place next week, Fidan
/// said." and "..., according to Peskov." A trailing ", Reuters reported" is cut off.
extension ArticleScan {
    /// Whether the say-verb at `v` is followed by a clause of its own before `end` ("Speaking
    /// on television, Putin said Moscow viewed it positively"): then the words before the
    /// comma are not what was said.
    func opensClause(after v: Int, end: Int) -> Bool {
        guard Self.sayVerbs.contains(keys[v]), keys[v] != "told" else { return false }
        var k = v + max(1, Int(wordLen[v]))
        while k < end && Self.fillers.contains(keys[k]) { k += 1 }
        guard end - k >= 3 else { return false }
        return mentionAt[k] >= 0 || Self.clauseStarters.contains(keys[k])
    }

    /// Reported speech in sentences without quotation marks: "Putin said (that) ...",
    /// "..., Cui said." and "..., according to Peskov."
    func findReportedSpeech() -> [FoundQuote] {
        var out: [FoundQuote] = []
        for s in sentences {
            if s.contains(where: { tokens[$0].isQuote }) { continue }
            let a = s.lowerBound
            var b = s.upperBound
            if b > a && keys[b - 1] == ":" { continue }
            if b > a && keys[b - 1] == "." { b -= 1 }
            // "..., Cui said." / "..., said Cui." / "..., according to Peskov."
            var k = b - 1
            var tail = -1
            while k > a && b - k <= 14 {
                if keys[k] == "," { tail = k; break }
                k -= 1
            }
            if tail > a + 3 {
                var j = tail + 1
                if j < b && keys[j] == "the" { j += 1 }
                if j < b, !outletAt[j] {
                    var who = -1
                    if let m = mentionStarting(at: j), m.entity >= 0, b - m.end <= 8,
                       !(m.end..<b).contains(where: { keys[$0] == "that" }),
                       let v = (m.end..<min(b, m.end + 4)).first(where: { flags($0).contains(.speech) }),
                       !opensClause(after: v, end: b) {
                        who = m.entity
                    } else if flags(j).contains(.speech), case let .speaker(e) = speaker(ofVerb: j, lower: j) {
                        who = e
                    }
                    if who >= 0 {
                        out.append(FoundQuote(first: a, end: tail, speaker: who, direct: false))
                        continue
                    }
                }
            }
            // "Putin said (that) ..."
            var i = a
            while i < b {
                if flags(i).contains(.speech) && mentionAt[i] < 0 && keys[i] != "according",
                   case let .speaker(e) = speaker(ofVerb: i, lower: a) {
                    var start = i + max(1, Int(wordLen[i]))
                    // "the exchange, which Umerov said would take place ...": the clause's subject
                    // stands before the speaker, so there is no speech to cut out here.
                    if start < b && keys[start] != "not" && Self.clauseVerbs.contains(keys[start]) { break }
                    var look = start
                    var hasThat = false
                    // "said Europe would not accept a deal that ...": a clause that starts right
                    // after the verb holds the speech; a later "that" belongs to that clause.
                    var first = start
                    while first < b && Self.fillers.contains(keys[first]) { first += 1 }
                    let clauseFirst = first < b && keys[i] != "told" && keys[first] != "that"
                        && (mentionAt[first] >= 0 || Self.clauseStarters.contains(keys[first]))
                    while !clauseFirst && look < min(b, start + 8) {
                        if keys[look] == "that" { start = look + 1; hasThat = true; break }
                        if keys[look] == "," || keys[look] == ":" || Self.clauseVerbs.contains(keys[look]) { break }
                        look += 1
                    }
                    if !hasThat {
                        // Without "that", only say-verbs followed straight by a clause.
                        var k = start
                        while k < b && Self.fillers.contains(keys[k]) { k += 1 }
                        // "told the Global Times on Sunday" names whom it was told, not what.
                        let addressee = keys[i] == "told"
                        if addressee { k = afterAddressee(k, end: b) }
                        // Not "says by Anna Berg" (a byline), "said by officials" or "said on
                        // April 30 in an interview" (a date).
                        let opener = k < b && keys[k] != "by" && tokens[k].kind != .number && !Self.months.contains(keys[k])
                            && (mentionAt[k] >= 0 || Self.clauseStarters.contains(keys[k])
                                || (!addressee && tokens[k].isWord && !flags(k).contains(.objectWord) && !outletAt[k]))
                        if !Self.sayVerbs.contains(keys[i]) || !opener { i += 1; continue }
                        start = k
                    }
                    while start < b && (keys[start] == "," || keys[start] == ":"
                                        || Self.fillers.contains(keys[start])) { start += 1 }
                    var end = b
                    // Drop a trailing ", Reuters reported".
                    var t = b - 1
                    while t > start && b - t <= 8 {
                        if keys[t] == "," && (t + 1 < b) && (outletAt[t + 1] || (keys[t + 1] == "the" && t + 2 < b && outletAt[t + 2])) {
                            end = t; break
                        }
                        t -= 1
                    }
                    let words = (start..<end).reduce(0) { $0 + (tokens[$1].isWord ? 1 : 0) }
                    if words >= 4 {
                        out.append(FoundQuote(first: start, end: end, speaker: e, direct: false))
                    }
                    break
                }
                i += 1
            }
        }
        return out
    }

    static let months: Set<String> = ["january", "february", "march", "april", "may", "june", "july", "august",
        "september", "october", "november", "december"]
    /// Words for whom something was told: "told reporters", "told the newspaper Le Parisien".
    static let addresseeWords: Set<String> = ["the", "a", "an", "reporters", "journalists", "newspaper", "broadcaster",
        "media", "press", "television", "radio", "agency", "news", "channel", "daily", "weekly", "magazine",
        "outlet", "state", "lawmakers", "parliament", "students", "supporters", "officials", "diplomats"]

    /// The first token after the one something was told to ("told the Global Times",
    /// "told reporters in Kyiv"), skipping adjuncts of time and place up to a comma.
    func afterAddressee(_ k: Int, end: Int) -> Int {
        var k = k
        while k < end && (outletAt[k] || Self.addresseeWords.contains(keys[k])
                          || (tokens[k].upper && tokens[k].isWord && mentionAt[k] < 0)) { k += 1 }
        return k
    }
}
