import ParleyCore

/// What the Reader / Detail pane shows.
public enum Detail: Hashable, Sendable {
    case empty
    /// An article, scrolled to a line, optionally with a sentence to point at.
    case reader(ReaderPosition)
    /// An actor's quotes and claims.
    case actor(id: String, list: ListState)
    /// The evidence behind one matrix cell.
    case evidence(party: Party, issue: Issue, list: ListState)
    /// Sides next to each other, issue by issue (`v`): `side` is the column under the cursor,
    /// `list` the issue row.
    case compare(sides: [Party], side: Int, list: ListState)
    /// One issue week by week (`T`): a row per party (`list`), `period` the week under the
    /// cursor.
    case timeline(issue: Issue, period: Int, list: ListState)
}

/// Where the reader stands in an article.
public struct ReaderPosition: Hashable, Sendable {
    public var article: String
    /// First visible line of the wrapped text.
    public var scroll: Int
    /// A sentence to mark (the evidence the user came from).
    public var target: TextSpan?
    /// The current search hit (index into the article's hits), after n/N.
    public var hit: Int?

    public init(article: String, scroll: Int = 0, target: TextSpan? = nil, hit: Int? = nil) {
        self.article = article
        self.scroll = scroll
        self.target = target
        self.hit = hit
    }
}
