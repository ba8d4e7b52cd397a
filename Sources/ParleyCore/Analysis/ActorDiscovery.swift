/// Finds people the knowledge base does not know, from the way articles introduce them:
/// a title before the name ("Prime Minister Giorgia Meloni", "spokesperson Dmitry Peskov"),
/// an apposition after it ("Cui Heng, a scholar from ..."), or a name that speaks
/// ("Olena Petrenko said"). Their party is read from the role (`DiscoveredParty.swift`).
/// Another transliteration of a known person's name ("Rustem Umierov") is that person
/// (`NameFolding`). Journalists, photographers and the article's author are left out.
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
        if flags(i).contains(.title) || flags(i).contains(.honorific) { return false }
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
        return j
    }

    /// The first of the words before a title at `i` that belong to it: capitalised words,
    /// names and possessives ("Zelensky's", "White House"), "then-" and lower-case title
    /// modifiers ("former", "top"), at most five tokens back, within the line.
    func titleLead(_ i: Int) -> Int {
        var lead = i
        while lead > 0 && i - lead < 5 && tokens[lead].breaks == 0 {
            let p = lead - 1
            let t = tokens[p]
            if inQuote(p) { break }
            if t.kind == .possessive || mentionAt[p] >= 0 || (t.isWord && t.upper && !outletAt[p]) {
                lead -= 1; continue
            }
            if keys[p] == "-" && t.end == tokens[lead].start && p > 0 && tokens[p - 1].end == t.start {
                lead -= 1; continue
            }
            if t.kind == .word && !flags(p).intersection([.titleModifier, .title, .role]).isEmpty {
                lead -= 1; continue
            }
            break
        }
        return lead
    }

    mutating func discoverActors() {
        let authorKeys = Set(Tokenizer.tokenize(article.author ?? "").keys)
        var names = NameIndex()
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
                    let lead = titleLead(i)
                    let before = max(0, lead - 1)
                    let blocked = (before..<tEnd).contains { flags($0).contains(.notActorRole) }
                    if !blocked {
                        start = tEnd; end = e
                        role = text(lead, tEnd)
                        hint = roleParty(lead, tEnd, nearestFirst: true)
                    }
                }
            }
            // An apposition after the name, or a name that speaks.
            let afterWord = i > 0 && tokens[i - 1].upper && tokens[i - 1].kind == .word && tokens[i - 1].breaks == 0
                && !flags(i - 1).contains(.honorific)
            if start < 0, let e = nameEnd(at: i), !afterWord {
                if e < n && keys[e] == "," {
                    var j = e + 1
                    if j < n && (keys[j] == "a" || keys[j] == "an" || keys[j] == "the") { j += 1 }
                    var stop = j
                    while stop < n && stop - j < 14 && keys[stop] != "," && keys[stop] != "."
                            && tokens[stop].breaks == 0 && !inQuote(stop) { stop += 1 }
                    let window = j..<min(stop, j + 6)
                    let hasRole = window.contains { flags($0).contains(.role) }
                    let notActor = (j..<stop).contains { flags($0).contains(.notActorRole) }
                    // "Canada's Mark Carney, NATO Secretary-General Mark Rutte and ...": a list of
                    // people, not an apposition.
                    let list = (j..<stop).contains { k in
                        guard let m = mentionStarting(at: k), m.entity >= 0, isPerson(m.entity) else { return false }
                        return m.end >= n || tokens[m.end].kind != .possessive
                    }
                    if hasRole && !notActor && !list {
                        start = i; end = e
                        role = text(j, stop)
                        hint = roleParty(max(0, i - 2), i, nearestFirst: true) ?? roleParty(j, stop, nearestFirst: false)
                        if (j..<stop).contains(where: { flags($0).contains(.independentRole) }) { hint = .other }
                    }
                } else if e < n && flags(e).contains(.speech) && !flags(e).contains(.notActorRole)
                            && keys[e] != "according to" {
                    start = i; end = e
                    hint = roleParty(max(0, i - 2), i, nearestFirst: true)
                }
            }
            if start >= 0 {
                let nameKeys = (start..<end).filter { tokens[$0].isWord }.map { self.keys[$0] }
                if !nameKeys.isEmpty && !nameKeys.allSatisfy({ authorKeys.contains($0) }) {
                    let entity = entity(named: nameKeys, start: start, end: end, role: role, party: hint, index: &names)
                    add(Found(first: start, end: end, entity: entity, how: .name))
                    i = end
                    continue
                }
            }
            i += 1
        }
        laterMentions(names)
    }

    /// The people found so far in this article, by the folded forms of their full names and
    /// surnames.
    struct NameIndex {
        var full: [String: Int] = [:]
        var surnames: [String: Int] = [:]
        /// The lengths in words of the full names, for matching later mentions.
        var lengths: Set<Int> = []
    }

    /// The key a name is looked up by: its folded transliteration, or its words as written
    /// when they are not plain Latin letters.
    static func nameKey(_ words: [String]) -> String {
        let folded = NameFolding.fold(words: words)
        return folded.isEmpty ? words.joined(separator: " ") : folded
    }

    /// The actor a newly introduced name means: one found before in this article, a known
    /// actor under this or another transliteration, or a new person.
    mutating func entity(named nameKeys: [String], start: Int, end: Int, role: String?, party: Party?,
                         index: inout NameIndex) -> Int {
        let key = Self.nameKey(nameKeys)
        if let known = index.full[key] { return known }
        let name = text(start, end)
        let id = Actor.slug(name)
        let entity: Int
        if let k = lex.actorIndex[id] {
            entity = k
        } else if let k = lex.foldedPeople[key] {
            entity = k
        } else if let k = entities.firstIndex(where: { $0.id == id }) {
            entity = k
        } else {
            let trimmedRole = role.map { r -> String in
                r.count > 90 ? String(r.prefix(90)).split(separator: " ").dropLast().joined(separator: " ") + "…" : r
            }
            entities.append(Actor(id: id, name: name, party: party ?? .other, kind: .person,
                                  role: trimmedRole, aliases: []))
            female.append(false)
            entity = entities.count - 1
        }
        index.full[key] = entity
        index.lengths.insert(nameKeys.count)
        if let last = nameKeys.last {
            let k = Self.nameKey([last])
            if index.surnames[k] == nil { index.surnames[k] = entity }
        }
        // Family names come first in Chinese, Korean and Hungarian names: the first word of a
        // two-word name also stands for the person.
        if nameKeys.count == 2 {
            let k = Self.nameKey([nameKeys[0]])
            if index.surnames[k] == nil { index.surnames[k] = entity }
        }
        return entity
    }

    /// Later mentions of the people found: the full name or the surname alone ("Cui said"),
    /// under any transliteration; and known people under a spelling the knowledge base does
    /// not list ("Umierov" for Umerov).
    mutating func laterMentions(_ names: NameIndex) {
        let n = tokens.count
        var k = 0
        var pending: [Found] = []
        let lengths = names.lengths.filter { $0 > 1 }.sorted(by: >)
        func free(_ t: Int) -> Bool {
            mentionAt[t] < 0 && tokens[t].upper && tokens[t].kind == .word && !outletAt[t] && !placeAt[t]
        }
        while k < n {
            guard free(k) else { k += 1; continue }
            // The longest run of capitalised words here (up to three) that is a full name.
            var run = 1
            while run < 3 && k + run < n && tokens[k + run].breaks == 0 && free(k + run) { run += 1 }
            var matched = false
            for len in lengths where len <= run {
                if let e = names.full[Self.nameKey(Array(keys[k..<(k + len)]))] {
                    pending.append(Found(first: k, end: k + len, entity: e, how: .name))
                    k += len; matched = true; break
                }
            }
            if matched { continue }
            // A known person under another transliteration: only for a spelling the
            // vocabulary does not know (a word no phrase uses).
            if (k..<(k + run)).contains(where: { tokens[$0].id < 0 }) {
                for len in stride(from: run, through: 1, by: -1) {
                    let words = Array(keys[k..<(k + len)])
                    if len == 1 && tokens[k].id >= 0 { continue }
                    if let e = lex.foldedPeople[NameFolding.fold(words: words)] {
                        pending.append(Found(first: k, end: k + len, entity: e, how: len == 1 ? .surname : .name))
                        k += len; matched = true; break
                    }
                }
                if matched { continue }
            }
            if !names.surnames.isEmpty, let e = names.surnames[Self.nameKey([keys[k]])] {
                pending.append(Found(first: k, end: k + 1, entity: e, how: .surname))
            }
            k += 1
        }
        let all = (found + pending).sorted { $0.first < $1.first }
        found = []
        for t in 0..<n { mentionAt[t] = -1 }
        for f in all { add(f) }
    }
}
