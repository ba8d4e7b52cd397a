/// What the search filters need to know of one article: the actors it mentions, their
/// parties, and the issues it touches (a claim on the issue, or one of the issue's signal
/// words in its text). Computed once per article, kept in the index and in the cache.
public struct ArticleFacets: Sendable, Hashable, Codable {
    public var actors: [String]
    public var parties: [Party]
    public var issues: [Issue]

    public init(actors: [String] = [], parties: [Party] = [], issues: [Issue] = []) {
        self.actors = actors
        self.parties = parties
        self.issues = issues
    }
}

/// Computes `ArticleFacets` with a knowledge base's parties and issue signals.
public struct FacetBuilder: Sendable {
    private let partyOf: [String: Party]
    /// First folded word of a signal → (issue, the rest of the signal's words).
    private let signals: [String: [(Issue, [String])]]
    /// Every signal as (issue, its folded words).
    let signalPhrases: [(Issue, [String])]

    public init(knowledge: KnowledgeBase) {
        var partyOf: [String: Party] = [:]
        for actor in knowledge.actors { partyOf[actor.id] = actor.party }
        self.partyOf = partyOf
        var signals: [String: [(Issue, [String])]] = [:]
        var phrases: [(Issue, [String])] = []
        for issue in Issue.allCases {
            for signal in knowledge.issueSignals[issue] ?? [] {
                let words = TextFolding.words(signal)
                guard let first = words.first else { continue }
                signals[first, default: []].append((issue, Array(words.dropFirst())))
                phrases.append((issue, words))
            }
        }
        self.signals = signals
        self.signalPhrases = phrases
    }

    /// The facets of an article from its analysis and its folded words.
    public func facets(of analysis: ArticleAnalysis, words: [String]) -> ArticleFacets {
        var actors: [String] = []
        var seenActors = Set<String>()
        var parties = Set<Party>()
        var discovered: [String: Party] = [:]
        for actor in analysis.discoveredActors { discovered[actor.id] = actor.party }
        for mention in analysis.mentions where seenActors.insert(mention.actor).inserted {
            actors.append(mention.actor)
            if let party = partyOf[mention.actor] ?? discovered[mention.actor] { parties.insert(party) }
        }
        var issues = Set(analysis.claims.map(\.issue))
        if !signals.isEmpty && issues.count < Issue.allCases.count {
            for (i, word) in words.enumerated() {
                guard let candidates = signals[word] else { continue }
                for (issue, rest) in candidates where !issues.contains(issue) {
                    if i + rest.count < words.count,
                       rest.enumerated().allSatisfy({ words[i + 1 + $0.offset] == $0.element }) {
                        issues.insert(issue)
                    }
                }
            }
        }
        return ArticleFacets(actors: actors, parties: parties.sorted(), issues: issues.sorted())
    }
}
