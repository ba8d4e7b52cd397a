/// Reads one sentence's events (ClaimEvents.swift) left to right into claims: who holds
/// each cue chain, which clause a condition or a negation governs, what an owned document,
/// an accusation, a threat or a reference back adds. One reader per sentence; what carries
/// over to the next sentence (its claims, subjects, the document it was about) is read off
/// when it is done.
extension ArticleScan {
    struct SentenceReader {
        let scan: ArticleScan
        let s: Range<Int>
        let si: Int
        let speakerAt: [Int32]
        let previousClaims: [FoundClaim]
        /// The owner of the document this sentence is about, for the next sentence's "it".
        var documentSubject = -1
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
        var clauseSpeaker = -1
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
        // Each with its polarity, the condition's polarity when it was read, and its holders.
        var conditionSignals: [(Issue, Int, Int, [Party])] = []
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
        var group: [Int] = []
        var accusedNext = false
        // Who refused something "without" what follows: they want what follows.
        var withoutHolders: [Int] = []
        var obligedCondition = false
        // A condition that orders things ("only after", "until after", "once"): what it names
        // is wanted first.
        var wantedFirst: Phrase? = nil
        // Where the claims of the last clause with any begin in `claims`.
        var lastClauseFrom = 0
        var accusedAt = -1
        var recentObject = -1
        // A cue on "those calls", "the proposal": the sentence before named the issue.
        var previousReference: (Link, Holders)? = nil
        // Cues and document nouns owned by a name ("Russia's proposal"), by token.
        var ownerAt: [Int: Int] = [:]
        // The signals read last, with the token after them: a noun right there that a
        // name owns ("Russia's ceasefire announcement") states that name's support.
        var lastSignals: [(issue: Issue, polarity: Int, text: Phrase, end: Int, holders: [Party])] = []


        init(_ scan: ArticleScan, sentence si: Int, speakerAt: [Int32], previousSubjects: [Int],
             previousClaims: [FoundClaim]) {
            self.scan = scan
            self.si = si
            self.s = scan.sentences[si]
            self.speakerAt = speakerAt
            self.previousClaims = previousClaims
            for i in s where speakerAt[i] >= 0 { clauseSpeaker = Int(speakerAt[i]); break }
            group = previousSubjects.count > 1 ? previousSubjects : []
        }

        var keys: [String] { scan.keys }
        var tokens: [TextToken] { scan.tokens }
        func flags(_ i: Int) -> WordFlags { scan.flags(i) }
        func word(_ i: Int, _ w: GrammarWords) -> Bool { scan.word(i, w) }
        func party(of e: Int) -> Party { scan.party(of: e) }
        func say(_ p: Phrase) -> String { scan.say(p) }

        mutating func ownedAfterSignal(_ at: Int, _ polarity: Int, _ text: Phrase) -> Bool {
            guard let o = ownerAt[at], let end = lastSignals.last?.end, end == at else { return false }
            for sig in lastSignals where sig.end == at {
                emit(Holders(ids: [o], how: .agent), sig.issue, sig.polarity * polarity,
                     say(text) + " (" + say(sig.text) + ")", rule: "owned document", only: sig.holders)
            }
            return true
        }

