/// Turns one clean article into mentions, quotes and claims using the knowledge base.
/// Safe to call from many threads at once: the compiled lexicon is read-only.
public struct Analyzer: Sendable {
    /// Bumped whenever the analysis code changes what it finds; part of the cache key.
    public static let codeVersion = "9"

    public let knowledge: KnowledgeBase
    let lexicon: Lexicon

    public init(knowledge: KnowledgeBase) {
        self.knowledge = knowledge
        self.lexicon = Lexicon(knowledge)
    }

    public func analyze(_ article: Article) -> ArticleAnalysis {
        var scan = ArticleScan(lex: lexicon, article: article)
        scan.matchKnown()
        scan.discoverActors()
        scan.resolveReferences()
        let reported = scan.findReportedSpeech()
        let direct = scan.findQuotes(reported: reported)
        let claims = scan.findClaims(quotes: direct + reported)
        return scan.result(direct: direct, reported: reported, claims: claims)
    }
}

extension ArticleScan {
    /// The analysis in the model's types.
    func result(direct: [FoundQuote], reported: [FoundQuote], claims: [FoundClaim]) -> ArticleAnalysis {
        let id = article.id
        var mentions: [Mention] = []
        mentions.reserveCapacity(found.count)
        var used = Set<Int>()
        for f in found where f.entity >= 0 {
            used.insert(f.entity)
            mentions.append(Mention(actor: entities[f.entity].id, article: id, span: bodySpan(f.first, f.end),
                                    surface: text(f.first, f.end)))
        }
        let discovered = (lex.actors.count..<entities.count).filter { used.contains($0) }.map { entities[$0] }

        var quotes: [Quote] = []
        // Quotations are listed from the body only: a headline's words are the desk's, not
        // a speaker's, even when it quotes one.
        for q in (direct + reported).sorted(by: { $0.first < $1.first }) where !inHeadline(q.first) {
            var start = tokens[q.first].start - bodyStart, end = tokens[q.end - 1].end - bodyStart
            if q.direct {
                start = tokens[q.first].end - bodyStart
                if tokens[q.end - 1].kind == .closeQuote { end = tokens[q.end - 1].start - bodyStart }
            }
            var words = TextSpan(start: start, end: end).slice(of: article.text)
            while let c = words.first, c.isWhitespace { words = words.dropFirst(); start += c.utf8.count }
            while let c = words.last, c.isWhitespace || c == "," { words = words.dropLast(); end -= c.utf8.count }
            guard !words.isEmpty else { continue }
            let speaker = q.speaker >= 0 ? entities[q.speaker] : nil
            quotes.append(Quote(article: id, speaker: speaker?.id, speakerName: speaker?.name,
                                party: speaker?.party, text: String(words), direct: q.direct,
                                span: TextSpan(start: start, end: end)))
        }

        var out: [Claim] = []
        for c in claims {
            let s = sentences[c.sentence]
            let holder = entities[c.holder]
            let source = c.source >= 0 && c.source != c.holder ? entities[c.source].id : nil
            out.append(Claim(article: id, holder: holder.party, issue: c.issue, stance: c.stance,
                             actor: holder.id, source: source, sentence: text(s.lowerBound, s.upperBound),
                             span: bodySpan(s.lowerBound, s.upperBound), cue: c.cue, published: article.published,
                             rule: c.rule, confidence: c.confidence))
        }
        return ArticleAnalysis(article: id, discoveredActors: discovered, mentions: mentions,
                               quotes: quotes, claims: out)
    }
}
