import ParleyCore

/// The loaded corpus as the browser needs it: the model, its search index (built once per
/// model, never per keystroke) and lookups computed once so that a keypress only does work
/// proportional to the screen.
public struct BrowserData: Sendable {
    public let model: ParleyModel
    public let knowledge: KnowledgeBase
    public let index: SearchIndex
    /// Article positions (into `model.articles`) by publication date, newest first,
    /// undated last.
    public let newestFirst: [Int]
    /// For each article (by position): its actors with mention counts, most mentioned first.
    public let actorsByArticle: [[(id: String, count: Int)]]
    /// For each article (by position): the matrix cells it holds claims for.
    public let cellsByArticle: [Set<CellKey>]
    /// Actor id → positions of the articles that mention it.
    public let articlesByActor: [String: Set<Int>]
    /// Actor id → its quotes and claims.
    public let quotesByActor: [String: [Quote]]
    public let claimsByActor: [String: [Claim]]
    /// Article id → position.
    public let position: [String: Int]
    /// Earliest and latest publication day in the corpus.
    public let firstDay: String?
    public let lastDay: String?
    /// The knowledge base's spelling groups, folded, for highlighting aliases.
    public let spellings: [[String]]

    /// A party × issue cell.
    public struct CellKey: Hashable, Sendable {
        public var party: Party
        public var issue: Issue
        public init(_ party: Party, _ issue: Issue) {
            self.party = party
            self.issue = issue
        }
    }

    public init(model: ParleyModel, knowledge: KnowledgeBase, index: SearchIndex? = nil) {
        self.model = model
        self.knowledge = knowledge
        self.index = index ?? SearchIndex(model: model, knowledge: knowledge)
        var position: [String: Int] = [:]
        for (i, a) in model.articles.enumerated() { position[a.id] = i }
        self.position = position
        newestFirst = model.articles.indices.sorted { a, b in
            switch (model.articles[a].published, model.articles[b].published) {
            case let (x?, y?) where x != y: return x > y
            case (.some, nil): return true
            case (nil, .some): return false
            default: return a < b
            }
        }
        // One pass over each article's mentions: counts in first-seen order (an article
        // names few actors, so a linear scan beats a dictionary per article).
        var byArticle: [[(id: String, count: Int)]] = []
        byArticle.reserveCapacity(model.articles.count)
        var articlesByActor: [String: Set<Int>] = [:]
        var counted: [(id: String, count: Int)] = []
        for (i, article) in model.articles.enumerated() {
            counted.removeAll(keepingCapacity: true)
            for m in model.analysis(of: article.id)?.mentions ?? [] {
                if let k = counted.firstIndex(where: { $0.id == m.actor }) {
                    counted[k].count += 1
                } else {
                    counted.append((id: m.actor, count: 1))
                }
            }
            for entry in counted { articlesByActor[entry.id, default: []].insert(i) }
            let ranked = counted.enumerated().sorted { a, b in
                a.element.count != b.element.count ? a.element.count > b.element.count : a.offset < b.offset
            }.map(\.element)
            byArticle.append(ranked)
        }
        actorsByArticle = byArticle
        self.articlesByActor = articlesByActor
        var cells = Array(repeating: Set<CellKey>(), count: model.articles.count)
        var claimsByActor: [String: [Claim]] = [:]
        for claim in model.claims {
            if let p = position[claim.article] { cells[p].insert(CellKey(claim.holder, claim.issue)) }
            if let a = claim.actor { claimsByActor[a, default: []].append(claim) }
            if let s = claim.source, s != claim.actor { claimsByActor[s, default: []].append(claim) }
        }
        cellsByArticle = cells
        self.claimsByActor = claimsByActor
        var quotesByActor: [String: [Quote]] = [:]
        for q in model.quotes { if let s = q.speaker { quotesByActor[s, default: []].append(q) } }
        self.quotesByActor = quotesByActor
        let days = model.articles.compactMap(\.published).filter(DayFormat.isValid)
        firstDay = days.min()
        lastDay = days.max()
        spellings = knowledge.spellingGroups.map { $0.map(Highlighter.fold) }
    }

    /// The display name of an actor id.
    public func actorName(_ id: String) -> String {
        model.actor(id)?.actor.name ?? knowledge.actors.first { $0.id == id }?.name ?? id
    }

    /// The party of an actor id.
    public func actorParty(_ id: String) -> Party? {
        model.actor(id)?.actor.party ?? knowledge.actors.first { $0.id == id }?.party
    }
}
