/// One search result: an article, its score, and a snippet with hits in `[` `]` (cut
/// from the text, or from the headline when the hits are only there).
public struct SearchHit: Sendable, Hashable {
    public var article: String
    public var score: Double
    public var snippet: String
    /// Where the hits stand in the article's text, for highlighting.
    public var spans: [TextSpan]
    /// Where the hits stand in the article's title.
    public var titleSpans: [TextSpan]

    public init(article: String, score: Double, snippet: String, spans: [TextSpan] = [], titleSpans: [TextSpan] = []) {
        self.article = article
        self.score = score
        self.snippet = snippet
        self.spans = spans
        self.titleSpans = titleSpans
    }
}
