/// Finds quotations and who said them, and reported speech ("Putin said that ...").
///
/// A speaker is looked for, in this order: right after the quotation ("..., Putin said",
/// "..." the Russian president told reporters, a next line "Putin said."); in a line ending
/// with a colon before it ("... according to Peskov:"); before it in the same sentence (the
/// one a speech verb belongs to, else the sentence's subject); and last, the speaker of the
/// quotation just before (a continuation). An outlet that "reported" is a source, never a
/// speaker. Quotations of one to three words inside a phrase ("described it as a
/// "positive sign"") are scare quotes, not speech.
extension ArticleScan {
    /// A quotation or reported speech found in the article.
    struct FoundQuote {
        var first: Int
        var end: Int
        var speaker: Int
        var direct: Bool
    }

    static let fillers: Set<String> = ["also", "later", "further", "has", "had", "have", "was", "is", "then", "again",
        "publicly", "repeatedly", "earlier", "previously", "once", "reportedly", "would", "will", "had", "then",
        "separately", "subsequently", "had", "on", "sunday", "monday", "tuesday", "wednesday", "thursday",
        "friday", "saturday", "recently", "last", "week", "today", "yesterday", "openly", "directly", "explicitly",
        "himself", "herself", "personally", "firmly", "clearly"]
    static let speakerAfterVerb: Set<String> = ["said", "says", "added", "adds", "noted", "wrote", "stated", "warned",
        "explained", "insisted", "continued", "according to", "asked", "argued", "stressed", "emphasized",
        "emphasised", "concluded", "replied", "quipped", "recalled"]

    static let sayVerbs: Set<String> = ["said", "says", "say", "stated", "added", "noted", "believes", "believed",
        "thinks", "warned", "insisted", "argued", "stressed", "emphasized", "emphasised", "told", "claimed", "wrote"]
    static let clauseStarters: Set<String> = ["the", "a", "an", "he", "she", "it", "they", "we", "i", "this", "there",
        "his", "her", "its", "their", "our", "russia", "ukraine", "moscow", "kyiv", "kiev", "washington", "europe"]

    /// Auxiliary and modal verbs: one after a speech verb shows its clause has begun.
    static let clauseVerbs: Set<String> = ["would", "will", "could", "can", "must", "should", "may", "might",
        "was", "were", "is", "are", "did", "does", "do", "not"]

    /// Words for an unnamed official who may speak for the place named after them.
    static let officialWords: Set<String> = ["official", "officials", "diplomat", "diplomats", "spokesman",
        "spokeswoman", "spokesperson", "source", "sources", "aide", "negotiator"]

    enum Attribution { case speaker(Int), outlet, none }

    /// Whether token `i` starts a mention of an actor (not an outlet) outside quotations.
    func entity(at i: Int) -> Int? {
        guard i >= 0, i < tokens.count, let m = mentionStarting(at: i), m.entity >= 0 else { return nil }
        return m.entity
    }

