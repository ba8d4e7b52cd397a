/// Who a speech verb belongs to, read from the words around it: the actor right before it
/// ("Putin said", "Zelenskiy later wrote"), after it ("said Russia's top negotiator,
/// Vladimir Medinsky"), an apposition's name ("Medinsky, the Kremlin aide who ..., said"),
/// the sentence's subject for a participle or "and said", the speaker of an earlier
/// statement for "the statement read", and the one an outlet quoted ("Bloomberg quoted him
/// as saying"). An outlet that "reported" is a source, never a speaker.
extension ArticleScan {
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

    /// Verbs a text speaks with besides the speech verbs ("the statement read").
    static let textVerbs: Set<String> = ["read", "reads"]
    /// Verbs by which an outlet passes on someone's words ("Bloomberg quoted him as saying").
    static let quotingVerbs: Set<String> = ["quoted", "quotes", "cited", "cites"]

    enum Attribution { case speaker(Int), outlet, none }

    /// Whether token `i` starts a mention of an actor (not an outlet) outside quotations.
    func entity(at i: Int) -> Int? {
        guard i >= 0, i < tokens.count, let m = mentionStarting(at: i), m.entity >= 0 else { return nil }
        return m.entity
    }

    /// The person a descriptor starting at `j` leads to: "Treasury Secretary Bessent", "Mr
    /// Medinsky", "Russia's top negotiator, Vladimir Medinsky", "British prime minister Keir
    /// Starmer", "Germany's defence minister Boris Pistorius" — at most eight words of titles,
    /// roles, nationality words, honorifics, capitalised words and possessive owners, and one
    /// comma, before the name.
    func describedPerson(from j: Int, limit: Int) -> Found? {
        var k = j
        var words = 0
        var comma = false
        while k < limit && words < 8 {
            if inQuote(k) || (tokens[k].breaks > 0 && k > j) { return nil }
            if let m = mentionStarting(at: k), m.entity >= 0 {
                if m.end < limit && tokens[m.end].kind == .possessive { k = m.end + 1; words += 1; continue }
                if isPerson(m.entity) { return m }
                // A body before a title: "White House communications director ...".
                if m.end < limit && !flags(m.end).intersection([.title, .role, .titleModifier]).isEmpty {
                    k = m.end; words += 1; continue
                }
                return nil
            }
            if mentionAt[k] >= 0 || outletAt[k] { return nil }
            let t = tokens[k]
            if keys[k] == "," {
                if comma || words == 0 { return nil }
                comma = true; k += 1; continue
            }
            if keys[k] == "-" || t.kind == .possessive { k += 1; continue }
            guard t.kind == .word else { return nil }
            let f = flags(k)
            if !f.intersection([.title, .role, .titleModifier, .honorific, .independentRole]).isEmpty {
                k += max(1, Int(wordLen[k])); words += 1; continue
            }
            if !f.intersection([.speech, .cue, .objectWord, .clauseBreak]).isEmpty { return nil }
            // A word before a title belongs to it ("communications director"), even one the
            // lists do not know or a clipped one.
            let beforeTitle = k + 1 < limit && !flags(k + 1).intersection([.title, .role]).isEmpty
            if keys[k] == "the" || t.upper || beforeTitle
                || (lex.partyWords.hasFirst(t) && lex.partyWords.longest(at: k, in: tokens) != nil) {
                k += 1; words += 1; continue
            }
            return nil
        }
        return nil
    }

    /// The latest man (or woman) named outside quotations before token `i`, for "him"/"her".
    func latestPerson(before i: Int, female wanted: Bool) -> Int? {
        var k = i - 1
        while k >= 0 && i - k < 400 {
            if !inQuote(k), let m = mentionStarting(at: k), m.entity >= 0, isPerson(m.entity),
               female[m.entity] == wanted {
                return m.entity
            }
            k -= 1
        }
        return nil
    }

    /// The one an outlet at `j` quotes: "Bloomberg quoted him as saying", "Interfax cited
    /// Kremlin spokesperson Dmitry Peskov as saying". Nil when the outlet only reported.
    func quotedBy(outletAt j: Int, limit: Int) -> Int? {
        var k = j
        while k < limit && outletAt[k] { k += 1 }
        guard k + 1 < limit, Self.quotingVerbs.contains(keys[k]) else { return nil }
        let o = k + 1
        if keys[o] == "him" { return latestPerson(before: j, female: false) }
        if keys[o] == "her" { return latestPerson(before: j, female: true) }
        return describedPerson(from: o, limit: limit)?.entity
    }

