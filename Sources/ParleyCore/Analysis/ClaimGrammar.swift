/// The questions the claim reading asks of a sentence's structure: is this name an object,
/// does this "that" open a relative clause, which cue or document does a name own, is there a
/// span of time, does a negation reach the signal.
extension ArticleScan {
    /// Whether a name only says where or with whom something happened: "since the London
    /// meeting", "the Istanbul talks".
    func namesAnEvent(_ m: Found) -> Bool {
        m.first > 0 && keys[m.first - 1] == "the" && m.end < tokens.count && word(m.end, .eventNouns)
    }

    /// Whether the name at `at` follows "and" (or "and the") and is no possessive, so that
    /// after a cue it is the subject of a new clause.
    func startsAClause(_ at: Int, lower: Int) -> Bool {
        var p = at - 1
        if p > lower && keys[p] == "the" { p -= 1 }
        guard p > lower, keys[p] == "and", let m = mentionStarting(at: at) else { return false }
        // "proposed that Kiev and Moscow resume talks": a pair opening a clause after "that"
        // is that clause's subject, not a new one.
        if p - 1 >= lower, mentionAt[p - 1] >= 0 {
            let before = found[Int(mentionAt[p - 1])].first
            if before > lower && keys[before - 1] == "that" { return false }
        }
        return m.end >= tokens.count || tokens[m.end].kind != .possessive
    }

    /// Whether a bare negation lists what an event did not bring ("produced a memorandum but
    /// no truce") rather than stating a position ("there will be no return to the borders").
    func listsAnOutcome(_ neg: Phrase) -> Bool {
        guard keys[neg.a] == "no", neg.a > 0 else { return false }
        let p = keys[neg.a - 1]
        return p == "but" || p == "and" || p == "or"
    }

    /// Whether a negation with no cue states the opposite of the signal: only articles and
    /// a few fillers between them ("no ceasefire", "never recognise", "no return to the 1991
    /// borders"), not a verb of its own ("would not help negotiations").
    func negates(_ neg: Phrase, signalAt at: Int) -> Bool {
        (neg.b..<at).allSatisfy { word($0, .negationFillers) || tokens[$0].kind == .number }
    }

    /// The end of "Russia-Ukraine talks" (a Russian and a Ukrainian name joined by a hyphen,
    /// then a talk word) starting at `m`, or nil.
    func pairedTalks(_ m: Found, upper: Int) -> Int? {
        guard m.end + 2 < upper, keys[m.end] == "-", let n = mentionStarting(at: m.end + 1), n.entity >= 0,
              n.end < upper, Set([party(of: m.entity), party(of: n.entity)]) == [.russia, .ukraine]
        else { return nil }
        var end = n.end
        if keys[end] == "peace" && end + 1 < upper { end += 1 }
        return word(end, .talkWords) ? end + 1 : nil
    }

    /// The end of "the sides", "the two sides", "both sides", "the warring sides" at `i`, or nil.
    func bothSidesEnd(_ i: Int, upper: Int) -> Int? {
        var j = i + 1
        if j < upper && (keys[j] == "two" || keys[j] == "warring") { j += 1 }
        guard j < upper, keys[j] == "sides", keys[i] == "both" || j > i + 1 || keys[i] == "the" else { return nil }
        // "on both sides of the front line" is a place.
        if j + 1 < upper && keys[j + 1] == "of" { return nil }
        if i > 0 && (keys[i - 1] == "on" || keys[i - 1] == "from") { return nil }
        return j + 1
    }

    /// Whether "that" at `i` follows a cue, maybe across a time ("proposed on Sunday that
    /// Russia and Ukraine resume talks"): what follows is what was proposed.
    func cueBeforeThat(_ i: Int, lower: Int) -> Bool {
        var p = i - 1
        while p >= lower && i - p <= 5 {
            if !flags(p).intersection(.cue).isEmpty { return true }
            guard word(p, .timeWords) || tokens[p].kind == .number else { return false }
            p -= 1
        }
        return false
    }

    /// Whether "that" at `i` opens a relative clause: a verb follows straight away ("a deal
    /// that would recognise", "a decree that rules out"), not a subject of its own.
    func opensRelativeClause(_ i: Int, upper: Int) -> Bool {
        let j = i + 1
        guard j < upper, mentionAt[j] < 0, i > 0, !flags(i - 1).contains(.speech) else { return false }
        // "... that recognising the annexation is a red line": a gerund opens a clause of its own.
        if keys[j].hasSuffix("ing") { return false }
        return word(j, .relativeVerbs) || !wordFlags[j].intersection([.support, .oppose]).isEmpty
    }