    /// The speaker of a speech verb at `v`: the actor named just before it ("Putin said",
    /// "Zelenskiy later wrote") or, for some verbs, just after it ("said Putin").
    func speaker(ofVerb v: Int, lower: Int) -> Attribution {
        var k = v - 1
        var skipped = 0
        while k >= lower && skipped < 3 && tokens[k].kind == .word && Self.fillers.contains(keys[k])
                && mentionAt[k] < 0 {
            k -= 1; skipped += 1
        }
        if k >= lower && keys[k] == "," && !inQuote(k) {
            // "Vladimir Medinsky, the Kremlin aide who headed the team, said": the name
            // before the apposition.
            // The name must act (not "on his way back to Washington, Trump ...") and the
            // apposition must not open with another actor as a new subject.
            var c = k - 1
            while c > lower && k - c < 40 && !inQuote(c) {
                if keys[c] == "," && mentionAt[c - 1] >= 0 {
                    let f = found[Int(mentionAt[c - 1])]
                    let weak = f.first > 0 && flags(f.first - 1).contains(.objectWord)
                    let next = mentionStarting(at: c + 1)
                    let newSubject = next.map { g in
                        g.entity != f.entity && (g.how == .name || g.how == .surname)
                            && (g.end >= tokens.count || tokens[g.end].kind != .possessive)
                    } ?? false
                    if f.entity >= 0 && !weak && !newSubject { return .speaker(f.entity) }
                }
                if outletAt[c] { break }
                c -= 1
            }
            // "Trump questioned whether ..., noting that ...": a participle speaks for the
            // sentence's subject.
            if keys[v].hasSuffix("ing") && keys[v] != "according", let e = subject(from: lower, to: k) {
                return .speaker(e)
            }
            // "A Ukrainian official in Kyiv, asked about ..., said": an unnamed official speaks
            // for the capital or country named with them.
            var o = lower
            while o + 2 < k && o < lower + 6 {
                if Self.officialWords.contains(keys[o]) && (keys[o + 1] == "in" || keys[o + 1] == "from"),
                   let m = mentionStarting(at: o + 2), m.entity >= 0, !isPerson(m.entity) {
                    return .speaker(m.entity)
                }
                o += 1
            }
        }
        // "Starmer visited the site and said Moscow must ...": the same subject goes on.
        if k >= lower && keys[k] == "and" && !inQuote(k), let e = subject(from: lower, to: k) {
            return .speaker(e)
        }
        if k >= lower && !inQuote(k) {
            if outletAt[k] { return .outlet }
            if keys[k] == "report" || keys[k] == "reports" { return .outlet }
            let m = mentionAt[k]
            if m >= 0 { return .speaker(found[Int(m)].entity) }
        }
        let verbKey = (v..<(v + max(1, Int(wordLen[v])))).map { keys[$0] }.joined(separator: " ")
        if Self.speakerAfterVerb.contains(verbKey) {
            var j = v + max(1, Int(wordLen[v]))
            if j < tokens.count && keys[j] == "the" { j += 1 }
            if j < tokens.count && outletAt[j] { return .outlet }
            // "said Putin." / "said Peskov, adding ..." — not "said Moscow must ...".
            if let m = mentionStarting(at: j), m.entity >= 0 {
                let after = m.end
                if after < tokens.count && tokens[after].kind == .possessive { return .none }
                if after >= tokens.count || tokens[after].breaks > 0 { return .speaker(m.entity) }
                let k = keys[after]
                if k == "," || k == "." || k == ";" || k == ":" || k == ")" || tokens[after].kind == .closeQuote {
                    return .speaker(m.entity)
                }
            }
        }
        return .none
    }

    /// The first actor in tokens `lower..<upper` who acts: outside quotations, not after a
    /// preposition, not a possessive ("Russia's war").
    func subject(from lower: Int, to upper: Int) -> Int? {
        var i = lower
        while i < upper {
            if !inQuote(i), let m = mentionStarting(at: i), m.entity >= 0 {
                if !(i > lower && flags(i - 1).contains(.objectWord))
                    && !(m.end < tokens.count && tokens[m.end].kind == .possessive) { return m.entity }
                i = m.end
            } else {
                i += 1
            }
        }
        return nil
    }

    /// Attribution from the words right after a closing mark at `c`.
    func attributionAfter(_ c: Int) -> Attribution {
        let n = tokens.count
        var j = c + 1
        guard j < n else { return .none }
        var limit = sentences[Int(sentenceOf[c])].upperBound
        if j < n && keys[j] == "," && tokens[j].breaks == 0 { j += 1 }
        if j >= limit || tokens[j].breaks > 0 {
            // The attribution may stand in the next short sentence or line ("Putin said.").
            guard j < n, tokens[j].breaks <= 1 else { return .none }
            let next = sentences[Int(sentenceOf[j])]
            guard next.count <= 10, !(next).contains(where: { tokens[$0].isQuote }) else { return .none }
            j = next.lowerBound
            limit = next.upperBound
        }
        if keys[j] == "the" && mentionAt[j] < 0 && j + 1 < limit && (outletAt[j + 1] || mentionAt[j + 1] >= 0) { j += 1 }
        if outletAt[j] { return .outlet }
        if let m = mentionStarting(at: j), m.entity >= 0 {
            var k = m.end
            if k < limit && keys[k] == "," {
                // An apposition: "Cui Hongjian, a professor at ..., told the Global Times".
                k += 1
                while k < limit && keys[k] != "," && !tokens[k].isQuote { k += 1 }
                k += 1
            }
            var steps = 0
            while k < limit && steps < 4 {
                if flags(k).contains(.speech) && !inQuote(k) { return .speaker(m.entity) }
                if tokens[k].isQuote { break }
                k += 1; steps += 1
            }
            return .none
        }
        if flags(j).contains(.speech) {
            return speaker(ofVerb: j, lower: j)
        }
        return .none
    }

