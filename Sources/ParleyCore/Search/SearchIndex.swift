/// One search result: an article, its score, and a snippet with hits in `[` `]`.
public struct SearchHit: Sendable, Hashable {
    public var article: String
    public var score: Double
    public var snippet: String
    /// Where the hits stand in the article's text, for highlighting.
    public var spans: [TextSpan]

    public init(article: String, score: Double, snippet: String, spans: [TextSpan] = []) {
        self.article = article
        self.score = score
        self.snippet = snippet
        self.spans = spans
    }
}

/// Answers search queries over a model: case-, accent- and alias-insensitive.
///
/// (Skeleton: a plain scan. The search work replaces it with an inverted index.)
public struct SearchIndex: Sendable {
    let model: ParleyModel

    public init(model: ParleyModel, knowledge: KnowledgeBase) {
        self.model = model
    }

    public func search(_ query: SearchQuery) -> [SearchHit] {
        model.articles.compactMap { article in
            let text = article.text.lowercased()
            guard query.words.allSatisfy({ text.contains($0) }) else { return nil }
            return SearchHit(article: article.id, score: 1, snippet: "")
        }
    }
}
