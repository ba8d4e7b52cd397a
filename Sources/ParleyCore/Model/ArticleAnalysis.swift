/// Everything the analysis finds in one article. Computed per article (in parallel, and
/// cached per file), then merged into a `ParleyModel`.
public struct ArticleAnalysis: Codable, Sendable, Hashable {
    public var article: String
    /// Actors found here that the knowledge base does not know ("Cui Heng, a scholar ...").
    public var discoveredActors: [Actor]
    public var mentions: [Mention]
    public var quotes: [Quote]
    public var claims: [Claim]

    public init(article: String, discoveredActors: [Actor] = [], mentions: [Mention] = [],
                quotes: [Quote] = [], claims: [Claim] = []) {
        self.article = article
        self.discoveredActors = discoveredActors
        self.mentions = mentions
        self.quotes = quotes
        self.claims = claims
    }
}