    /// Attribution from the words before an opening mark at `o`, back to token `lower`.
    func attributionBefore(_ o: Int, lower: Int) -> Attribution {
        var k = o - 1
        var sawOutlet = false
        while k >= lower {
            if inQuote(k) { k -= 1; continue }
            if flags(k).contains(.speech) && mentionAt[k] < 0 {
                switch speaker(ofVerb: k, lower: lower) {
                case let .speaker(e): return .speaker(e)
                case .outlet: sawOutlet = true
                case .none: break
                }
            }
            k -= 1
        }
        // No speech verb with a name: the subject of the sentence.
        var i = lower
        while i < o {
            if !inQuote(i), let m = mentionStarting(at: i), m.entity >= 0 {
                let prev = i > lower ? flags(i - 1) : []
                if !prev.contains(.objectWord) { return .speaker(m.entity) }
            }
            i += 1
        }
        return sawOutlet ? .outlet : .none
    }

    func lineStart(_ i: Int) -> Int {
        var k = i
        while k > 0 && tokens[k].breaks == 0 { k -= 1 }
        return k
    }

    static let scareContext: Set<String> = ["a", "an", "the", "as", "so-called", "called", "dubbed", "termed",
        "labelled", "labeled", "its", "his", "her", "their", "our", "what", "of", "this", "these", "those", "any",
        "into", "his", "my", "your", "some", "no", "described", "branded"]

    /// How a quotation reads: `nil` for no speech at all (a scare quote after "a", "as",
    /// "so-called" ...), `true` for speech, `false` for one to three words that count only
    /// when a speaker is found for them.
    func speechKind(open o: Int, close c: Int) -> Bool? {
        let words = (o + 1..<c).reduce(0) { $0 + (tokens[$1].isWord ? 1 : 0) }
        if words >= 4 { return true }
        if words == 0 { return nil }
        if o > 0 && tokens[o].breaks == 0 && Self.scareContext.contains(keys[o - 1]) { return nil }
        return false
    }

    mutating func findQuotes() -> [FoundQuote] {
        var out: [FoundQuote] = []
        var lastSpeaker = -1
        var lastEnd = -1
        for r in regions {
            let o = r.open, c = r.close
            guard let full = speechKind(open: o, close: c) else { continue }
            var who = -1
            var reportedByOutlet = false
            if r.closed {
                switch attributionAfter(c) {
                case let .speaker(e): who = e
                case .outlet: reportedByOutlet = true
                case .none: break
                }
            }
            if who < 0 && tokens[o].breaks > 0 && o > 0 && keys[o - 1] == ":" {
                if case let .speaker(e) = attributionBefore(o - 1, lower: lineStart(o - 1)) { who = e }
            }
            if who < 0 {
                let s = sentences[Int(sentenceOf[o])]
                if o > s.lowerBound, case let .speaker(e) = attributionBefore(o, lower: s.lowerBound) { who = e }
            }
            if who < 0 && !full { continue }
            if who < 0 && lastSpeaker >= 0 {
                // A continuation: the same paragraph, or a quotation standing on the next lines.
                let between = (lastEnd + 1)..<o
                let paragraphBreak = between.contains { tokens[$0].breaks == 2 } || tokens[o].breaks == 2
                let quoteLine = tokens[o].breaks > 0
                if !paragraphBreak || quoteLine || reportedByOutlet { who = lastSpeaker }
            }
            out.append(FoundQuote(first: o, end: r.closed ? c + 1 : c, speaker: who, direct: true))
            if who >= 0 { lastSpeaker = who }
            lastEnd = r.closed ? c : c - 1
        }
        return out
    }

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
                        let opener = k < b && (mentionAt[k] >= 0 || Self.clauseStarters.contains(keys[k])
                            || (tokens[k].isWord && !flags(k).contains(.objectWord) && !outletAt[k]))
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
}
