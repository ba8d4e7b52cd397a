/// Finds quotations and who said them.
///
/// A speaker is looked for, in this order: right after the quotation ("..., Putin said",
/// "..." the Russian president told reporters, "..." Treasury Secretary Bessent said, a next
/// line "Putin said.", "..." the statement read); in a line ending with a colon before it
/// ("... according to Peskov:"); before it in the same sentence (the one a speech verb
/// belongs to, else the sentence's subject); and last, the one who spoke just before it (a
/// continuation: the quotation before, or a sentence that named a speaker). The same words
/// quoted twice in an article are given to the same speaker, a person before a country.
/// Quotations of one to three words inside a phrase ("described it as a "positive sign"")
/// are scare quotes, not speech. The rules that read the words around a quotation are in
/// `SpeakerAttribution.swift`, reported speech in `ReportedSpeech.swift`.
extension ArticleScan {
    /// A quotation or reported speech found in the article.
    struct FoundQuote {
        var first: Int
        var end: Int
        var speaker: Int
        var direct: Bool
    }

    func lineStart(_ i: Int) -> Int {
        var k = i
        while k > 0 && tokens[k].breaks == 0 { k -= 1 }
        return k
    }

    static let scareContext: Set<String> = ["a", "an", "the", "as", "so-called", "called", "dubbed", "termed",
        "labelled", "labeled", "its", "his", "her", "their", "our", "what", "of", "this", "these", "those", "any",
        "into", "his", "my", "your", "some", "no", "described", "branded"]

    /// Words before a quotation of up to five words that make it a name, not speech ("the
    /// "coalition of the willing"", "a "peace through strength" policy").
    static let nameContext: Set<String> = ["a", "an", "the", "so-called", "dubbed", "called", "named", "its"]

    /// How a quotation reads: `nil` for no speech at all (a scare quote after "a", "as",
    /// "so-called", a possessive ...; up to five words after an article), `true` for speech,
    /// `false` for one to three words that count only when a speaker is found for them.
    func speechKind(open o: Int, close c: Int) -> Bool? {
        let words = (o + 1..<c).reduce(0) { $0 + (tokens[$1].isWord ? 1 : 0) }
        if words == 0 { return nil }
        let attached = o > 0 && tokens[o].breaks == 0
        if attached && words <= 5 && Self.nameContext.contains(keys[o - 1])
            && !(o + 1..<c).contains(where: { keys[$0] == "." || keys[$0] == "!" || keys[$0] == "?" }) { return nil }
        if words >= 4 { return true }
        if attached && (Self.scareContext.contains(keys[o - 1]) || tokens[o - 1].kind == .possessive) { return nil }
        return false
    }

    /// Quotations with their speakers; `reported` (the article's reported speech) tells who
    /// spoke in sentences before a quotation that names no one.
    mutating func findQuotes(reported: [FoundQuote] = []) -> [FoundQuote] {
        var out: [FoundQuote] = []
        for r in regions {
            let o = r.open, c = r.close
            guard let full = speechKind(open: o, close: c) else { continue }
            var who = -1
            var reportedByOutlet = false
            if r.closed {
                switch attributionAfter(c) {
                case let .speaker(e): who = e
                case .outlet: reportedByOutlet = true
                case .none: break
                }
            }
            if who < 0 && tokens[o].breaks > 0 && o > 0 && keys[o - 1] == ":" {
                if case let .speaker(e) = attributionBefore(o - 1, lower: lineStart(o - 1)) { who = e }
            }
            if who < 0 {
                let s = sentences[Int(sentenceOf[o])]
                if o > s.lowerBound, case let .speaker(e) = attributionBefore(o, lower: s.lowerBound) { who = e }
            }
            if who < 0 && !full { continue }
            if who < 0 {
                who = continuedSpeaker(at: o, quotes: out, reported: reported, reportedByOutlet: reportedByOutlet)
            }
            out.append(FoundQuote(first: o, end: r.closed ? c + 1 : c, speaker: who, direct: true))
        }
        sameWordsSameSpeaker(&out)
        return out
    }

    /// The speaker a quotation without attribution continues: the latest speaker before it —
    /// of a quotation or reported speech, or of a speech verb ("According to Umerov, the
    /// talks went well.", "Zelensky posted a video on Friday.") — in its own paragraph, or,
    /// for a quotation that opens a paragraph with no speech verb of its own, in the
    /// paragraph before.
    func continuedSpeaker(at o: Int, quotes: [FoundQuote], reported: [FoundQuote], reportedByOutlet: Bool) -> Int {
        let paragraph = paragraphStart(o)
        var lower = paragraph
        if paragraph == o || reportedByOutlet || (paragraph..<o).allSatisfy({ inQuote($0) || !tokens[$0].isWord }) {
            // The quotation opens its paragraph: the paragraph before may name the speaker,
            // unless this one has a speech verb of its own that named nobody.
            var end = o
            while end < tokens.count && (end == o || tokens[end].breaks < 2) { end += 1 }
            let ownVerb = (o..<end).contains { !inQuote($0) && flags($0).contains(.speech) }
            if !ownVerb && paragraph > 0 { lower = paragraphStart(paragraph - 1) }
        }
        var best = -1, bestEnd = -1
        for q in quotes.reversed() where q.speaker >= 0 && q.end <= o {
            if q.first >= lower { best = q.speaker; bestEnd = q.end }
            break
        }
        for q in reported where q.speaker >= 0 && q.end <= o && q.first >= lower && q.end > bestEnd {
            best = q.speaker; bestEnd = q.end
        }
        // A speech verb with a speaker after the last quotation: "Zelensky posted on Telegram."
        var k = o - 1
        while k >= max(lower, bestEnd) {
            if !inQuote(k) && flags(k).contains(.speech) && mentionAt[k] < 0 {
                let s = sentences[Int(sentenceOf[k])]
                if case let .speaker(e) = speaker(ofVerb: k, lower: s.lowerBound) { return e }
            }
            k -= 1
        }
        return best
    }

    /// The first token of the paragraph holding token `i`.
    func paragraphStart(_ i: Int) -> Int {
        var k = i
        while k > 0 && tokens[k].breaks < 2 { k -= 1 }
        return k
    }

    /// The same words quoted twice ("talks Moscow said were "constructive"" and later
    /// "Ushakov ... said the talks were "constructive"") go to one speaker: the person, when
    /// one quotation names a person and the other a country or body or no one.
    func sameWordsSameSpeaker(_ quotes: inout [FoundQuote]) {
        guard quotes.count > 1 else { return }
        var byWords: [String: Int] = [:]
        var keysOf: [String] = []
        for q in quotes {
            let words = (q.first + 1..<q.end).filter { tokens[$0].isWord }.map { keys[$0] }.joined(separator: " ")
            keysOf.append(words)
            guard q.speaker >= 0, !words.isEmpty else { continue }
            if let e = byWords[words], isPerson(e) { continue }
            byWords[words] = q.speaker
        }
        for i in quotes.indices {
            guard let e = byWords[keysOf[i]], e != quotes[i].speaker, isPerson(e) else { continue }
            if quotes[i].speaker < 0 || !isPerson(quotes[i].speaker) { quotes[i].speaker = e }
        }
    }
}