    /// Whether the mention at token `i` is the object of a phrase rather than one who acts.
    func isObject(_ i: Int, lower: Int, previousObject: Bool, previousEnd: Int) -> Bool {
        var p = i - 1
        if p >= lower && (keys[p] == "the" || keys[p] == "a" || keys[p] == "(") { p -= 1 }
        guard p >= lower else { return false }
        let pt = tokens[p]
        if keys[p] == "-" && p - 1 >= lower && mentionAt[p - 1] >= 0 { return true }
        if i + 1 < tokens.count, keys[i + 1] == "-", i + 2 < tokens.count, mentionAt[i + 2] >= 0 { return true }
        if flags(p).contains(.coordinator) && previousEnd >= p - 1 && previousEnd >= lower {
            return previousObject
        }
        if keys[p] == "," && previousEnd >= p - 1 && previousEnd >= lower {
            // A list goes on only when this name is followed by another comma or "and".
            if let m = mentionStarting(at: i) {
                var after = m.end
                if after < tokens.count && tokens[after].kind == .possessive { after += 1 }
                if after < tokens.count && (keys[after] == "," || flags(after).contains(.coordinator)) {
                    return previousObject
                }
            }
            return false
        }
        if keys[p] == "of" && p - 1 >= lower && word(p - 1, .listLeaders) {
            // "spoke with the leaders of France and Italy": the leaders are objects themselves.
            var q = p - 2
            if q >= lower && (keys[q] == "the" || keys[q] == "other") { q -= 1 }
            return q >= lower && flags(q).contains(.objectWord) && mentionAt[q] < 0
        }
        if keys[p] == "by" { return false }
        return flags(p).contains(.objectWord) && mentionAt[p] < 0
    }

    func signalFits(rule k: Int, at i: Int, length: Int, lower: Int, upper: Int) -> Bool {
        let near = lex.nearKeys[k], parties = lex.nearParties[k]
        if !(near.isEmpty && parties.isEmpty) && !context(near, parties, at: i, length: length, lower: lower, upper: upper) {
            return false
        }
        let notNear = lex.notNearKeys[k], notParties = lex.notNearParties[k]
        if notNear.isEmpty && notParties.isEmpty { return true }
        return !context(notNear, notParties, at: i, length: length, lower: lower, upper: upper)
    }

    /// The parties of the names joined to the phrase at `i` (right before it, or after "with"
    /// or "between").
    func partiesJoined(at i: Int, length: Int, lower: Int, upper: Int) -> Set<Party> {
        var out = Set<Party>()
        for j in max(lower, i - 1)..<min(upper, i + length + 4) where j < i || j >= i + length {
            let joined = j == i - 1 || j == i + length
                || (i + length..<j).contains { keys[$0] == "with" || keys[$0] == "between" || keys[$0] == "and" }
            if joined, mentionAt[j] >= 0 {
                let e = found[Int(mentionAt[j])].entity
                if e >= 0 { out.insert(party(of: e)) }
            }
        }
        return out
    }

    /// Whether one of `words` stands within five words of the phrase at `i`, or a mention of
    /// one of `parties` right before it or joined to it by "with"/"between" after it.
    func context(_ words: Set<String>, _ parties: [Party], at i: Int, length: Int, lower: Int,
                         upper: Int) -> Bool {
        let from = max(lower, i - 5), to = min(upper, i + length + 5)
        for j in from..<to where j < i || j >= i + length {
            if !words.isEmpty && words.contains(keys[j]) { return true }
            let joined = (j >= i + length && j < i + length + 3
                            && (i + length..<j).contains { keys[$0] == "with" || keys[$0] == "between" })
                || (j == i - 1)
            // A person named right after ("waiting for Vladimir Putin"), not a possessive.
            let next = j == i + length && mentionAt[j] >= 0 && found[Int(mentionAt[j])].first == j
                && found[Int(mentionAt[j])].entity >= 0 && isPerson(found[Int(mentionAt[j])].entity)
                && (found[Int(mentionAt[j])].end >= upper || tokens[found[Int(mentionAt[j])].end].kind != .possessive)
            if !parties.isEmpty && (joined || next), mentionAt[j] >= 0 {
                let e = found[Int(mentionAt[j])].entity
                if e >= 0 && parties.contains(party(of: e)) { return true }
            }
        }
        return false
    }

