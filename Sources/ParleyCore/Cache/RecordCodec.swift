import Foundation

/// Encodes one article (without its text, which the cache keeps in its own column for the
/// full-text index) and its analysis as a cache record.
///
/// The compact binary form is written field by field. Should the model types gain a field
/// this codec does not know (checked once, by reflection), records fall back to JSON so
/// nothing is silently lost; the first byte says which form a record uses.
enum RecordCodec {
    static let binaryTag: UInt8 = 0
    static let jsonTag: UInt8 = 1

    struct Payload: Codable {
        var article: Article
        var analysis: ArticleAnalysis
    }

    /// Whether the binary form covers every stored field of the model types.
    static let binaryIsComplete: Bool = {
        let span = TextSpan(start: 0, end: 0)
        let checks: [(Any, [String])] = [
            (Article(id: "", path: "", text: ""),
             ["id", "path", "title", "outlet", "published", "author", "dateline", "url", "captions", "text"]),
            (Actor(id: "", name: "", party: .other, kind: .person),
             ["id", "name", "party", "kind", "role", "aliases"]),
            (Mention(actor: "", article: "", span: span, surface: ""), ["actor", "article", "span", "surface"]),
            (Quote(article: "", speaker: nil, speakerName: nil, party: nil, text: "", direct: true, span: span),
             ["article", "speaker", "speakerName", "party", "text", "direct", "span"]),
            (Claim(article: "", holder: .other, issue: .ceasefire, stance: .support, actor: nil, sentence: "",
                   span: span, cue: "", published: nil),
             ["article", "holder", "issue", "stance", "actor", "source", "sentence", "span", "cue", "published",
              "rule", "confidence"]),
            (ArticleAnalysis(article: ""), ["article", "discoveredActors", "mentions", "quotes", "claims"]),
            (span, ["start", "end"]),
        ]
        return checks.allSatisfy { value, fields in
            Mirror(reflecting: value).children.map { $0.label ?? "" } == fields
        }
    }()

    static func encode(_ article: Article, _ analysis: ArticleAnalysis) throws -> [UInt8] {
        var stripped = article
        stripped.text = ""
        guard binaryIsComplete else {
            return [jsonTag] + Array(try JSONEncoder().encode(Payload(article: stripped, analysis: analysis)))
        }
        var w = BinaryWriter(capacity: 512)
        w.bytes.append(binaryTag)
        write(stripped, &w)
        write(analysis, &w)
        return w.bytes
    }

    /// Decodes a record, putting back the article's `text`.
    static func decode(_ bytes: UnsafeRawBufferPointer, text: String) throws -> (Article, ArticleAnalysis) {
        guard let tag = bytes.first else { throw BinaryReader.Malformed() }
        let body = UnsafeRawBufferPointer(rebasing: bytes[1...])
        var article: Article
        let analysis: ArticleAnalysis
        switch tag {
        case binaryTag:
            var r = BinaryReader(body)
            article = try readArticle(&r)
            analysis = try readAnalysis(&r)
            guard r.atEnd else { throw BinaryReader.Malformed() }
        case jsonTag:
            let payload = try JSONDecoder().decode(Payload.self, from: Data(body))
            article = payload.article
            analysis = payload.analysis
        default:
            throw BinaryReader.Malformed()
        }
        // Spans point into the text: one that runs past it is damage, not a position.
        let length = text.utf8.count
        guard analysis.mentions.allSatisfy({ $0.span.end <= length }),
              analysis.quotes.allSatisfy({ $0.span.end <= length }),
              analysis.claims.allSatisfy({ $0.span.end <= length }) else { throw BinaryReader.Malformed() }
        article.text = text
        return (article, analysis)
    }

    // MARK: writing

    private static func write(_ a: Article, _ w: inout BinaryWriter) {
        w.string(a.id); w.string(a.path); w.optional(a.title); w.optional(a.outlet)
        w.optional(a.published); w.optional(a.author); w.optional(a.dateline); w.optional(a.url)
        w.strings(a.captions)
    }

    private static func write(_ a: Actor, _ w: inout BinaryWriter) {
        w.string(a.id); w.string(a.name); w.string(a.party.rawValue); w.string(a.kind.rawValue)
        w.optional(a.role); w.strings(a.aliases)
    }

    private static func write(_ x: ArticleAnalysis, _ w: inout BinaryWriter) {
        w.string(x.article)
        w.int(x.discoveredActors.count)
        for a in x.discoveredActors { write(a, &w) }
        w.int(x.mentions.count)
        for m in x.mentions {
            w.string(m.actor); w.string(m.article); w.span(m.span); w.string(m.surface)
        }
        w.int(x.quotes.count)
        for q in x.quotes {
            w.string(q.article); w.optional(q.speaker); w.optional(q.speakerName)
            w.optional(q.party?.rawValue); w.string(q.text); w.bool(q.direct); w.span(q.span)
        }
        w.int(x.claims.count)
        for c in x.claims {
            w.string(c.article); w.string(c.holder.rawValue); w.string(c.issue.rawValue)
            w.string(c.stance.rawValue); w.optional(c.actor); w.optional(c.source); w.string(c.sentence)
            w.span(c.span); w.string(c.cue); w.optional(c.published)
            w.string(c.rule); w.int(Int((c.confidence * 1000).rounded()))
        }
    }

    // MARK: reading

    private static func readArticle(_ r: inout BinaryReader) throws -> Article {
        Article(id: try r.string(), path: try r.string(), title: try r.optional(), outlet: try r.optional(),
                published: try r.optional(), author: try r.optional(), dateline: try r.optional(),
                url: try r.optional(), captions: try r.strings(), text: "")
    }

    private static func readActor(_ r: inout BinaryReader) throws -> Actor {
        Actor(id: try r.string(), name: try r.string(), party: try r.raw(Party.self),
              kind: try r.raw(ActorKind.self), role: try r.optional(), aliases: try r.strings())
    }

    private static func readAnalysis(_ r: inout BinaryReader) throws -> ArticleAnalysis {
        let article = try r.string()
        var x = ArticleAnalysis(article: article)
        let actors = try r.count()
        x.discoveredActors.reserveCapacity(actors)
        for _ in 0..<actors { x.discoveredActors.append(try readActor(&r)) }
        let mentions = try r.count()
        x.mentions.reserveCapacity(mentions)
        for _ in 0..<mentions {
            x.mentions.append(Mention(actor: try r.string(), article: try r.string(), span: try r.span(),
                                      surface: try r.string()))
        }
        let quotes = try r.count()
        x.quotes.reserveCapacity(quotes)
        for _ in 0..<quotes {
            let article = try r.string(), speaker = try r.optional(), speakerName = try r.optional()
            let partyName = try r.optional()
            var party: Party?
            if let partyName {
                guard let p = Party(rawValue: partyName) else { throw BinaryReader.Malformed() }
                party = p
            }
            x.quotes.append(Quote(article: article, speaker: speaker, speakerName: speakerName, party: party,
                                  text: try r.string(), direct: try r.bool(), span: try r.span()))
        }
        let claims = try r.count()
        x.claims.reserveCapacity(claims)
        for _ in 0..<claims {
            x.claims.append(Claim(article: try r.string(), holder: try r.raw(Party.self),
                                  issue: try r.raw(Issue.self), stance: try r.raw(Stance.self),
                                  actor: try r.optional(), source: try r.optional(), sentence: try r.string(),
                                  span: try r.span(), cue: try r.string(), published: try r.optional(),
                                  rule: try r.string(), confidence: Double(try r.int()) / 1000))
        }
        return x
    }
}
