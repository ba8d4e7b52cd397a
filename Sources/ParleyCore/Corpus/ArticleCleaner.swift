import Foundation

/// Turns what a reader found into a clean `Article`: applies the cleaning rules line by
/// line, sets captions aside (once each), reads the headline, outlet, date, author and
/// dateline from the lines around the story's start when the format did not state them,
/// keeps the standfirst as the first paragraph, and joins lines into paragraphs.
struct ArticleCleaner: Sendable {
    let rules: CleaningRules

    private enum Role { case body, caption, gone }

    private struct Line {
        var text: String
        var startsBlock: Bool
        var heading: Bool
        var role: Role = .body
        /// `text` folded for matching, computed once.
        var folded: [UInt8] = []
        var words = 0
        var prose = false
        /// The summary under the headline: the text's first paragraph, but neither metadata
        /// nor the story's start.
        var standfirst = false

        init(text: String, startsBlock: Bool, heading: Bool, role: Role, folded: [UInt8], standfirst: Bool = false) {
            self.text = text
            self.startsBlock = startsBlock
            self.heading = heading
            self.role = role
            self.folded = folded
            self.standfirst = standfirst
            words = LineShape.words(text)
            prose = !heading && !standfirst && LineShape.isProse(text, words: words)
        }
    }

    /// At most this many lines of a page make its standfirst.
    static let standfirstLines = 3

