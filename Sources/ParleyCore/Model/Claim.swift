/// A statement of where a party stands on an issue, with the sentence as evidence.
///
/// The holder is the party whose position the sentence states, which may differ from the
/// actor who said it: Macron saying "Ukraine is ready for a ceasefire" is a Ukrainian claim
/// with Macron as its source.
public struct Claim: Codable, Sendable, Hashable {
    public var article: String
    public var holder: Party
    public var issue: Issue
    /// `support`, `oppose` or `conditional`.
    public var stance: Stance
    /// The actor whose position it is (an actor of `holder`), if one is named.
    public var actor: String?
    /// The actor who made the statement when that is not the holder (e.g. Macron for Ukraine).
    public var source: String?
    public var sentence: String
    public var span: TextSpan
    /// The cue words that made this a claim ("rejected", "ready for", "only after").
    public var cue: String
    /// The article's publication day (`YYYY-MM-DD`), if known.
    public var published: String?

    public init(article: String, holder: Party, issue: Issue, stance: Stance, actor: String?,
                source: String? = nil, sentence: String, span: TextSpan, cue: String,
                published: String?) {
        self.article = article
        self.holder = holder
        self.issue = issue
        self.stance = stance
        self.actor = actor
        self.source = source
        self.sentence = sentence
        self.span = span
        self.cue = cue
        self.published = published
    }
}