    /// The cue or document noun a name owns, starting the search at `j` (just after the
    /// name): after a possessive up to four modifier words may come between ("Putin's
    /// one-sided announcement", "Russia's Victory Day ceasefire plan", where the plan owns
    /// the ceasefire); without one only a document noun right after it ("a US proposal",
    /// "the Kremlin memorandum") or a hyphened participle ("U.S.-proposed"). -1 when none.
    func ownedWord(after j: Int, upper: Int, adjective: Bool = false) -> Int {
        guard j < upper else { return -1 }
        if tokens[j].kind == .possessive && !adjective {
            var k = j + 1
            while k < upper && k <= j + 5 {
                if tokens[k].isQuote { return -1 }
                if let m = mentionStarting(at: k) {
                    // "Trump's Ukraine strategy": a country's name may be one of the modifiers.
                    guard m.entity >= 0, !isPerson(m.entity), m.end < upper, tokens[m.end].kind != .possessive
                    else { return -1 }
                    k = m.end
                    continue
                }
                if let (len, _) = lex.signals.longest(at: k, in: tokens, limit: upper) {
                    // "Russia's ceasefire announcement": the noun after the signal is owned.
                    let n = k + len
                    return n < upper && !flags(n).intersection([.document, .support, .oppose]).isEmpty ? n : -1
                }
                if !flags(k).intersection([.document, .support, .oppose]).isEmpty { return k }
                let t = tokens[k]
                if !(t.isWord || t.kind == .number || keys[k] == "-") || wordLen[k] > 0 { return -1 }
                k += 1
            }
            return -1
        }
        // "Trump's Ukraine plan": the possessor before owns it, not the name in between.
        if !adjective, j > 0, mentionAt[j - 1] >= 0 {
            let m = found[Int(mentionAt[j - 1])]
            if m.first > 0 && tokens[m.first - 1].kind == .possessive { return -1 }
        }
        if keys[j] == "-", j + 1 < upper, tokens[j].start == tokens[j - 1].end,
           flags(j + 1).contains(.support) || flags(j + 1).contains(.oppose) {
            return j + 1
        }
        if flags(j).contains(.document) { return j }
        // "the Russian-drafted memorandum", "a US peace plan": one modifier may come between.
        if j + 1 < upper, tokens[j].isWord, wordLen[j] == 0, mentionAt[j] < 0, !word(j, .relativeVerbs),
           !word(j, .notModifiers),
           lex.signals.longest(at: j, in: tokens, limit: upper) == nil, flags(j + 1).contains(.document) {
            return j + 1
        }
        return -1
    }

    /// Whether a name after "joined" shares the subject's act: "leaders joined Zelenskyy in
    /// pressing Putin to accept a truce" — Zelenskyy presses too.
    func joinsTheSubject(_ m: Found, upper: Int) -> Bool {
        var p = m.first - 1
        while p >= 0 && (keys[p] == "the" || tokens[p].upper && mentionAt[p] < 0 && tokens[p].isWord && m.first - p < 3) {
            p -= 1
        }
        guard p >= 0, word(p, .joinVerbs) else { return false }
        var after = m.end
        if after < upper && tokens[after].kind == .possessive { return false }
        while after < upper && after < m.end + 4 && keys[after] != "in" && keys[after] != "to" { after += 1 }
        return after + 1 < upper && (keys[after] == "in" || keys[after] == "to")
            && !flags(after + 1).intersection(.cue).isEmpty
    }

    /// "declared by Russia" right after a signal: the agent and the participle's side.
    func participleAgent(after j: Int, upper: Int) -> (Int, (polarity: Int, text: Phrase))? {
        var k = j
        if k < upper && keys[k] == "," { return nil }
        guard k < upper, wordLen[k] > 0 else { return nil }
        let f = flags(k)
        // "declared by", "proposed by", and speech verbs of proposals ("suggested by").
        guard f.contains(.support) || f.contains(.oppose) || f.contains(.speech), keys[k].hasSuffix("ed") else { return nil }
        let cue = Phrase(a: k, b: k + Int(wordLen[k]))
        k += Int(wordLen[k])
        guard k + 1 < upper, keys[k] == "by" else { return nil }
        var at = k + 1
        if at + 1 < upper && keys[at] == "the" && mentionAt[at] < 0 { at += 1 }
        guard let m = mentionStarting(at: at), m.entity >= 0 else { return nil }
        return (m.entity, (f.contains(.oppose) ? -1 : 1, cue))
    }

    /// Whether the sentence gives a span of time: "for 30 days", "a 30-day", "for a month".
    func hasDuration(_ s: Range<Int>) -> Bool {
        for i in s where word(i, .durationUnits) {
            var p = i - 1
            if p >= s.lowerBound && keys[p] == "-" { p -= 1 }
            if p >= s.lowerBound && (tokens[p].kind == .number || keys[p] == "a" || keys[p] == "one" || keys[p] == "several") {
                return true
            }
        }
        return false
    }

    /// Whether the words from `j` refer to what the sentence before proposed: "those calls",
    /// "the proposal", "such demands".
    func previousReference(after j: Int, in s: Range<Int>) -> Int? {
        var k = j
        if k < s.upperBound && (keys[k] == "all" || keys[k] == "both") { k += 1 }
        guard k + 1 < s.upperBound, word(k, .referenceWords), word(k + 1, .referenceNouns) else {
            return nil
        }
        return k + 1
    }

    /// Whether a speech verb at `i` introduces what someone said (so it ends the clause):
    /// "said that", "said Moscow was", "told reporters," — not "claimed to annex".
    func introducesSpeech(_ i: Int, upper: Int) -> Bool {
        let j = i + max(1, Int(wordLen[i]))
        guard j < upper else { return false }
        let next = tokens[j]
        if keys[j] == "to" || keys[j] == "by" { return false }
        if word(j, .clauseOpeners) || next.isQuote || mentionAt[j] >= 0 { return true }
        // 'a statement saying, "Ukraine is ready ..."'
        if keys[j] == ",", j + 1 < upper, tokens[j + 1].kind == .openQuote { return true }
        return (j..<min(upper, j + 6)).contains { keys[$0] == "that" || keys[$0] == ":" }
    }
}
