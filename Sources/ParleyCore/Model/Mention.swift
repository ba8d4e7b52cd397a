/// One place where an article names an actor (under any spelling, role phrase or pronoun).
public struct Mention: Codable, Sendable, Hashable {
    public var actor: String
    public var article: String
    /// Where in the article's text the mention stands.
    public var span: TextSpan
    /// The words as written ("Zelenskiy", "the Kremlin leader", "he").
    public var surface: String

    public init(actor: String, article: String, span: TextSpan, surface: String) {
        self.actor = actor
        self.article = article
        self.span = span
        self.surface = surface
    }
}
