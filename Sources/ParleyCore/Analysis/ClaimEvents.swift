/// The first half of reading claims: a sentence as a row of events — mentions, stance cues,
/// negations, conditions, issue signals, clause breaks, speech verbs — in reading order.
/// `findClaims` (ClaimFinder.swift) then reads the row left to right.
extension ArticleScan {
    enum Event {
        /// A name; `owns` is the token of the cue or document noun it owns ("Russia's
        /// proposal", "a US plan"), or -1.
        case mention(Int, object: Bool, at: Int, owns: Int = -1)
        /// A document noun ("memorandum", "plan") not otherwise a cue.
        case document(Phrase, at: Int)
        case cue(Int, issue: Issue?, text: Phrase, at: Int, except: UInt16 = 0)
        case negation(Phrase, at: Int)
        case condition(Phrase)
        case doubt
        /// "must", "should"; `condition` when what must happen is something else the signal
        /// has to do ("a ceasefire must address the root causes").
        case obligation(condition: Bool)
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
        /// "would be met with": the clause so far was a condition; a threat follows.
        case consequence(Phrase)
        /// "without" after a refusal: "will not accept talks without a ceasefire".
        case without
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

    struct Link {
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

    /// `itMeans`: the owner of the document the sentence before was about ("The US plan
    /// envisages ... It also provides for lifting sanctions"), or -1.
    func events(_ s: Range<Int>, speakerAt: [Int32], itMeans: Int = -1) -> [Event] {
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
            if t.kind == .word && keys[i] == "without" {
                out.append(.without)
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
               let (len, party) = lex.partyWords.longest(at: i, in: tokens), party != .other,
               let e = lex.partyEntity[party], lex.signals.longest(at: i, in: tokens, limit: s.upperBound) == nil {
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
                if f.contains(.consequence) {
                    out.append(.consequence(phrase)); advance = len
                } else if f.contains(.qualifier) {
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
                    var v = i + len
                    if v < s.upperBound && (keys[v] == "not" || keys[v] == "now" || keys[v] == "first") { v += 1 }
                    let condition = v < s.upperBound && tokens[v].isWord && !word(v, .dutyVerbs) && wordLen[v] == 0
                        && lex.signals.longest(at: v, in: tokens, limit: s.upperBound) == nil
                    out.append(.obligation(condition: condition)); advance = len
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
                            && !(keys[i] == "that" && opensRelativeClause(i, upper: s.upperBound))
                            // "sanctions imposed since 2014 and ...": a time, not a clause.
                            && !(word(i, .subordinators) && i + 1 < s.upperBound
                                 && (tokens[i + 1].kind == .number || word(i + 1, .timeWords) && keys[i + 1] != "the"
                                     && keys[i + 1] != "on" && keys[i + 1] != "in" && keys[i + 1] != "at")) {
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
}
