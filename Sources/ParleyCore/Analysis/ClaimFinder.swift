/// Turns sentences into claims: who (holder) supports, opposes or conditionally supports
/// which issue, by which cue.
///
/// A sentence is read as a row of events: actor mentions, stance cues, negations,
/// conditions, issue signals and clause breaks. For each issue signal, the cues before it
/// in its clause form a chain ("rejected ... to agree to a ceasefire"); the signal's own
/// polarity times each cue's polarity, from the inside out, gives each cue's owner's stance.
/// The outermost cue belongs to the clause's subject (its first name not after a
/// preposition), or, when the clause has none, to the previous clause's subject or to the
/// speaker ("Macron stated that Ukraine is ready": Ukraine holds, Macron is the source).
/// Inner cues belong to an agent named with "by" ("an ultimatum by European leaders").
/// A negation turns the next cue or signal around; a condition word makes support
/// conditional, and the signals inside the condition itself make no claim.
extension ArticleScan {
    struct FoundClaim {
        var holder: Int
        var issue: Issue
        var stance: Stance
        var cue: String
        var sentence: Int
        var source: Int
        /// The reading rule that made the claim.
        var rule: String
        var confidence: Double
    }

    private enum Event {
        /// A name; `owns` is the token of the cue or document noun it owns ("Russia's
        /// proposal", "a US plan"), or -1.
        case mention(Int, object: Bool, at: Int, owns: Int = -1)
        /// A document noun ("memorandum", "plan") not otherwise a cue.
        case document(Phrase, at: Int)
        case cue(Int, issue: Issue?, text: Phrase, at: Int, except: UInt16 = 0)
        case negation(Phrase, at: Int)
        case condition(Phrase)
        case doubt
        case obligation
        case comma(backReference: Int?)
        /// "and"/"or" joining two items of a list.
        case listBreak
        case clauseBreak
        /// A clause opened by "when", "since", "after" ...: its subject is no subject of what
        /// comes after it.
        case subordinate
        /// "accused", "blamed", "is to blame for": `passive` when the accused is the subject.
        case accusation(passive: Bool, end: Int)
        /// "could be discussed", "as part of": what the clause supported so far is conditional.
        case qualifier(Phrase)
        /// "they": the group named last, when it is one.
        case they(at: Int)
        /// "or face", "or risk": what follows is the threat of whoever set the terms.
        case threatAlternative
        /// "and" right before a new verb cue ("rejected ... and called for ..."): the same
        /// subject acts again, the cues before no longer govern.
        case verbAgain
        /// A cue after a copula ("... is a red line", "... is unacceptable"): it judges what the
        /// clause has named so far.
        case predicate(Int, text: Phrase)
        case speech(Int, at: Int)
        /// A second speech verb of the same speaker ("and vowed").
        case speechAgain
        case signal(Issue, Int, text: Phrase, at: Int, holders: [Party])
        /// "a truce declared by Russia", "a ceasefire proposed by Trump": the agent's position,
        /// whatever clause holds it (even an open question).
        case agentClaim(Int, Issue, Int, cue: Phrase, text: Phrase, holders: [Party])
    }

    /// Who holds a claim and how the reading found them.
    struct Holders {
        enum How: String {
            /// The clause's subject ("Russia rejected ...").
            case subject = "subject"
            /// The subject of the clause before ("..., but has proposed ...").
            case previous = "previous subject"
            /// The one who speaks (a quotation's speaker, "X said that ...").
            case speaker = "speaker"
            /// An agent named with "by" or a possessive ("a truce declared by Russia").
            case agent = "agent"
        }
        var ids: [Int]
        var how: How
    }

    /// How sure a claim is, from the rule that read it and how its holder was found.
    static func confidence(rule: String, holder: Holders.How) -> Double {
        var c: Double
        switch holder {
        case .subject: c = 0.85
        case .agent: c = 0.8
        case .speaker: c = 0.75
        case .previous: c = 0.65
        }
        switch rule {
        case "cue chain", "inner cue": break
        case "hedged cue chain": c -= 0.4
        case "negated signal": c -= 0.1
        case "cue after signal": c -= 0.1
        case "refers back": c -= 0.15
        default: c -= 0.1
        }
        return max(0, min(1, c))
    }

    /// Words of the sentence kept as token positions, turned into text only for a claim.
    struct Phrase {
        var a: Int
        var b: Int
        var negA = -1
        var negB = -1
    }

    func say(_ p: Phrase) -> String {
        p.negA >= 0 ? text(p.negA, p.negB) + " " + text(p.a, p.b) : text(p.a, p.b)
    }

    private struct Link {
        var polarity: Int
        var issue: Issue?
        var owner: Int?
        var text: Phrase
        var at: Int
        /// Issues this general cue does not speak for (an issue cue stands at the same place).
        var except: UInt16 = 0
        /// Said of what a party can, could, may or might do.
        var hedged = false
    }

    static func bit(_ issue: Issue) -> UInt16 {
        UInt16(1) << UInt16(Issue.allCases.firstIndex(of: issue) ?? 0)
    }



    /// Whether a name only says where or with whom something happened: "since the London
    /// meeting", "the Istanbul talks".
    private func namesAnEvent(_ m: Found) -> Bool {
        m.first > 0 && keys[m.first - 1] == "the" && m.end < tokens.count && word(m.end, .eventNouns)
    }