    /// The speaker of a text ("the statement", "the readout") quoted at token `i`: the one
    /// who last spoke before it outside quotations ("the Kremlin said on Sunday", "a Kremlin
    /// statement"), within the last 400 tokens.
    func statementSpeaker(before i: Int) -> Int? {
        var k = i - 1
        while k >= 0 && i - k < 400 {
            if !inQuote(k) {
                if flags(k).contains(.statement), let e = owner(ofWordAt: k) { return e }
                if flags(k).contains(.speech) && mentionAt[k] < 0 {
                    let s = sentences[Int(sentenceOf[k])]
                    if case let .speaker(e) = speaker(ofVerb: k, lower: s.lowerBound) { return e }
                }
            }
            k -= 1
        }
        return nil
    }

    /// The actor right before a noun at `k`, with or without a possessive ("the Kremlin's
    /// statement", "a Kremlin statement").
    func owner(ofWordAt k: Int) -> Int? {
        var p = k - 1
        if p >= 0 && tokens[p].kind == .possessive { p -= 1 }
        guard p >= 0, !inQuote(p), mentionAt[p] >= 0 else { return nil }
        let e = found[Int(mentionAt[p])].entity
        return e >= 0 ? e : nil
    }

    /// "the statement read", "its statement said", "Zelensky's post read" at `j`: the index
    /// after the verb, or nil.
    func statementAttribution(at j: Int, limit: Int) -> Int? {
        var k = j
        if k < limit && (keys[k] == "the" || keys[k] == "a" || keys[k] == "its" || keys[k] == "his"
                         || keys[k] == "her" || keys[k] == "their") { k += 1 }
        if let m = mentionStarting(at: k), m.end < limit, tokens[m.end].kind == .possessive { k = m.end + 1 }
        guard k < limit, flags(k).contains(.statement) else { return nil }
        k += max(1, Int(wordLen[k]))
        var steps = 0
        while k < limit && steps < 3 {
            if flags(k).contains(.speech) || Self.textVerbs.contains(keys[k]) { return k }
            k += 1; steps += 1
        }
        return nil
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
            if keys[v].hasSuffix("ing") && keys[v] != "according" {
                // "Ushakov told reporters after the meeting, adding that ...": a participle
                // speaks for the speaker of the speech verb before it ...
                var p = k - 1
                while p >= lower {
                    if !inQuote(p) && flags(p).contains(.speech) && mentionAt[p] < 0 && !keys[p].hasSuffix("ing"),
                       case let .speaker(e) = speaker(ofVerb: p, lower: lower) {
                        return .speaker(e)
                    }
                    p -= 1
                }
                // ... or for the sentence's subject ("Trump questioned whether ..., noting that").
                if let e = subject(from: lower, to: k) { return .speaker(e) }
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
            // "Merz issued a statement saying ...": the sentence's subject; "The statement
            // said ...": whoever issued it before.
            if flags(k).contains(.statement) || (k > lower && flags(k - 1).contains(.statement) && wordLen[k - 1] > 1) {
                if let e = owner(ofWordAt: k) ?? subject(from: lower, to: k) ?? statementSpeaker(before: k) {
                    return .speaker(e)
                }
            }
        }
        let verbKey = (v..<(v + max(1, Int(wordLen[v])))).map { keys[$0] }.joined(separator: " ")
        if Self.speakerAfterVerb.contains(verbKey) {
            var j = v + max(1, Int(wordLen[v]))
            if j < tokens.count && keys[j] == "the" && mentionAt[j] < 0 { j += 1 }
            if j < tokens.count && outletAt[j] { return .outlet }
            // "said Putin." / "said Peskov, adding ..." / "said Russia's top negotiator,
            // Vladimir Medinsky." — not "said Moscow must ...".
            var who: Found? = nil
            if let m = mentionStarting(at: j), m.entity >= 0,
               m.end >= tokens.count || tokens[m.end].kind != .possessive {
                who = m
            } else if j < tokens.count {
                who = describedPerson(from: j, limit: tokens.count)
            }
            if let m = who {
                let after = m.end
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

    /// Whether a speech verb comes within four tokens after `k` (outside quotations), before
    /// any comma ("Putin previously outlined, adding" is not Putin's "adding").
    func speechFollows(_ k: Int, limit: Int) -> Bool {
        var k = k
        var steps = 0
        while k < limit && steps < 4 {
            if flags(k).contains(.speech) && !inQuote(k) { return true }
            if tokens[k].isQuote || keys[k] == "," { return false }
            k += 1; steps += 1
        }
        return false
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
            guard !next.contains(where: { tokens[$0].isQuote }),
                  next.count <= 10 || onlyAttributes(next) else { return .none }
            j = next.lowerBound
            limit = next.upperBound
        }
        if keys[j] == "the" && mentionAt[j] < 0 && j + 1 < limit && (outletAt[j + 1] || mentionAt[j + 1] >= 0) { j += 1 }
        if outletAt[j] {
            if let e = quotedBy(outletAt: j, limit: limit) { return .speaker(e) }
            return .outlet
        }
        if statementAttribution(at: j, limit: limit) != nil {
            if let e = owner(ofWordAt: j + 1) ?? statementSpeaker(before: c) { return .speaker(e) }
            return .none
        }
        if let m = mentionStarting(at: j), m.entity >= 0,
           m.end >= limit || tokens[m.end].kind != .possessive {
            var k = m.end
            if k < limit && keys[k] == "," {
                // An apposition: "Cui Hongjian, a professor at ..., told the Global Times".
                k += 1
                while k < limit && keys[k] != "," && !tokens[k].isQuote { k += 1 }
                k += 1
            }
            return speechFollows(k, limit: limit) ? .speaker(m.entity) : .none
        }
        if flags(j).contains(.speech) {
            return speaker(ofVerb: j, lower: j)
        }
        // A descriptor before the name: "Treasury Secretary Bessent told reporters", "Mr
        // Medinsky added", "Germany's defence minister Boris Pistorius said".
        if let m = describedPerson(from: j, limit: limit), speechFollows(m.end, limit: limit) {
            return .speaker(m.entity)
        }
        // "Ukraine's foreign ministry said": a country or body that owns the speaking office.
        if let m = mentionStarting(at: j), m.entity >= 0, !isPerson(m.entity), m.end < limit,
           tokens[m.end].kind == .possessive, speechFollows(m.end + 1, limit: min(limit, m.end + 4)) {
            return .speaker(m.entity)
        }
        return .none
    }

    /// Whether a sentence only tells who spoke and how ("Zelensky said this in his nightly
    /// video address on Friday."): a speech verb among its first eight words, followed by
    /// nothing that was said — no clause, no "that".
    func onlyAttributes(_ s: Range<Int>) -> Bool {
        guard let v = s.prefix(8).first(where: { flags($0).contains(.speech) && mentionAt[$0] < 0 }) else { return false }
        var k = v + max(1, Int(wordLen[v]))
        while k < s.upperBound && Self.fillers.contains(keys[k]) && keys[k] != "on" { k += 1 }
        if s[k...].contains(where: { keys[$0] == "that" }) { return false }
        guard k < s.upperBound else { return true }
        let w = keys[k]
        return w == "." || w == "," || w == "this" || w == "so" || w == "it" || w == "these" || w == "those"
            || flags(k).contains(.objectWord)
    }

    /// Attribution from the words before an opening mark at `o`, back to token `lower`.
    func attributionBefore(_ o: Int, lower: Int) -> Attribution {
        // An attribution stands close before its quotation: looking no further than 60 words
        // (and 240 tokens, quoted ones included) keeps a page of quotation marks linear.
        let lower = max(lower, o - 240)
        var k = o - 1
        var sawOutlet = false
        var words = 0
        while k >= lower && words < 60 {
            if inQuote(k) { k -= 1; continue }
            words += 1
            if outletAt[k] && (k == lower || !outletAt[k - 1]), let e = quotedBy(outletAt: k, limit: o) {
                return .speaker(e)
            }
            if flags(k).contains(.speech) && mentionAt[k] < 0 {
                switch speaker(ofVerb: k, lower: lower) {
                case let .speaker(e): return .speaker(e)
                case .outlet: sawOutlet = true
                case .none: break
                }
            }
            k -= 1
        }
        // No speech verb with a name: the subject of the sentence (not a possessive: "Trump's
        // envoy" is not Trump).
        if let e = subject(from: lower, to: o) { return .speaker(e) }
        return sawOutlet ? .outlet : .none
    }
}
