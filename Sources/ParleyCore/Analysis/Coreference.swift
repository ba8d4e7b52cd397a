/// Resolves "he", "she", "it"/"its" and generic role phrases ("the president", "the
/// expert") to the latest fitting actor named outside quotations; a role phrase in a
/// sentence that has not named a fitting person is the subject of the last sentence that
/// did. A "he" before any man is named in its sentence ("He added that ...", "Asked about it, he said ...") is the subject
/// of the last sentence that named a man: the first man it names who is not after a
/// preposition or a possessive, rather than a man named later as an object; so is a "he"
/// after men named only as objects ("took note of a request for a meeting of Presidents
/// Putin and Zelensky, he said").
extension ArticleScan {
    mutating func resolveReferences() {
        var lastMale = -1, lastFemale = -1, lastBody = -1
        var lastMaleAt = 0
        // The sentence being read, whether it has named a man yet and its first such subject;
        // and the subject of the last sentence that named one (-1 when all were weak).
        var sentence: Int32 = -1
        var sentenceHasMale = false, sentenceSubject = -1, previousSubject = -1
        var recent: [Int] = []
        var named: [Named] = []
        var lastWeakEnd = -2
        var resolved: [Found] = []
        var m = 0
        let n = tokens.count
        var i = 0
        while i < n {
            if sentenceOf[i] != sentence {
                if sentenceHasMale { previousSubject = sentenceSubject }
                sentence = sentenceOf[i]
                sentenceHasMale = false; sentenceSubject = -1
            }
            if m < found.count && found[m].first == i {
                var f = found[m]
                m += 1
                if f.how == .generic {
                    let words = lex.genericRoles[-1 - f.entity]
                    let people = entities
                    let fits = { (e: Int) -> Bool in
                        let role = (people[e].role ?? "").lowercased()
                        return people[e].kind == .person && words.contains { role.contains($0) }
                    }
                    guard let e = genericReferent(named: named, sentence: sentenceOf[i], fits: fits)
                            ?? recent.last(where: fits) else { i = f.end; continue }
                    f.entity = e
                }
                resolved.append(f)
                if !inQuote(i) {
                    let e = f.entity
                    // A name after a preposition or with a possessive ("to Putin's proposal") is
                    // a weaker antecedent than a name that acts.
                    // So is a name joined to such a name by "and", "or" or a comma ("a meeting
                    // of Presidents Putin and Zelensky").
                    let joined = i > 0 && lastWeakEnd == i - 1
                        && (keys[i - 1] == "and" || keys[i - 1] == "or" || keys[i - 1] == ",")
                    // A title between the preposition and the name keeps it an object ("of
                    // Presidents Putin").
                    var p = i - 1
                    while p >= 0 && i - p <= 2 && tokens[p].isWord && tokens[p].upper && mentionAt[p] < 0
                            && tokens[p].breaks == 0 && !flags(p).contains(.objectWord) { p -= 1 }
                    let weak = (p >= 0 && flags(p).contains(.objectWord)) || joined
                        || (f.end < n && tokens[f.end].kind == .possessive)
                    lastWeakEnd = weak ? f.end : -2
                    if isPerson(e) {
                        named.append(Named(sentence: sentenceOf[i], entity: e, weak: weak))
                        if !female[e] {
                            if !sentenceHasMale && !weak { sentenceSubject = e }
                            sentenceHasMale = true
                        }
                        if female[e] { lastFemale = e }
                        else if !weak || lastMale < 0 || sentenceOf[i] != sentenceOf[lastMaleAt] { lastMale = e; lastMaleAt = i }
                    } else if !(i > 0 && (flags(i - 1).contains(.objectWord) || keys[i - 1] == "by")) {
                        lastBody = e
                    }
                    if let k = recent.lastIndex(of: e) { recent.remove(at: k) }
                    recent.append(e)
                }
                i = f.end
                continue
            }
            let t = tokens[i]
            if t.kind == .word && !inQuote(i) {
                switch keys[i] {
                case "he":
                    let e = sentenceSubject < 0 && previousSubject >= 0 ? previousSubject : lastMale
                    if e >= 0 {
                        resolved.append(Found(first: i, end: i + 1, entity: e, how: .pronoun))
                        named.append(Named(sentence: sentenceOf[i], entity: e, weak: false))
                        if !sentenceHasMale { sentenceSubject = e; sentenceHasMale = true }
                        lastMale = e; lastMaleAt = i
                    }
                case "she":
                    if lastFemale >= 0 { resolved.append(Found(first: i, end: i + 1, entity: lastFemale, how: .pronoun)) }
                case "it", "its":
                    if lastBody >= 0 { itEntity[i] = Int32(lastBody) }
                default: break
                }
            }
            i += 1
        }
        found = []
        for t in 0..<n { mentionAt[t] = -1 }
        for f in resolved { add(f) }
    }

    /// A person named outside quotations, in reading order, for role nouns.
    struct Named {
        var sentence: Int32
        var entity: Int
        var weak: Bool
    }

    /// Who a role noun ("the president") at a token of `sentence` means: the latest fitting
    /// person named before it in its own sentence, else the subject of the last sentence that
    /// named a fitting person — its first fitting person who acts (not after a preposition or
    /// with a possessive), so "Trump then said he had updated President Zelenskyy on his call
    /// with Putin. ... the president concluded" is Trump.
    func genericReferent(named: [Named], sentence: Int32, fits: (Int) -> Bool) -> Int? {
        if let own = named.last(where: { $0.sentence == sentence && fits($0.entity) }) { return own.entity }
        guard let last = named.last(where: { fits($0.entity) })?.sentence else { return nil }
        let there = named.filter { $0.sentence == last && fits($0.entity) }
        return (there.first(where: { !$0.weak }) ?? there.last)?.entity
    }
}