    /// Whether the name at `at` follows "and" (or "and the") and is no possessive, so that
    /// after a cue it is the subject of a new clause.
    private func startsAClause(_ at: Int, lower: Int) -> Bool {
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
    private func listsAnOutcome(_ neg: Phrase) -> Bool {
        guard keys[neg.a] == "no", neg.a > 0 else { return false }
        let p = keys[neg.a - 1]
        return p == "but" || p == "and" || p == "or"
    }


    /// Whether a negation with no cue states the opposite of the signal: only articles and
    /// a few fillers between them ("no ceasefire", "never recognise", "no return to the 1991
    /// borders"), not a verb of its own ("would not help negotiations").
    private func negates(_ neg: Phrase, signalAt at: Int) -> Bool {
        (neg.b..<at).allSatisfy { word($0, .negationFillers) || tokens[$0].kind == .number }
    }


    /// The end of "Russia-Ukraine talks" (a Russian and a Ukrainian name joined by a hyphen,
    /// then a talk word) starting at `m`, or nil.
    private func pairedTalks(_ m: Found, upper: Int) -> Int? {
        guard m.end + 2 < upper, keys[m.end] == "-", let n = mentionStarting(at: m.end + 1), n.entity >= 0,
              n.end < upper, Set([party(of: m.entity), party(of: n.entity)]) == [.russia, .ukraine]
        else { return nil }
        var end = n.end
        if keys[end] == "peace" && end + 1 < upper { end += 1 }
        return word(end, .talkWords) ? end + 1 : nil
    }


    /// The end of "the sides", "the two sides", "both sides", "the warring sides" at `i`, or nil.
    private func bothSidesEnd(_ i: Int, upper: Int) -> Int? {
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
    private func cueBeforeThat(_ i: Int, lower: Int) -> Bool {
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
    private func opensRelativeClause(_ i: Int, upper: Int) -> Bool {
        let j = i + 1
        guard j < upper, mentionAt[j] < 0, i > 0, !flags(i - 1).contains(.speech) else { return false }
        // "... that recognising the annexation is a red line": a gerund opens a clause of its own.
        if keys[j].hasSuffix("ing") { return false }
        return word(j, .relativeVerbs) || !wordFlags[j].intersection([.support, .oppose]).isEmpty
    }

    /// Whether the mention at token `i` is the object of a phrase rather than one who acts.
    private func isObject(_ i: Int, lower: Int, previousObject: Bool, previousEnd: Int) -> Bool {
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

    private func signalFits(rule k: Int, at i: Int, length: Int, lower: Int, upper: Int) -> Bool {
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
    private func partiesJoined(at i: Int, length: Int, lower: Int, upper: Int) -> Set<Party> {
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
    private func context(_ words: Set<String>, _ parties: [Party], at i: Int, length: Int, lower: Int,
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
    private func joinsTheSubject(_ m: Found, upper: Int) -> Bool {
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
    private func participleAgent(after j: Int, upper: Int) -> (Int, (polarity: Int, text: Phrase))? {
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
    private func hasDuration(_ s: Range<Int>) -> Bool {
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
    private func introducesSpeech(_ i: Int, upper: Int) -> Bool {
        let j = i + max(1, Int(wordLen[i]))
        guard j < upper else { return false }
        let next = tokens[j]
        if keys[j] == "to" || keys[j] == "by" { return false }
        if word(j, .clauseOpeners) || next.isQuote || mentionAt[j] >= 0 { return true }
        // 'a statement saying, "Ukraine is ready ..."'
        if keys[j] == ",", j + 1 < upper, tokens[j + 1].kind == .openQuote { return true }
        return (j..<min(upper, j + 6)).contains { keys[$0] == "that" || keys[$0] == ":" }
    }

    /// `itMeans`: the owner of the document the sentence before was about ("The US plan
    /// envisages ... It also provides for lifting sanctions"), or -1.
    private func events(_ s: Range<Int>, speakerAt: [Int32], itMeans: Int = -1) -> [Event] {
        var out: [Event] = []
        var i = s.lowerBound
        var lastObject = false
        var lastEnd = -10
        var expectStart = true
        var intro = false
        var lastSignalEnd = -1
        while i < s.upperBound {
            let t = tokens[i]
            if t.kind == .openQuote { expectStart = true }
            if expectStart && t.isWord {
                expectStart = false
                intro = flags(i).contains(.objectWord) && mentionAt[i] < 0
            }
            if let m = mentionStarting(at: i), m.entity >= 0, let end = pairedTalks(m, upper: s.upperBound) {
                // "Russia-Ukraine peace talks", "Kyiv-Moscow negotiations": direct talks, for
                // whoever backs them.
                out.append(.signal(.directTalks, 1, text: Phrase(a: i, b: end), at: i, holders: []))
                lastSignalEnd = end
                i = end
                continue
            }
            if let m = mentionStarting(at: i), m.entity >= 0 {
                let obj = intro || namesAnEvent(m) || isObject(i, lower: s.lowerBound, previousObject: lastObject, previousEnd: lastEnd)
                    && !joinsTheSubject(m, upper: s.upperBound)
                out.append(.mention(m.entity, object: obj, at: i, owns: ownedWord(after: m.end, upper: s.upperBound)))
                lastObject = obj
                lastEnd = m.end - 1
                i = m.end
                if i < s.upperBound && tokens[i].kind == .possessive { lastEnd = i; i += 1 }
                continue
            }
            if t.kind == .word && speakerAt[i] >= 0 && word(i, .firstPerson) {
                let obj = intro || keys[i] == "us" || keys[i] == "me"
                    || isObject(i, lower: s.lowerBound, previousObject: lastObject, previousEnd: lastEnd)
                out.append(.mention(Int(speakerAt[i]), object: obj, at: i))
                lastObject = obj; lastEnd = i
                i += 1
                continue
            }
            if t.kind == .word && word(i, .they) && !inQuote(i) {
                out.append(.they(at: i))
                i += 1
                continue
            }
            if t.kind == .word && mentionAt[i] < 0 && (keys[i] == "the" || keys[i] == "both"),
               let end = bothSidesEnd(i, upper: s.upperBound), let ru = lex.partyEntity[.russia],
               let ua = lex.partyEntity[.ukraine] {
                // "the sides", "both sides": Russia and Ukraine.
                let obj = intro || isObject(i, lower: s.lowerBound, previousObject: lastObject, previousEnd: lastEnd)
                out.append(.mention(ru, object: obj, at: i))
                out.append(.mention(ua, object: obj, at: i))
                lastObject = obj; lastEnd = end - 1
                i = end
                continue
            }
            if t.kind == .word && keys[i] == "it" && itMeans >= 0 && i == s.lowerBound {
                out.append(.mention(itMeans, object: false, at: i))
                lastObject = false; lastEnd = i
                i += 1
                continue
            }
            if t.kind == .word && itEntity[i] >= 0 {
                let obj = intro || isObject(i, lower: s.lowerBound, previousObject: lastObject, previousEnd: lastEnd)
                out.append(.mention(Int(itEntity[i]), object: obj, at: i))
                lastObject = obj; lastEnd = i
                i += 1
                continue
            }
            if keys[i] == "," {
                if intro { lastObject = false; lastEnd = -10 }
                intro = false
                var j = i + 1
                if j < s.upperBound && (keys[j] == "a" || keys[j] == "an" || keys[j] == "the") { j += 1 }
                out.append(.comma(backReference: j < s.upperBound && word(j, .backReferences) ? j : nil))
            }
            if t.kind == .word, mentionAt[i] < 0, lex.partyWords.hasFirst(t),
               let (len, party) = lex.partyWords.longest(at: i, in: tokens), let e = lex.partyEntity[party] {
                // "the Russian memorandum", "a European counter-proposal": the document speaks
                // for the party.
                let owned = ownedWord(after: i + len, upper: s.upperBound, adjective: true)
                if owned >= 0 {
                    out.append(.mention(e, object: true, at: i, owns: owned))
                    i += len
                    continue
                }
            }
            var advance = 1
            let eventsBefore = out.count
            let signal = lex.signals.longest(at: i, in: tokens, limit: s.upperBound)
            if let (len, cues) = lex.issueCues.longest(at: i, in: tokens, limit: s.upperBound),
               len > (signal?.length ?? 0) {
                let phrase = Phrase(a: i, b: i + len)
                var except: UInt16 = 0
                for c in cues {
                    out.append(.cue(c.polarity == .oppose ? -1 : 1, issue: c.issue, text: phrase, at: i))
                    except |= Self.bit(c.issue)
                }
                // The same words may be a general cue for the other issues ("give up" strikes
                // is a halt; "give up" NATO membership is opposition).
                let f = wordFlags[i]
                if wordLen[i] > 0 && (f.contains(.support) || f.contains(.oppose)) && !f.contains(.negation) {
                    out.append(.cue(f.contains(.oppose) ? -1 : 1, issue: nil,
                                    text: Phrase(a: i, b: i + Int(wordLen[i])), at: i, except: except))
                }
                advance = len
            } else if wordLen[i] > 0 {
                let f = wordFlags[i]
                let len = Int(wordLen[i])
                let phrase = Phrase(a: i, b: i + len)
                if f.contains(.qualifier) {
                    out.append(.qualifier(phrase)); advance = len
                } else if f.contains(.accusation) {
                    out.append(.accusation(passive: keys[i] == "to" || keys[i] == "is" || keys[i] == "are"
                                           || keys[i] == "was", end: i + len)); advance = len
                } else if f.contains(.negation) {
                    out.append(.negation(phrase, at: i)); advance = len
                } else if f.contains(.condition) {
                    out.append(.condition(phrase)); advance = len
                } else if f.contains(.doubt) {
                    out.append(.doubt); advance = len
                } else if f.contains(.obligation) {
                    out.append(.obligation); advance = len
                } else if keys[i] == "and" && i > s.lowerBound && keys[i - 1] == "," && i + 1 < s.upperBound
                            && word(i + 1, .auxiliaries)
                            && out.contains(where: { if case .speech = $0 { return true } else { return false } }) {
                    // "He has said that Russia's concession would be ..., and has pressed Kyiv to
                    // accept ...": the speaker acts again.
                    out.append(.clauseBreak)
                    out.append(.speechAgain)
                    expectStart = false
                    intro = false
                } else if keys[i] == "that" && i > s.lowerBound && (keys[i - 1] == "and" || keys[i - 1] == "but")
                            && out.contains(where: { if case .speech = $0 { return true } else { return false } }) {
                    // "said Kyiv had misused hospitals, but that a moratorium could be studied":
                    // a second thing the same speaker said, not a clause of the last subject.
                    out.append(.clauseBreak)
                    out.append(.speechAgain)
                    expectStart = false
                    intro = false
                } else if keys[i] == "that", i == lastSignalEnd, i + 1 < s.upperBound, mentionStarting(at: i + 1) != nil {
                    // "the truce that Russia declared": what the name does next is done to the signal.
                    out.append(.comma(backReference: i)); advance = len
                } else if f.contains(.clauseBreak) && !(keys[i] == "yet" && i + 1 < s.upperBound && keys[i + 1] == "to")
                            // "recognising Crimea as Russia's": no clause starts at "as".
                            && !(keys[i] == "as" && i + 1 < s.upperBound && mentionStarting(at: i + 1).map {
                                $0.end < s.upperBound && tokens[$0.end].kind == .possessive } == true)
                            // "demanded that Kyiv withdraw": what follows is the demand itself.
                            && !(keys[i] == "that" && cueBeforeThat(i, lower: s.lowerBound))
                            // "rejected any deal that would recognise ...": a relative clause goes
                            // on with the cue before it.
                            && !(keys[i] == "that" && opensRelativeClause(i, upper: s.upperBound)) {
                    out.append(word(i, .subordinators) ? .subordinate : .clauseBreak); advance = len
                    expectStart = false
                    intro = false
                } else if f.contains(.judgement) && (f.contains(.support) || f.contains(.oppose)),
                          i > s.lowerBound, word(i - 1, .copulas) || (i > s.lowerBound + 1
                            && word(i - 2, .copulas) && (keys[i - 1] == "a" || keys[i - 1] == "an")) {
                    out.append(.predicate(f.contains(.oppose) ? -1 : 1, text: phrase)); advance = len
                } else if f.contains(.support) || f.contains(.oppose) {
                    if f.contains(.document), let (agent, _) = participleAgent(after: i + len, upper: s.upperBound) {
                        out.append(.mention(agent, object: true, at: i, owns: i))
                    }
                    out.append(.cue(f.contains(.oppose) ? -1 : 1, issue: nil, text: phrase, at: i)); advance = len
                } else if f.contains(.document) {
                    // "the peace plan suggested by Trump": the agent owns the plan.
                    if let (agent, _) = participleAgent(after: i + len, upper: s.upperBound) {
                        out.append(.mention(agent, object: true, at: i, owns: i))
                    }
                    out.append(.document(phrase, at: i)); advance = len
                } else if f.contains(.coordinator) && (keys[i] == "and" || keys[i] == "or") {
                    let next = i + 1 < s.upperBound ? i + 1 : i
                    // A finite verb, not a gerund continuing a list ("such as recognising ... and
                    // excluding ...").
                    let verb = next > i && mentionAt[next] < 0 && tokens[next].isWord && !keys[next].hasSuffix("ing")
                        && !flags(next).intersection(.cue).isEmpty && !flags(next).contains(.document)
                    let threat = next > i && word(next, .threatVerbs) && keys[i] == "or"
                    out.append(threat ? .threatAlternative : verb ? .verbAgain : .listBreak)
                } else if f.contains(.speech) && !inQuote(i) && i > s.lowerBound && keys[i - 1] == "and" {
                    // "said ... and vowed to ...": the same speaker goes on.
                    out.append(.speechAgain); advance = len
                } else if f.contains(.speech) && !inQuote(i) && introducesSpeech(i, upper: s.upperBound) {
                    var who = -1
                    if case let .speaker(e) = speaker(ofVerb: i, lower: s.lowerBound) { who = e }
                    out.append(.speech(who, at: i)); advance = len
                    expectStart = true
                }
            }
            // A phrase that made no event of its own ("such as") still covers its words: "as"
            // inside it is no clause break.
            if out.count == eventsBefore && wordLen[i] > 1 && signal == nil { advance = Int(wordLen[i]) }
            if let (len, rules) = signal {
                var seen: UInt16 = 0
                for k in rules where signalFits(rule: k, at: i, length: len, lower: s.lowerBound, upper: s.upperBound) {
                    let rule = lex.rules[k]
                    let bit = UInt16(1) << UInt16(Issue.allCases.firstIndex(of: rule.issue) ?? 0)
                    var holders = rule.holders
                    if !holders.isEmpty && !lex.nearParties[k].isEmpty {
                        // "a meeting with Gerasimov" is no direct talk for Russia: the party
                        // named with the talk word is the other side, never the holder.
                        let named = partiesJoined(at: i, length: len, lower: s.lowerBound, upper: s.upperBound)
                        holders.removeAll { named.contains($0) }
                        if holders.isEmpty { continue }
                    }
                    if seen & bit == 0 {
                        seen |= bit
                        if let cue = rule.cue {
                            out.append(.cue(cue == .oppose ? -1 : 1, issue: rule.issue, text: Phrase(a: i, b: i + len), at: i))
                        }
                        out.append(.signal(rule.issue, rule.polarity == .oppose ? -1 : 1, text: Phrase(a: i, b: i + len),
                                           at: i, holders: holders))
                        if let (agent, cue) = participleAgent(after: i + len, upper: s.upperBound) {
                            out.append(.agentClaim(agent, rule.issue, (rule.polarity == .oppose ? -1 : 1) * cue.polarity,
                                                   cue: cue.text, text: Phrase(a: i, b: i + len), holders: holders))
                        }
                    }
                }
                // A phrase that does not fit here ("a meeting" with no party near) leaves its
                // words to the phrases starting inside it ("meeting of presidents").
                if seen != 0 { advance = max(advance, len); lastSignalEnd = i + len }
            }
            i += advance
        }
        return out
    }

    func findClaims(quotes: [FoundQuote]) -> [FoundClaim] {
        var speakerAt = [Int32](repeating: -1, count: tokens.count)
        for q in quotes where q.speaker >= 0 {
            for i in q.first..<min(q.end, tokens.count) { speakerAt[i] = Int32(q.speaker) }
        }
        var out: [FoundClaim] = []
        var previousClaims: [FoundClaim] = []
        var documentSubject = -1
        var previousSubjects: [Int] = []
        for (si, s) in sentences.enumerated() {
            let evs = events(s, speakerAt: speakerAt, itMeans: documentSubject)
            documentSubject = -1
            var sentenceSpeaker = -1
            for i in s where speakerAt[i] >= 0 { sentenceSpeaker = Int(speakerAt[i]); break }
            var claims: [FoundClaim] = []
            var clause: [FoundClaim] = []
            var subjects: [Int] = []
            var fallback: [Int] = []
            var locked = false
            var chain: [Link] = []
            var negation: (Phrase, Int)? = nil
            var negated: (Phrase, Int)? = nil
            var inCondition = false
            var conditional: Phrase? = nil
            var orphans: [(Issue, Int, Phrase, Int, [Party])] = []
            var orphanCue: Link? = nil
            var clauseSpeaker = sentenceSpeaker
            // Signals of the clause so far, and a cue after ", terms Kyiv rejects" that points back at them.
            var clauseSignals: [(Issue, Int, Phrase, [Party])] = []
            var backMode = false
            var usedSignal = false
            var backNoun = -1
            var backSubjects: [Int] = []
            var backCue: Link? = nil
            var signalAfterBack = false
            var mainFallback: [Int]? = nil
            // A duty with no cue of its own: "the exchange of territories will have to take
            // place", "both sides should lay down their arms" — the speaker's demand.
            var obliged = false
            // What a condition names and whether it is negated overall: "sanctions if it does
            // not agree to a ceasefire" demands the ceasefire.
            var conditionSignals: [(Issue, Int, [Party])] = []
            var conditionPolarity = 1
            var threatCondition = false
            // Claims of the clause made since its last comma or "and": a condition governs
            // only those ("the need for a truce, and sanctions if it refuses").
            var segmentStart = 0
            var conditionFrom = 0
            var obligedOwners = Holders(ids: [], how: .subject)
            // An owned cue with no signal after it ("despite Ukraine's rejection") points back
            // at the signals of the sentence's earlier clauses.
            var sentenceSignals: [(Issue, Int, Phrase, [Party])] = []
            var ownedCue: Link? = nil
            var clauseHasSignal = false
            // An accusation: "accused Kyiv of refusing to cede Crimea" states the accused's
            // stance and the opposite one of the accuser.
            var accuser: Holders? = nil
            var sentenceSubjects: [Int] = []
            var participleSpeaker: Int? = nil
            // Where the signal being read stands: inside whose words.
            var signalAt = -1
            // The last clause subject of several names: what "they" means.
            var group: [Int] = previousSubjects.count > 1 ? previousSubjects : []
            var accusedNext = false
            var accusedAt = -1
            var recentObject = -1
            // A cue on "those calls", "the proposal": the sentence before named the issue.
            var previousReference: (Link, Holders)? = nil
            // Cues and document nouns owned by a name ("Russia's proposal"), by token.
            var ownerAt: [Int: Int] = [:]
            // The signals read last, with the token after them: a noun right there that a
            // name owns ("Russia's ceasefire announcement") states that name's support.
            var lastSignals: [(issue: Issue, polarity: Int, text: Phrase, end: Int, holders: [Party])] = []
            func ownedAfterSignal(_ at: Int, _ polarity: Int, _ text: Phrase) -> Bool {
                guard let o = ownerAt[at], let end = lastSignals.last?.end, end == at else { return false }
                for sig in lastSignals where sig.end == at {
                    emit(Holders(ids: [o], how: .agent), sig.issue, sig.polarity * polarity,
                         say(text) + " (" + say(sig.text) + ")", rule: "owned document", only: sig.holders)
                }
                return true
            }

            func emit(_ who: Holders, _ issue: Issue, _ polarity: Int, _ cue: String, rule: String,
                      only parties: [Party] = []) {
                let base = Self.confidence(rule: rule, holder: who.how)
                for o in who.ids where parties.isEmpty || parties.contains(party(of: o)) {
                    var sure = base
                    // What an analyst or a third country says another party wants is their
                    // reading, not that party's stated position.
                    if signalAt >= 0, speakerAt[signalAt] >= 0, Int(speakerAt[signalAt]) != o,
                       party(of: Int(speakerAt[signalAt])) == .other { sure -= 0.4 }
                    clause.append(FoundClaim(holder: o, issue: issue, stance: polarity > 0 ? .support : .oppose,
                                             cue: cue, sentence: si, source: clauseSpeaker,
                                             rule: rule + ", " + who.how.rawValue, confidence: sure))
                }
            }
            func owners() -> Holders {
                if !subjects.isEmpty { return Holders(ids: subjects, how: .subject) }
                if !fallback.isEmpty { return Holders(ids: fallback, how: .previous) }
                if clauseSpeaker >= 0 { return Holders(ids: [clauseSpeaker], how: .speaker) }
                return Holders(ids: [], how: .subject)
            }
            func owner(of link: Link) -> Holders {
                link.owner.map { Holders(ids: [$0], how: .agent) } ?? owners()
            }
            func flush() {
                if sentenceSubjects.isEmpty && !subjects.isEmpty { sentenceSubjects = subjects }
                if subjects.count > 1 { group = subjects }
                if backMode, let cue = backCue, !signalAfterBack {
                    let who = backSubjects.isEmpty ? owners() : Holders(ids: backSubjects, how: .subject)
                    for (issue, pol, text, holders) in clauseSignals {
                        emit(who, issue, pol * cue.polarity, say(cue.text) + " (" + say(text) + ")", rule: "refers back",
                             only: holders)
                    }
                }
                backMode = false; backSubjects = []; backCue = nil; signalAfterBack = false
                if let cue = orphanCue {
                    for (issue, pol, text, _, holders) in orphans
                    where (cue.issue == nil && cue.except & Self.bit(issue) == 0) || cue.issue == issue {
                        emit(owner(of: cue), issue, pol * cue.polarity, say(cue.text) + " (" + say(text) + ")",
                             rule: "cue after signal", only: holders)
                    }
                }
                if obliged, chain.isEmpty, orphanCue == nil {
                    for (issue, pol, text, _, holders) in orphans {
                        emit(obligedOwners.ids.isEmpty ? owners() : obligedOwners, issue, pol, "must (" + say(text) + ")",
                             rule: "demanded", only: holders)
                    }
                }
                if let cue = ownedCue, let o = cue.owner {
                    var done = Set<Issue>()
                    let earlier = sentenceSignals.filter { $0.2.b <= cue.at }
                    for (issue, pol, text, holders) in earlier where done.insert(issue).inserted {
                        emit(Holders(ids: [o], how: .agent), issue, pol * cue.polarity,
                             say(cue.text) + " (" + say(text) + ")", rule: "refers back", only: holders)
                    }
                }
                if conditionPolarity < 0 && threatCondition {
                    // "threatened Russia with sanctions if it did not agree to a ceasefire": whoever
                    // threatens wants the ceasefire.
                    let threats = clause.filter { $0.issue == .sanctions && $0.stance == .support }
                    for t in threats {
                        for (issue, pol, holders) in conditionSignals
                        where issue != .sanctions && pol > 0 && (holders.isEmpty || holders.contains(party(of: t.holder))) {
                            clause.append(FoundClaim(holder: t.holder, issue: issue, stance: .support,
                                                     cue: t.cue + " (demand behind the threat)", sentence: si,
                                                     source: t.source, rule: "demand behind a threat", confidence: t.confidence - 0.1))
                        }
                    }
                }
                if let acc = accuser {
                    for c in clause where c.rule.hasPrefix("cue chain") && c.stance != .conditional {
                        for a in acc.ids where party(of: a) != party(of: c.holder) {
                            clause.append(FoundClaim(holder: a, issue: c.issue, stance: c.stance == .oppose ? .support : .oppose,
                                                     cue: "accused: " + c.cue, sentence: si, source: c.source,
                                                     rule: "accusation", confidence: 0.7))
                        }
                    }
                }
                accuser = nil
                accusedNext = false
                ownedCue = nil
                clauseHasSignal = false
                obliged = false
                obligedOwners = Holders(ids: [], how: .subject)
                conditionSignals = []
                conditionPolarity = 1
                threatCondition = false
                for (k, var c) in clause.enumerated() {
                    if c.rule == "demand behind a threat" || k < conditionFrom { claims.append(c); continue }
                    if let conditional, c.stance == .support {
                        c.stance = .conditional
                        c.cue += "; " + say(conditional)
                    } else if let conditional, c.stance == .oppose, c.issue == .sanctions {
                        // Lifting sanctions "only after" or "until" something is keeping them
                        // until then.
                        c.stance = .conditional
                        c.cue += "; " + say(conditional)
                    }
                    claims.append(c)
                }
                clause = []
                segmentStart = 0
                conditionFrom = 0
            }
            for ev in evs {
                switch ev {
                case let .mention(e, object, at, owns):
                    if inCondition { continue }
                    if owns >= 0 {
                        // "Russia's proposal", "a US plan": the name owns what follows and is
                        // no subject of the clause.
                        ownerAt[owns] = e
                        continue
                    }
                    if accusedNext {
                        accusedNext = false
                        if at == accusedAt {
                            subjects = [e]
                            continue
                        }
                    }
                    if object { recentObject = e }
                    if at > s.lowerBound && keys[at - 1] == "by" {
                        if let cue = orphanCue, cue.owner == nil, chain.count <= 1 {
                            orphanCue?.owner = e
                        } else if !chain.isEmpty && chain[chain.count - 1].owner == nil {
                            chain[chain.count - 1].owner = e
                        }
                    } else if backMode {
                        if !object && backCue == nil { backSubjects.append(e) }
                    } else if !object && locked && startsAClause(at, lower: s.lowerBound) {
                        // "Trump announced a call with Putin and European leaders pressed for
                        // sanctions": a new subject after "and" opens a clause of its own.
                        flush()
                        fallback = subjects
                        subjects = [e]; chain = []; locked = false; conditional = nil
                        orphans = []; orphanCue = nil; negation = nil
                    } else if !object && !locked {
                        subjects.append(e)
                    }
                case let .cue(pol, issue, text, at, except):
                    if backMode && at == backNoun { continue }
                    // Cues inside a condition belong to the condition ("if Russia refused ...").
                    if inCondition { conditionPolarity *= pol; continue }
                    var p = pol, t = text
                    if let (neg, nAt) = negation, at - nAt <= 4 {
                        p = -p; t.negA = neg.a; t.negB = neg.b
                        negation = nil
                        negated = (neg, at)
                    } else if let (neg, nAt) = negated, nAt == at {
                        // The issue cue and the general cue on the same words share the negation.
                        p = -p; t.negA = neg.a; t.negB = neg.b
                    }
                    if ownedAfterSignal(at, p, t) { continue }
                    locked = true
                    if backMode && backCue == nil && issue == nil {
                        backCue = Link(polarity: p, issue: nil, owner: nil, text: t, at: at, except: except)
                        continue
                    }
                    if let o = ownerAt[at], !locked, subjects.isEmpty, flags(at).contains(.document) { documentSubject = o }
                    var link = Link(polarity: p, issue: issue, owner: ownerAt[at], text: t, at: at, except: except)
                    // "Hungary can block the rollover": what a party can or may do is no stance yet;
                    // "did not announce sanctions" tells what did not happen.
                    if at > s.lowerBound, word(at - 1, .modals) { link.hedged = true }
                    if p != pol && flags(at).contains(.event) { link.hedged = true }
                    // "despite Ukraine's rejection" closing a clause points back; "Ukraine's request
                    // for a meeting" does not.
                    if link.owner != nil, at > 0, tokens[at - 1].kind == .possessive, !clauseHasSignal,
                       t.b >= s.upperBound || [".", ",", ";", ":", ")", "—", "–"].contains(keys[t.b]) { ownedCue = link }
                    if t.b < s.upperBound, tokens[t.b].isWord, self.previousReference(after: t.b, in: s) != nil {
                        previousReference = (link, link.owner.map { Holders(ids: [$0], how: .agent) } ?? owners())
                    }
                    // A cue right after a lone signal, or a participle with its agent ("a truce
                    // declared by Russia"), applies to it; one further on ("ceasefire view: Putin
                    // doesn't want ...") does not.
                    if chain.isEmpty, orphanCue == nil, let last = orphans.last, keys[t.b - 1] != "that",
                       at - last.2.b <= 2 || (at - last.2.b <= 5 && t.b < s.upperBound && keys[t.b] == "by"),
                       !(last.2.b..<at).contains(where: { mentionAt[$0] >= 0 || keys[$0] == ":" }) {
                        orphanCue = link
                    } else {
                        chain.append(link)
                    }
                case let .agentClaim(agent, issue, pol, cue, text, holders):
                    emit(Holders(ids: [agent], how: .agent), issue, pol, say(cue) + " by (" + say(text) + ")",
                         rule: "agent", only: holders)
                    if inCondition {
                        // An open question keeps its agent's claim: it is stated as fact.
                        claims.append(contentsOf: clause.filter { $0.rule.hasPrefix("agent") })
                        clause.removeAll { $0.rule.hasPrefix("agent") }
                    }
                case let .document(text, at):
                    if inCondition { continue }
                    if ownedAfterSignal(at, 1, text) { continue }
                    // "Putin's memorandum on a ceasefire": an owned document is a cue of its owner.
                    if let o = ownerAt[at] {
                        if !locked && subjects.isEmpty { documentSubject = o }
                        locked = true
                        chain.append(Link(polarity: 1, issue: nil, owner: o, text: text, at: at))
                    }
                case let .negation(text, at):
                    if inCondition { conditionPolarity = -conditionPolarity; continue }
                    negation = (text, at)
                case let .condition(text):
                    inCondition = true
                    conditional = text
                    conditionFrom = segmentStart
                    conditionSignals = []
                    conditionPolarity = 1
                    threatCondition = true
                case .doubt:
                    inCondition = true
                    conditionSignals = []
                    conditionPolarity = 1
                    threatCondition = false
                case .obligation:
                    if !inCondition && !obliged {
                        obliged = true
                        // Who demands: the clause's holder now, or the speaker when the duty is
                        // another party's ("Moscow must agree to a ceasefire," Starmer said).
                        var who = owners()
                        if let first = who.ids.first, clauseSpeaker >= 0, who.how == .subject,
                           party(of: clauseSpeaker) != party(of: first) {
                            who = Holders(ids: [clauseSpeaker], how: .speaker)
                        }
                        obligedOwners = who
                    }
                    // "Moscow must agree to a ceasefire," Starmer said: the speaker's demand.
                    if chain.isEmpty, let first = subjects.first, clauseSpeaker >= 0,
                       party(of: clauseSpeaker) != party(of: first) {
                        subjects = [clauseSpeaker]
                    }
                case .listBreak:
                    if !inCondition { segmentStart = clause.count }
                    // The next item of a list starts afresh below the clause's main cue:
                    // "renunciation of NATO membership and the lifting of sanctions".
                    if usedSignal && chain.count > 1 { chain.removeLast(chain.count - 1) }
                    usedSignal = false
                case let .comma(backReference):
                    if !inCondition { segmentStart = clause.count }
                    inCondition = false
                    if usedSignal && chain.count > 1 { chain.removeLast(chain.count - 1) }
                    usedSignal = false
                    if let noun = backReference, !clauseSignals.isEmpty, !backMode { backMode = true; backNoun = noun }
                case .subordinate:
                    flush()
                    if !subjects.isEmpty { fallback = subjects }
                    if mainFallback == nil { mainFallback = fallback }
                    subjects = []; chain = []; locked = false; inCondition = false; conditional = nil
                    orphans = []; orphanCue = nil; negation = nil
                case let .qualifier(text):
                    if inCondition { continue }
                    for k in clause.indices where clause[k].stance == .support {
                        clause[k].stance = .conditional
                        clause[k].cue += "; " + say(text)
                    }
                case let .accusation(passive, end):
                    if inCondition { continue }
                    if passive {
                        // "Moscow is to blame for rejecting the truce, Kyiv says."
                        if clauseSpeaker >= 0 { accuser = Holders(ids: fallback.isEmpty ? [clauseSpeaker] : fallback, how: .speaker) }
                    } else {
                        // "Trump accused Zelenskyy of refusing ...": Zelenskyy acts next; "accused
                        // him" is the person just named.
                        accuser = owners()
                        subjects = []; chain = []; locked = false; accusedNext = true
                        accusedAt = end
                        if end < s.upperBound, ["him", "her", "them"].contains(keys[end]), recentObject >= 0 {
                            subjects = [recentObject]; accusedNext = false
                        }
                    }
                case .they:
                    if inCondition || locked || !subjects.isEmpty { continue }
                    if !group.isEmpty { subjects = group }
                case .threatAlternative:
                    // "rejected an ultimatum by Europe to accept a truce or face sanctions": the
                    // sanctions are Europe's threat; "pressed Putin to accept ... or face
                    // sanctions": the presser's.
                    if let owned = chain.last(where: { $0.owner != nil }) { chain = [owned] }
                    else if let first = chain.first { chain = [first] }
                    usedSignal = false
                case .verbAgain:
                    flush()
                    chain = []; locked = true; orphans = []; orphanCue = nil; negation = nil; usedSignal = false
                    // "Zelenskyy rejected the truce, saying it would not help, and backed ...":
                    // after what was said, "and" goes back to the one who said it.
                    if let speaker = participleSpeaker { subjects = [speaker]; participleSpeaker = nil }
                case let .predicate(pol, text):
                    // "Recognising the annexation is a red line", "a truce is necessary": the
                    // judgement turns what the clause has said so far.
                    if inCondition { continue }
                    var p = pol
                    if let (neg, nAt) = negation, text.a - nAt <= 4 { p = -p; negation = nil }
                    if clause.isEmpty {
                        for (issue, sp, st, _, holders) in orphans {
                            emit(owners(), issue, sp * p, say(text) + " (" + say(st) + ")", rule: "judged", only: holders)
                        }
                        orphans = []
                    } else if p < 0 {
                        for k in clause.indices {
                            clause[k].stance = clause[k].stance == .oppose ? .support : .oppose
                            clause[k].cue += "; " + say(text)
                        }
                    }
                case .clauseBreak:
                    flush()
                    if let main = mainFallback {
                        // The clause after "when Russia invaded in 2022, ..." goes back to the
                        // sentence's own subject.
                        fallback = main
                        mainFallback = nil
                    } else if !subjects.isEmpty { fallback = subjects }
                    subjects = []; chain = []; locked = false; inCondition = false; conditional = nil
                    orphans = []; orphanCue = nil; negation = nil
                case .speechAgain:
                    flush()
                    // "The leaders of Britain and France travelled to Kyiv and said they ...".
                    if clauseSpeaker >= 0 { fallback = [clauseSpeaker] } else if !subjects.isEmpty { fallback = subjects }
                    subjects = []; chain = []; locked = false; inCondition = false
                    orphans = []; orphanCue = nil; negation = nil
                case let .speech(who, at):
                    flush()
                    if at > s.lowerBound && keys[at - 1] == "," && keys[at].hasSuffix("ing") {
                        participleSpeaker = who >= 0 ? who : (subjects.first ?? fallback.first)
                    }
                    mainFallback = nil
                    let speaker = who >= 0 ? who : (subjects.first ?? -1)
                    // "Ukraine and the US say they are ready": both speak.
                    if speaker >= 0 {
                        clauseSpeaker = speaker
                        fallback = subjects.count > 1 && (who < 0 || subjects.contains(who)) ? subjects : [speaker]
                    }
                    // A condition before "X said," still governs what follows.
                    subjects = []; chain = []; locked = false; inCondition = false
                    orphans = []; orphanCue = nil; negation = nil
                case let .signal(issue, pol, text, at, holders):
                    signalAt = at
                    if inCondition { conditionSignals.append((issue, pol, holders)); continue }
                    sentenceSignals.append((issue, pol, text, holders))
                    ownedCue = nil
                    clauseHasSignal = true
                    if lastSignals.last.map({ $0.end != text.b }) ?? false { lastSignals = [] }
                    lastSignals.append((issue, pol, text, text.b, holders))
                    if backMode { signalAfterBack = true; continue }
                    clauseSignals.append((issue, pol, text, holders))
                    var p = pol
                    var negatedBy: Phrase? = nil
                    // A negation inside the signal itself ("no further territory ceded") is the
                    // signal's own.
                    if let (neg, nAt) = negation, nAt < at, at - nAt <= 4, chain.last.map({ $0.at < nAt }) ?? true {
                        p = -p
                        negation = nil
                        negatedBy = neg
                    }
                    usedSignal = true
                    let links = chain.filter { ($0.issue == nil && $0.except & Self.bit(issue) == 0) || $0.issue == issue }
                    if links.isEmpty, let neg = negatedBy, !listsAnOutcome(neg), negates(neg, signalAt: at) {
                        // "there will be no return to the 1991 borders", "Kyiv will never recognise
                        // occupied territories": the negation is the cue.
                        emit(owners(), issue, p, say(neg) + " (" + say(text) + ")", rule: "negated signal", only: holders)
                        continue
                    }
                    if links.isEmpty {
                        orphans.append((issue, p, text, at, holders))
                        continue
                    }
                    var acc = p
                    for (k, link) in links.enumerated().reversed() {
                        acc *= link.polarity
                        if k == 0 {
                            emit(owner(of: link), issue, acc, say(link.text), rule: link.hedged ? "hedged cue chain" : "cue chain",
                                 only: holders)
                        } else if let o = link.owner {
                            emit(Holders(ids: [o], how: .agent), issue, acc, say(link.text), rule: "inner cue", only: holders)
                        }
                    }
                }
            }
            flush()
            if claims.isEmpty, sentenceSignals.isEmpty, let (cue, who) = previousReference {
                // "Russia has consistently rebuffed those calls": the calls are the sentence
                // before's.
                var done = Set<Issue>()
                for c in previousClaims where done.insert(c.issue).inserted {
                    let sign = c.stance == .oppose ? -1 : 1
                    emit(who, c.issue, sign * cue.polarity, say(cue.text) + " (the sentence before)",
                         rule: "refers to the sentence before")
                }
                flush()
            }
            if !claims.isEmpty { previousClaims = claims } else if !sentenceSignals.isEmpty { previousClaims = [] }
            previousSubjects = sentenceSubjects
            if claims.contains(where: { $0.issue == .civilianStrikes }) && hasDuration(s) {
                // A halt to strikes on cities or power plants "for 30 days" is a truce.
                for c in claims where c.issue == .civilianStrikes && c.stance != .oppose
                    && !claims.contains(where: { $0.issue == .ceasefire && party(of: $0.holder) == party(of: c.holder) }) {
                    var truce = c
                    truce.issue = .ceasefire
                    truce.rule = "partial truce, " + c.rule
                    truce.confidence = c.confidence - 0.1
                    claims.append(truce)
                }
            }
            // One claim per party and issue in a sentence: the surest reading, else the first.
            var kept: [Int: Int] = [:]
            for c in claims {
                let key = (Party.allCases.firstIndex(of: party(of: c.holder)) ?? 0) * 16
                    + (Issue.allCases.firstIndex(of: c.issue) ?? 0)
                if let k = kept[key] {
                    if c.confidence > out[k].confidence { out[k] = c }
                } else {
                    kept[key] = out.count
                    out.append(c)
                }
            }
        }
        return out
    }
}
