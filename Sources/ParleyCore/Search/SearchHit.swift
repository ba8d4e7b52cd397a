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
