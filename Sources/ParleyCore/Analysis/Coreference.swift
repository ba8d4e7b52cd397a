/// Resolves "he", "she", "it"/"its" and generic role phrases ("the president", "the
/// expert") to the latest fitting actor named outside quotations. A "he" before any man is
/// named in its sentence ("He added that ...", "Asked about it, he said ...") is the subject
/// of the last sentence that named a man: the first man it names who is not after a
/// preposition or a possessive, rather than a man named later as an object.
extension ArticleScan {
    mutating func resolveReferences() {
        var lastMale = -1, lastFemale = -1, lastBody = -1
        var lastMaleAt = 0
        // The sentence being read, whether it has named a man yet and its first such subject;
        // and the subject of the last sentence that named one (-1 when all were weak).
        var sentence: Int32 = -1
        var sentenceHasMale = false, sentenceSubject = -1, previousSubject = -1
        var recent: [Int] = []
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
                    guard let e = recent.last(where: { e in
                        let role = (entities[e].role ?? "").lowercased()
                        return isPerson(e) && words.contains { role.contains($0) }
                    }) else { i = f.end; continue }
                    f.entity = e
                }
                resolved.append(f)
                if !inQuote(i) {
                    let e = f.entity
                    // A name after a preposition or with a possessive ("to Putin's proposal") is
                    // a weaker antecedent than a name that acts.
                    let weak = (i > 0 && flags(i - 1).contains(.objectWord))
                        || (f.end < n && tokens[f.end].kind == .possessive)
                    if isPerson(e) {
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
                    let e = !sentenceHasMale && previousSubject >= 0 ? previousSubject : lastMale
                    if e >= 0 {
                        resolved.append(Found(first: i, end: i + 1, entity: e, how: .pronoun))
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
}
