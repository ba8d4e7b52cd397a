/// An actor with what the corpus says of it: how often and where it is mentioned.
public struct ActorRecord: Sendable, Hashable, Identifiable {
    public var actor: Actor
    public var mentions: Int
    /// Ids of the articles that mention the actor, in corpus order.
    public var articles: [String]
    public var id: String { actor.id }
}

/// The whole analysed corpus: articles, actors, quotes and claims, with the lookups the
/// command line and the browser need. Built once (or read back from the cache); it never
/// knows a terminal exists.
public struct ParleyModel: Sendable {
    public let articles: [Article]
    public let analyses: [ArticleAnalysis]
    /// Actors mentioned at least once, most mentioned first.
    public let actors: [ActorRecord]
    public let quotes: [Quote]
    public let claims: [Claim]

    private let articleIndex: [String: Int]
    private let actorIndex: [String: Int]

    /// Merges per-article analyses (in the articles' order) into one model.
    /// `knownActors` supplies the canonical entries (from the knowledge base).
    public init(articles: [Article], analyses: [ArticleAnalysis], knownActors: [Actor]) {
        self.articles = articles
        self.analyses = analyses
        var articleIndex: [String: Int] = [:]
        for (i, a) in articles.enumerated() { articleIndex[a.id] = i }
        self.articleIndex = articleIndex

        var definitions: [String: Actor] = [:]
        for actor in knownActors { definitions[actor.id] = actor }
        var counts: [String: Int] = [:]
        var where_: [String: [String]] = [:]
        var firstSeen: [String: Int] = [:]
        var order = 0
        var quotes: [Quote] = []
        var claims: [Claim] = []
        for analysis in analyses {
            for actor in analysis.discoveredActors where definitions[actor.id] == nil {
                definitions[actor.id] = actor
            }
            for mention in analysis.mentions {
                counts[mention.actor, default: 0] += 1
                if firstSeen[mention.actor] == nil { firstSeen[mention.actor] = order; order += 1 }
                if where_[mention.actor]?.last != analysis.article {
                    where_[mention.actor, default: []].append(analysis.article)
                }
            }
            quotes.append(contentsOf: analysis.quotes)
            claims.append(contentsOf: analysis.claims)
        }
        var records: [ActorRecord] = []
        for (id, count) in counts {
            guard let actor = definitions[id] else { continue }
            records.append(ActorRecord(actor: actor, mentions: count, articles: where_[id] ?? []))
        }
        records.sort { a, b in
            a.mentions != b.mentions ? a.mentions > b.mentions
                : (firstSeen[a.id] ?? 0) < (firstSeen[b.id] ?? 0)
        }
        self.actors = records
        var actorIndex: [String: Int] = [:]
        for (i, r) in records.enumerated() { actorIndex[r.id] = i }
        self.actorIndex = actorIndex
        self.quotes = quotes
        self.claims = claims
    }

    public func article(_ id: String) -> Article? {
        articleIndex[id].map { articles[$0] }
    }

    public func analysis(of articleID: String) -> ArticleAnalysis? {
        articleIndex[articleID].map { analyses[$0] }
    }

    public func actor(_ id: String) -> ActorRecord? {
        actorIndex[id].map { actors[$0] }
    }

    /// The position matrix, optionally for a window of publication days and for some
    /// articles only (the ones a search or filter kept).
    public func matrix(from: String? = nil, to: String? = nil, articles: Set<String>? = nil) -> PositionMatrix {
        PositionMatrix(claims: claims, from: from, to: to, articles: articles)
    }
}
