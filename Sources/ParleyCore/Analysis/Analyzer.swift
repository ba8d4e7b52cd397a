/// Turns one clean article into mentions, quotes and claims using the knowledge base.
///
/// (Skeleton: the analysis work replaces this with the real pipeline.)
public struct Analyzer: Sendable {
    /// Bumped whenever the analysis code changes what it finds; part of the cache key.
    public static let codeVersion = "0"

    public let knowledge: KnowledgeBase

    public init(knowledge: KnowledgeBase) {
        self.knowledge = knowledge
    }

    public func analyze(_ article: Article) -> ArticleAnalysis {
        ArticleAnalysis(article: article.id)
    }
}