    /// The clean article, or nil when nothing of a story is left (no title, no text).
    func clean(_ raw: RawArticle, id: String, path: String) -> Article? {
        var rawLines = raw.lines
        if let s = raw.standfirst.map(Self.squeeze), Self.isNewStandfirst(s, title: raw.title, lines: rawLines) {
            rawLines.insert(RawLine(text: s, startsBlock: true, kind: .standfirst), at: 0)
        }
        var lines = rawLines.compactMap { l -> Line? in
            let t = Self.squeeze(l.text)
            if t.isEmpty { return nil }
            return Line(text: t, startsBlock: l.startsBlock, heading: l.kind == .heading,
                        role: l.kind == .caption ? .caption : .body, folded: MatchText.fold(t),
                        standfirst: l.kind == .standfirst)
        }
        // A standfirst stands above the story: marked lines after its first paragraph, or
        // more than a few of them, are ordinary text.
        var standfirstSeen = 0
        var storyLineSeen = false
        for k in lines.indices {
            if lines[k].standfirst {
                if storyLineSeen || standfirstSeen >= Self.standfirstLines {
                    lines[k].standfirst = false
                    lines[k].prose = !lines[k].heading && LineShape.isProse(lines[k].text, words: lines[k].words)
                } else {
                    standfirstSeen += 1
                }
            } else if lines[k].prose {
                storyLineSeen = true
            }
        }
        // A credit alone ("AP Photo/Jane Roe", "Alamy") is not a caption.
        var captions = raw.captions.map(Self.squeeze).filter {
            !$0.isEmpty && !($0.utf8.count <= 60 && rules.rule(for: $0)?.action == .drop)
        }
        var profileName: String?
        var barDate: String?

        // Lines that appear more than once are captions (or repeated junk).
        var seen: [UInt64: Int] = [:]
        seen.reserveCapacity(lines.count)
        for l in lines where l.folded.count >= 30 && !l.standfirst { seen[Self.fingerprint(l.folded), default: 0] += 1 }
        // A standfirst the story repeats word for word is the story's.
        for k in lines.indices where lines[k].standfirst && lines[k].folded.count >= 30
            && seen[Self.fingerprint(lines[k].folded)] != nil {
            lines[k].role = .gone
        }

        // 1. The rules, in reading order.
        var storyBegun = false
        var i = 0
        while i < lines.count {
            defer { i += 1 }
            let text = lines[i].text
            if lines[i].role != .body { continue }
            if lines[i].folded.count >= 30, !lines[i].standfirst, (seen[Self.fingerprint(lines[i].folded)] ?? 0) > 1 {
                lines[i].role = .caption; continue
            }
            guard let rule = rules.rule(for: text, folded: lines[i].folded) else {
                if lines[i].prose { storyBegun = true }
                continue
            }
            switch rule.action {
            case .drop:
                // A line that is a whole date is metadata, read below, whatever rule it matches;
                // so is a date between bars ("Source: Xinhua | 2025-04-22 22:41:00 | Editor: X").
                if lines[i].words <= 16, DateText.dateLine(text) != nil { continue }
                if barDate == nil, lines[i].words <= 20, text.contains("|") {
                    barDate = text.split(separator: "|").lazy
                        .compactMap { DateText.dateLine($0.trimmingSpaces())?.day }.first
                }
                lines[i].role = .gone
            case .caption:
                lines[i].role = .caption
            case .captionHint:
                if !storyBegun { lines[i].role = .caption }
                else if lines[i].prose { storyBegun = true }
            case .dropBox:
                lines[i].role = .gone
                let words = rule.boxWords.map { MatchText.fold($0) }
                while i + 1 < lines.count, isBoxLine(lines[i + 1].text, words) {
                    i += 1
                    lines[i].role = .gone
                }
            case .dropRest, .authorProfile:
                lines[i].role = .gone
                guard storyBegun else { continue }
                if rule.action == .authorProfile {
                    for j in (i + 1)..<lines.count where lines[j].role == .body {
                        if rules.rule(for: lines[j].text, folded: lines[j].folded) != nil { continue }
                        profileName = PersonName.leading(lines[j].text)
                        break
                    }
                }
                for j in i..<lines.count { lines[j].role = .gone }
                i = lines.count
            }
        }

        for l in lines where l.role == .caption { captions.append(l.text) }
        lines.removeAll { $0.role != .body }

        // 2. Metadata from the lines above the story, and stray metadata lines below it.
        var title = raw.title.map(Self.squeeze).flatMap { $0.isEmpty ? nil : $0 }
        let rawTitleKey = title.map { MatchText.fold($0) }
        var outlet: String?
        var published: String?
        var publishedIsUpdate = false
        var author: String?
        let firstProse = lines.firstIndex { $0.prose } ?? lines.count
        var keep = [Bool](repeating: true, count: lines.count)
        var kickers: [Int] = []
        for (k, l) in lines.enumerated() where keep[k] && !l.standfirst {
            let inHeader = k < firstProse
            let text = l.text
            if let key = rawTitleKey, inHeader || k == firstProse, l.folded == key { keep[k] = false; continue }
            let words = l.words
            if words <= 16, let d = DateText.dateLine(text) {
                if published == nil || (publishedIsUpdate && !d.updated) { published = d.day; publishedIsUpdate = d.updated }
                keep[k] = false; continue
            }
            if inHeader || words <= 8,
               let b = Byline.parse(text, rules: rules)
                ?? (inHeader ? Byline.parseNameAndDate(text, knownAuthor: raw.author, rules: rules) : nil) {
                if author == nil { author = b.author }
                if outlet == nil { outlet = b.outlet }
                if let d = b.published, published == nil || (publishedIsUpdate && !b.updated) {
                    published = d; publishedIsUpdate = b.updated
                }
                keep[k] = false; continue
            }
            if words <= 6, let o = rules.outlet(named: text) {
                if outlet == nil { outlet = o }
                keep[k] = false; continue
            }
            guard inHeader else { continue }
            // A bare name above the reporter's role or the outlet: "Jane Doe" / "Security correspondent".
            if author == nil, title != nil, words >= 2, words <= 4, k + 1 < lines.count,
               let name = PersonName.leading(text), LineShape.words(name) == words {
                let next = lines[k + 1]
                let isRole = next.words <= 6 && Self.roleWords.contains { MatchText.contains(next.folded, $0) }
                if isRole || rules.outlet(named: next.text) != nil {
                    author = name
                    keep[k] = false
                    if isRole { keep[k + 1] = false }
                    continue
                }
            }
            // A masthead between the headline and the byline or date: "The Harbourline Courier".
            if outlet == nil, title != nil, k + 1 < lines.count, Self.isMasthead(text, words: words),
               Byline.parse(lines[k + 1].text, rules: rules) != nil || DateText.dateLine(lines[k + 1].text) != nil {
                outlet = text
                keep[k] = false; continue
            }
            if title == nil {
                if Self.isKicker(text, words: words) { kickers.append(k); continue }
                if words >= 2 && words <= 40, let last = LineShape.lastMark(text), !":,;.".contains(last) {
                    title = text
                    keep[k] = false
                    for q in kickers { keep[q] = false }
                    continue
                }
            } else if Self.isKicker(text, words: words), k + 1 != firstProse || !Dateline.isPlaceLine(text) {
                // Under a known headline a label ("World", "UKRAINE WAR") goes; a place in
                // capitals right above the story ("ISTANBUL") is where it was filed, and stays.
                keep[k] = false
                continue
            }
        }
        if title == nil, let q = kickers.first(where: { LineShape.words(lines[$0].text) >= 2 }) ?? kickers.first,
           q == 0 || LineShape.words(lines[q].text) >= 2 {
            title = lines[q].text
            keep[q] = false
        }
        lines = zip(lines, keep).compactMap { $1 ? $0 : nil }
        // The standfirst opens the text, as a paragraph of its own.
        if lines.contains(where: \.standfirst) {
            lines = lines.filter(\.standfirst) + lines.filter { !$0.standfirst }
            for k in lines.indices where lines[k].standfirst || k == 0 || lines[k - 1].standfirst {
                lines[k].startsBlock = true
            }
        }

        // A closing line about the author ("Jane Doe is our Kyiv correspondent. She ...")
        // is a bio, not the story.
        if let name = author ?? profileName {
            while let last = lines.last, Self.isBio(last.text, of: name) { lines.removeLast() }
        }

        // 3. The dateline that opens the first paragraph (after the standfirst).
        var dateline: String?
        if let k = lines.firstIndex(where: { !$0.heading && !$0.standfirst && $0.words >= 6 }),
           let d = Dateline.split(lines[k].text) {
            dateline = d.dateline
            lines[k].text = d.rest
        }

        // 4. Paragraphs.
        let text = paragraphs(lines, hardWrapped: !raw.blocksAreReal && Self.looksHardWrapped(lines))

        // 5. Metadata the format stated wins over what the text suggests.
        if let o = raw.outlet.map(Self.squeeze), !o.isEmpty { outlet = rules.canonicalOutlet(o) }
        if outlet == nil, let u = raw.url { outlet = rules.outlet(forURL: u) }
        if published == nil { published = barDate }
        if let p = raw.published, let d = DateText.day(fromField: p) { published = d }
        if let a = raw.author.map(Self.squeeze), !a.isEmpty, rules.outlet(named: a) == nil {
            author = PersonName.tidy(a)
        }
        if author == nil { author = profileName }
        if let t = title, raw.title != nil {
            title = HTMLReader.cutSiteSuffix(t, outlet: outlet, rules: rules)
        }
        if text.isEmpty && title == nil { return nil }

        var uniqueCaptions: [String] = []
        var captionKeys = Set<String>()
        for c in captions where captionKeys.insert(MatchText.key(c)).inserted { uniqueCaptions.append(c) }
        return Article(id: id, path: path, title: title, outlet: outlet, published: published, author: author,
                       dateline: dateline, url: raw.url, captions: uniqueCaptions, text: text)
    }

