/// Finds people the knowledge base does not know, from the way articles introduce them:
/// a title before the name ("Prime Minister Giorgia Meloni", "spokesperson Dmitry Peskov"),
/// an apposition after it ("Cui Heng, a scholar from ..."), or a name that speaks
/// ("Olena Petrenko said"). Their party is guessed from nationality and place words near
/// the introduction (`other` when none). Journalists, photographers and the article's
/// author are left out.
extension ArticleScan {
    static let notNames: Set<String> = [
        "the", "a", "an", "on", "in", "at", "but", "and", "for", "with", "after", "before", "while", "when", "this",
        "that", "these", "those", "it", "he", "she", "we", "they", "his", "her", "our", "their", "its", "if", "as",
        "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "january", "february",
        "march", "april", "may", "june", "july", "august", "september", "october", "november", "december",
        "ministry", "office", "council", "times", "news", "agency", "house", "department", "institute",
        "university", "committee", "government", "party", "union", "commission", "parliament", "army", "forces",
        "post", "journal", "state", "states", "republic", "federation", "kingdom", "square", "street", "city",
        "region", "oblast", "security", "foreign", "affairs", "defence", "defense", "national", "general", "day",
        "war", "peace", "president", "minister", "prime", "secretary", "spokesperson", "spokesman", "photo",
        "image", "images", "reporter", "according", "meanwhile", "however", "also", "still", "both", "earlier",
        "later", "now", "then", "there", "here", "what", "who", "why", "how", "where", "not", "no", "yes",
        "published", "updated", "by", "from", "to", "of", "all", "some", "many", "most", "more", "such", "than",
        "despite", "following", "during", "since", "until", "over", "under", "into", "per", "via", "east", "west",
        "north", "south", "european", "western", "eastern", "soviet", "easter", "christmas", "great", "patriotic",
        "truth", "social", "media", "ukraine", "russia", "kremlin", "nato", "un", "eu", "us", "press", "conference",
        "television", "tv", "air", "statement", "summit", "talks", "forum", "ceasefire", "truce", "deal", "plan",
        "memorandum", "agreement", "accord", "treaty", "operation", "front", "minister's", "office's", "sea",
    ]
    static let particles: Set<String> = ["von", "der", "de", "van", "bin", "al", "da", "di", "le", "la", "del", "dos"]

    /// Whether token `i` can be part of a person's name.
    func nameWord(_ i: Int) -> Bool {
        let t = tokens[i]
        guard t.kind == .word, t.upper, !t.allCaps else { return false }
        if keys[i].utf8.contains(46) { return false }
        if mentionAt[i] >= 0 || outletAt[i] || placeAt[i] || inQuote(i) { return false }
        if t.id >= 0 && lex.commonWords.contains(t.id) { return false }
        if Self.notNames.contains(keys[i]) { return false }
        if lex.partyWords.hasFirst(t), lex.partyWords.longest(at: i, in: tokens) != nil { return false }
        if flags(i).contains(.title) { return false }
        return true
    }

    /// A person's name of two to four words starting at `i`: its end, or nil.
    func nameEnd(at i: Int) -> Int? {
        guard i < tokens.count, nameWord(i) else { return nil }
        var j = i + 1
        var words = 1
        while j < tokens.count && words < 4 && tokens[j].breaks == 0 {
            if nameWord(j) { words += 1; j += 1; continue }
            if Self.particles.contains(keys[j]) && j + 1 < tokens.count && nameWord(j + 1) { j += 1; continue }
            if keys[j] == "-" && tokens[j].start == tokens[j - 1].end && j + 1 < tokens.count
                && tokens[j + 1].start == tokens[j].end && nameWord(j + 1) { j += 1; continue }
            break
        }
        if words < 2 { return nil }
        if j < tokens.count && tokens[j].kind == .possessive { return j }
        return j
    }

    /// The party suggested by nationality and place words in tokens `a..<b`.
    func partyHint(_ a: Int, _ b: Int) -> Party? {
        var i = max(0, a)
        while i < min(b, tokens.count) {
            if let m = mentionStarting(at: i), m.entity >= 0, !isPerson(m.entity) { return party(of: m.entity) }
            if let (_, p) = lex.partyWords.longest(at: i, in: tokens) { return p }
            i += 1
        }
        return nil
    }