        mutating func emit(_ who: Holders, _ issue: Issue, _ polarity: Int, _ cue: String, rule: String,
                  only parties: [Party] = [], negated: Bool = false) {
            let base = ArticleScan.confidence(rule: rule, holder: who.how)
            for o in who.ids where parties.isEmpty || parties.contains(party(of: o)) {
                var sure = base
                // What an analyst or a third country says another party wants is their
                // reading, not that party's stated position.
                if signalAt >= 0, speakerAt[signalAt] >= 0, Int(speakerAt[signalAt]) != o,
                   party(of: Int(speakerAt[signalAt])) == .other { sure -= 0.4 }
                clause.append(FoundClaim(holder: o, issue: issue, stance: polarity > 0 ? .support : .oppose,
                                         cue: cue, sentence: si, source: clauseSpeaker,
                                         rule: rule + ", " + who.how.rawValue, confidence: sure, negated: negated))
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

        mutating func flush() {
            if !clause.isEmpty { lastClauseFrom = claims.count }
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
                where (cue.issue == nil && cue.except & ArticleScan.bit(issue) == 0) || cue.issue == issue {
                    emit(owner(of: cue), issue, pol * cue.polarity, say(cue.text) + " (" + say(text) + ")",
                         rule: cue.hedged ? "hedged cue chain" : "cue after signal", only: holders)
                }
            }
            if obliged, chain.isEmpty, orphanCue == nil {
                for (issue, pol, text, _, holders) in orphans {
                    emit(obligedOwners.ids.isEmpty ? owners() : obligedOwners, issue, pol, "must (" + say(text) + ")",
                         rule: "demanded", only: holders)
                    // "a ceasefire must address the root causes": a ceasefire on terms.
                    if obligedCondition, let k = clause.indices.last, clause[k].stance == .support {
                        clause[k].stance = .conditional
                    }
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
            if let first = wantedFirst {
                // "talks on territory only after a ceasefire": whoever sets that order wants the
                // ceasefire.
                let holders = clause.isEmpty ? owners() : Holders(ids: Array(Set(clause.map(\.holder))).sorted(), how: .subject)
                var done = Set<Issue>(clause.map(\.issue))
                for (issue, pol, sofar, signalHolders) in conditionSignals
                where pol * sofar > 0 && done.insert(issue).inserted {
                    emit(holders, issue, 1, say(first) + " (wanted first)", rule: "wanted first", only: signalHolders)
                }
            }
            if conditionPolarity < 0 && threatCondition {
                // "threatened Russia with sanctions if it did not agree to a ceasefire": whoever
                // threatens wants the ceasefire.
                let threats = clause.filter { $0.issue == .sanctions && $0.stance == .support }
                for t in threats {
                    for (issue, pol, _, holders) in conditionSignals
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
            withoutHolders = []
            ownedCue = nil
            clauseHasSignal = false
            obliged = false
            obligedCondition = false
            wantedFirst = nil
            obligedOwners = Holders(ids: [], how: .subject)
            conditionSignals = []
            conditionPolarity = 1
            threatCondition = false
            for (k, var c) in clause.enumerated() {
                if c.rule == "demand behind a threat" || c.rule.hasPrefix("wanted first") || k < conditionFrom {
                    claims.append(c)
                    continue
                }
                if let conditional, c.stance == .support, c.issue == .sanctions, keys[conditional.a] == "until" {
                    // Sanctions kept "until the war ends" are kept: plain support.
                    c.cue += "; " + say(conditional)
                } else if let conditional, c.stance == .support {
                    c.stance = .conditional
                    c.cue += "; " + say(conditional)
                } else if let conditional, c.stance == .oppose, c.negated,
                          ["until", "unless", "before"].contains(keys[conditional.a]) {
                    // "will not agree to a ceasefire until arms deliveries stop": support once
                    // the condition is met.
                    c.stance = .conditional
                    c.cue += "; " + say(conditional)
                } else if let conditional, c.stance == .oppose, c.issue == .sanctions, keys[conditional.a] != "if" {
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

        mutating func read(_ ev: Event) {
            switch ev {
            case let .mention(e, object, at, owns):
                if inCondition { return }
                if owns >= 0 {
                    // "Russia's proposal", "a US plan": the name owns what follows and is
                    // no subject of the clause.
                    ownerAt[owns] = e
                    return
                }
                if accusedNext {
                    accusedNext = false
                    if at == accusedAt {
                        subjects = [e]
                        return
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
                } else if !object && locked && scan.startsAClause(at, lower: s.lowerBound) {
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
                if backMode && at == backNoun { return }
                // Cues inside a condition belong to the condition ("if Russia refused ...").
                if inCondition { conditionPolarity *= pol; return }
                var p = pol, t = text
                if let (neg, nAt) = negation, at - nAt <= 4 {
                    p = -p; t.negA = neg.a; t.negB = neg.b
                    negation = nil
                    negated = (neg, at)
                } else if let (neg, nAt) = negated, nAt == at {
                    // The issue cue and the general cue on the same words share the negation.
                    p = -p; t.negA = neg.a; t.negB = neg.b
                }
                if ownedAfterSignal(at, p, t) { return }
                locked = true
                if backMode && backCue == nil && issue == nil {
                    backCue = Link(polarity: p, issue: nil, owner: nil, text: t, at: at, except: except)
                    return
                }
                if let o = ownerAt[at], !locked, subjects.isEmpty, flags(at).contains(.document) { documentSubject = o }
                var link = Link(polarity: p, issue: issue, owner: ownerAt[at], text: t, at: at, except: except)
                // "Hungary can block the rollover": what a party can or may do is no stance yet;
                // "did not announce sanctions" tells what did not happen.
                if at > s.lowerBound, word(at - 1, .modals)
                    || (at > s.lowerBound + 1 && keys[at - 1] == "be" && word(at - 2, .modals)) { link.hedged = true }
                if p != pol && flags(at).contains(.event), let n = t.negA >= 0 ? t.negA : nil,
                   ["didn't", "hasn't", "haven't", "hadn't"].contains(keys[n])
                    || (n > s.lowerBound && ["did", "has", "have", "had"].contains(keys[n - 1])) {
                    // ("will not send troops" is a refusal; "did not announce" only tells.)
                    link.hedged = true
                }
                // "despite Ukraine's rejection" closing a clause points back; "Ukraine's request
                // for a meeting" does not.
                if link.owner != nil, at > 0, tokens[at - 1].kind == .possessive, !clauseHasSignal,
                   t.b >= s.upperBound || [".", ",", ";", ":", ")", "—", "–"].contains(keys[t.b]) { ownedCue = link }
                if t.b < s.upperBound, tokens[t.b].isWord, scan.previousReference(after: t.b, in: s) != nil {
                    previousReference = (link, link.owner.map { Holders(ids: [$0], how: .agent) } ?? owners())
                }
                // A cue right after a lone signal, or a participle with its agent ("a truce
                // declared by Russia"), applies to it; one further on ("ceasefire view: Putin
                // doesn't want ...") does not.
                if chain.isEmpty, orphanCue == nil, let last = orphans.last, keys[t.b - 1] != "that",
                   at - last.2.b <= 2 || (at - last.2.b <= 5 && t.b < s.upperBound && keys[t.b] == "by"),
                   !(last.2.b..<at).contains(where: { scan.mentionAt[$0] >= 0 || keys[$0] == ":" }) {
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
                if inCondition { return }
                if ownedAfterSignal(at, 1, text) { return }
                // "Putin's memorandum on a ceasefire": an owned document is a cue of its owner.
                if let o = ownerAt[at] {
                    if !locked && subjects.isEmpty { documentSubject = o }
                    locked = true
                    chain.append(Link(polarity: 1, issue: nil, owner: o, text: text, at: at))
                }
            case let .negation(text, at):
                if inCondition { conditionPolarity = -conditionPolarity; return }
                negation = (text, at)
            case let .condition(text):
                // "ready for a ceasefire, but only if Russia reciprocates": a condition that
                // opens a clause of its own governs the support of the clause before.
                if clause.isEmpty && chain.isEmpty && subjects.isEmpty && orphans.isEmpty, text.a > s.lowerBound,
                   keys[text.a - 1] == "but" || keys[text.a - 1] == "," {
                    for k in lastClauseFrom..<claims.count where claims[k].stance == .support {
                        claims[k].stance = .conditional
                        claims[k].cue += "; " + say(text)
                    }
                }
                inCondition = true
                conditional = text
                conditionFrom = segmentStart
                wantedFirst = scan.word(text.a, .orderWords) || (text.b - text.a > 1 && scan.word(text.b - 1, .orderWords))
                    ? text : nil
                conditionSignals = []
                conditionPolarity = 1
                threatCondition = true
            case .doubt:
                inCondition = true
                conditionSignals = []
                conditionPolarity = 1
                threatCondition = false
            case let .obligation(condition):
                if !inCondition && !obliged {
                    obliged = true
                    obligedCondition = condition
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
                if inCondition { return }
                for k in clause.indices where clause[k].stance == .support {
                    clause[k].stance = .conditional
                    clause[k].cue += "; " + say(text)
                }
            case let .accusation(passive, end):
                if inCondition { return }
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
            case let .consequence(text):
                // "warning that a refusal would be met with new sanctions": the refusal is the
                // condition; the sanctions are the speaker's conditional threat.
                if segmentStart < clause.count { clause.removeSubrange(segmentStart...) }
                chain = []; orphans = []; orphanCue = nil; negation = nil; inCondition = false
                subjects = []; locked = false
                conditional = text
                conditionFrom = clause.count
            case .without:
                // "We will not accept direct talks without a ceasefire": the talks are
                // conditional, and the ceasefire after "without" is wanted.
                if inCondition { return }
                let refused = clause.indices.filter { clause[$0].negated && clause[$0].stance == .oppose }
                for k in refused {
                    clause[k].stance = .conditional
                    clause[k].cue += "; without"
                }
                withoutHolders = refused.map { clause[$0].holder }
            case .they:
                if inCondition || locked || !subjects.isEmpty { return }
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
                if inCondition { return }
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
                if inCondition { conditionSignals.append((issue, pol, conditionPolarity, holders)); return }
                if !withoutHolders.isEmpty {
                    let who = Holders(ids: Array(Set(withoutHolders)).sorted(), how: .subject)
                    emit(who, issue, pol, "without (" + say(text) + ")", rule: "wanted first", only: holders)
                    withoutHolders = []
                    return
                }
                sentenceSignals.append((issue, pol, text, holders))
                ownedCue = nil
                clauseHasSignal = true
                if lastSignals.last.map({ $0.end != text.b }) ?? false { lastSignals = [] }
                lastSignals.append((issue, pol, text, text.b, holders))
                if backMode { signalAfterBack = true; return }
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
                let links = chain.filter { ($0.issue == nil && $0.except & ArticleScan.bit(issue) == 0) || $0.issue == issue }
                if links.isEmpty, let neg = negatedBy, !scan.listsAnOutcome(neg), scan.negates(neg, signalAt: at) {
                    // "there will be no return to the 1991 borders", "Kyiv will never recognise
                    // occupied territories": the negation is the cue.
                    emit(owners(), issue, p, say(neg) + " (" + say(text) + ")", rule: "negated signal", only: holders, negated: true)
                    return
                }
                if links.isEmpty {
                    orphans.append((issue, p, text, at, holders))
                    return
                }
                var acc = p
                for (k, link) in links.enumerated().reversed() {
                    acc *= link.polarity
                    if k == 0 {
                        emit(owner(of: link), issue, acc, say(link.text), rule: link.hedged ? "hedged cue chain" : "cue chain",
                             only: holders, negated: link.text.negA >= 0)
                    } else if let o = link.owner {
                        emit(Holders(ids: [o], how: .agent), issue, acc, say(link.text), rule: "inner cue", only: holders)
                    }
                }
            }
        }

        /// Ends the sentence: the last clause, then a reference to the sentence before
        /// when nothing else was said.
        mutating func finish() {
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
        }
    }
}