    /// A standfirst the format states in a field of its own is new when the text does not
    /// already open with it and it is not a cut-off teaser ("...") or the headline again.
    static func isNewStandfirst(_ s: String, title: String?, lines: [RawLine]) -> Bool {
        guard !s.isEmpty, s.utf8.count <= 600, !s.hasSuffix("..."), !s.hasSuffix("…") else { return false }
        let key = MatchText.fold(s)
        if let t = title, MatchText.fold(Self.squeeze(t)) == key { return false }
        let head = Array(key.prefix(80))
        return !lines.prefix(8).contains { MatchText.fold(Self.squeeze($0.text)).starts(with: head) }
    }

    /// A label above a headline ("Analysis", "UKRAINE WAR"): one word, or a few words in
    /// capitals.
    private static func isKicker(_ text: String, words: Int) -> Bool {
        if words <= 1 { return true }
        guard words <= 3 else { return false }
        return !text.unicodeScalars.contains { $0.properties.isLowercase }
    }

    /// A paragraph that opens with the author's name and a verb of biography.
    static func isBio(_ text: String, of name: String) -> Bool {
        guard text.hasPrefix(name + " ") else { return false }
        let rest = text.dropFirst(name.count + 1)
        return ["is ", "was ", "has ", "covers ", "writes ", "reports ", "joined ", "started ", "previously ",
                "studied "].contains { rest.hasPrefix($0) }
    }