    mutating func discoverActors() {
        let authorKeys = Set(Tokenizer.tokenize(article.author ?? "").keys)
        var surnames: [String: Int] = [:]
        var fullNames: [[String]: Int] = [:]
        // People are introduced in the body; a headline's capitalised words are no names.
        var i = bodyToken
        let n = tokens.count
        while i < n {
            var start = -1, end = -1
            var role: String? = nil
            var hint: Party? = nil
            // A title before the name.
            if flags(i).contains(.title), !flags(i).contains(.notActorRole) {
                let tEnd = i + Int(wordLen[i])
                if let e = nameEnd(at: tEnd) {
                    var lead = i
                    while lead > 0 && i - lead < 3 && tokens[lead].breaks == 0
                            && ((tokens[lead - 1].upper && tokens[lead - 1].isWord) || tokens[lead - 1].kind == .possessive) {
                        lead -= 1
                    }
                    let before = max(0, lead - 1)
                    let blocked = (before..<tEnd).contains { flags($0).contains(.notActorRole) }
                    if !blocked {
                        start = tEnd; end = e
                        role = text(lead, tEnd)
                        hint = partyHint(lead, tEnd)
                    }
                }
            }
            // An apposition after the name, or a name that speaks.
            if start < 0, let e = nameEnd(at: i), i == 0 || !(tokens[i - 1].upper && tokens[i - 1].kind == .word && tokens[i - 1].breaks == 0) {
                if e < n && keys[e] == "," {
                    var j = e + 1
                    if j < n && (keys[j] == "a" || keys[j] == "an" || keys[j] == "the") { j += 1 }
                    var stop = j
                    while stop < n && stop - j < 14 && keys[stop] != "," && keys[stop] != "."
                            && tokens[stop].breaks == 0 && !inQuote(stop) { stop += 1 }
                    let window = j..<min(stop, j + 6)
                    let hasRole = window.contains { flags($0).contains(.role) }
                    let notActor = (j..<stop).contains { flags($0).contains(.notActorRole) }
                    if hasRole && !notActor {
                        start = i; end = e
                        role = text(j, stop)
                        hint = partyHint(j, stop)
                    }
                } else if e < n && flags(e).contains(.speech) && !flags(e).contains(.notActorRole)
                            && keys[e] != "according to" {
                    start = i; end = e
                    hint = partyHint(max(0, i - 2), i)
                }
            }
            if start >= 0 {
                let nameKeys = (start..<end).filter { tokens[$0].isWord }.map { self.keys[$0] }
                if !nameKeys.isEmpty && !nameKeys.allSatisfy({ authorKeys.contains($0) }) {
                    let entity: Int
                    if let known = fullNames[nameKeys] {
                        entity = known
                    } else {
                        let name = text(start, end)
                        let id = Actor.slug(name)
                        if let k = lex.actorIndex[id] {
                            entity = k
                        } else if let k = entities.firstIndex(where: { $0.id == id }) {
                            entity = k
                        } else {
                            let trimmedRole = role.map { r -> String in
                                r.count > 90 ? String(r.prefix(90)).split(separator: " ").dropLast().joined(separator: " ") + "…" : r
                            }
                            entities.append(Actor(id: id, name: name, party: hint ?? .other, kind: .person,
                                                  role: trimmedRole, aliases: []))
                            female.append(false)
                            entity = entities.count - 1
                        }
                        fullNames[nameKeys] = entity
                        if let last = nameKeys.last, surnames[last] == nil { surnames[last] = entity }
                        // Family names come first in Chinese, Korean and Hungarian names: the
                        // first word of a two-word name also stands for the person.
                        if nameKeys.count == 2, surnames[nameKeys[0]] == nil { surnames[nameKeys[0]] = entity }
                    }
                    add(Found(first: start, end: end, entity: entity, how: .name))
                    i = end
                    continue
                }
            }
            i += 1
        }
        // Later mentions by full name or surname alone ("Cui said").
        var k = 0
        var pending: [Found] = []
        while k < n {
            if mentionAt[k] < 0 && tokens[k].upper && tokens[k].kind == .word && !outletAt[k] && !placeAt[k] {
                var matched = false
                for (name, e) in fullNames where name.count > 1 && k + name.count <= n {
                    if (0..<name.count).allSatisfy({ keys[k + $0] == name[$0] && mentionAt[k + $0] < 0 }) {
                        pending.append(Found(first: k, end: k + name.count, entity: e, how: .name))
                        k += name.count
                        matched = true
                        break
                    }
                }
                if matched { continue }
                if let e = surnames[keys[k]] {
                    pending.append(Found(first: k, end: k + 1, entity: e, how: .surname))
                }
            }
            k += 1
        }
        do {
            let all = (found + pending).sorted { $0.first < $1.first }
            found = []
            for t in 0..<n { mentionAt[t] = -1 }
            for f in all { add(f) }
        }
    }
}