    /// Words of a reporter's role line under a byline name.
    static let roleWords = ["correspondent", "reporter", "editor", "journalist", "columnist", "staff writer",
                            "bureau chief", "contributor", "writer"].map { Array($0.utf8) }

    /// The shape of a publication's name: one to six capitalised words, no digits, no
    /// sentence punctuation ("The Harbourline Courier", "GLOBAL TIMES").
    static func isMasthead(_ text: String, words: Int) -> Bool {
        guard words >= 1, words <= 6, text.utf8.count <= 60 else { return false }
        if let last = LineShape.lastMark(text), ".?!:,;".contains(last) { return false }
        for w in text.split(separator: " ") {
            if ["of", "the", "and", "de", "la", "du", "&", "-", "–"].contains(w) { continue }
            guard let f = w.unicodeScalars.first, f.properties.isUppercase,
                  !w.unicodeScalars.contains(where: { $0.properties.numericType != nil }) else { return false }
        }
        return true
    }

    /// A line that belongs to a box opened by a `drop-box` rule: short, or holding a box word.
    private func isBoxLine(_ text: String, _ words: [[UInt8]]) -> Bool {
        if LineShape.words(text) < 10 { return true }
        let folded = MatchText.fold(text)
        return words.contains { MatchText.contains(folded, $0) }
    }

    /// Lines to paragraphs. A line continues the paragraph above it (no blank line between)
    /// when that one does not end a sentence, ends with a quote's comma (`...,”` then
    /// `Putin said.`), or when it starts in lower case; otherwise it starts a paragraph.
    private func paragraphs(_ lines: [Line], hardWrapped: Bool) -> String {
        var out = ""
        var current = ""
        var previousHeading = false
        for l in lines {
            let join: Bool
            if current.isEmpty || l.startsBlock || l.heading || previousHeading || l.standfirst {
                join = false
            } else if hardWrapped {
                join = true
            } else {
                join = !LineShape.endsSentence(current) || LineShape.endsWithQuoteComma(current)
                    || LineShape.startsLowercase(l.text)
            }
            if join {
                current += " " + l.text
            } else {
                if !current.isEmpty {
                    if !out.isEmpty { out += "\n\n" }
                    out += current
                }
                current = l.text
            }
            previousHeading = l.heading
        }
        if !current.isEmpty {
            if !out.isEmpty { out += "\n\n" }
            out += current
        }
        return out
    }

    /// Plain text wrapped at a fixed width: most long lines end within a few characters of
    /// the same column, and no line is much longer.
    private static func looksHardWrapped(_ lines: [Line]) -> Bool {
        guard lines.count >= 6 else { return false }
        var lengths: [Int] = []
        for l in lines {
            let n = l.text.count
            if n > 100 { return false }
            lengths.append(n)
        }
        let long = lengths.filter { $0 >= 50 }
        guard long.count * 2 >= lengths.count, let top = long.max() else { return false }
        let near = long.filter { $0 >= top - 15 }.count
        return near * 10 >= long.count * 6 && lines.contains { !$0.startsBlock }
    }

    /// A 64-bit FNV-1a hash of a folded line: cheap, and as good as the line for spotting
    /// repeats.
    static func fingerprint(_ bytes: [UInt8]) -> UInt64 {
        var h: UInt64 = 0xcbf2_9ce4_8422_2325
        for b in bytes { h = (h ^ UInt64(b)) &* 0x100_0000_01b3 }
        return h
    }

    /// Trims and turns every run of spaces and tabs into one space.
    static func squeeze(_ s: String) -> String {
        let clean = s.utf8.withContiguousStorageIfAvailable { buf -> Bool in
            var previousSpace = true
            for b in buf {
                let space = b == 0x20 || b == 0x09 || b == 0x0A || b == 0x0B
                if space && (previousSpace || b != 0x20) { return false }
                previousSpace = space
            }
            return !previousSpace
        } ?? false
        if clean { return s }
        return s.split(whereSeparator: { $0 == " " || $0 == "\t" || $0 == "\n" || $0 == "\u{0B}" })
            .joined(separator: " ")
    }
}
