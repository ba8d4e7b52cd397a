import ParleyCore

/// The search: what is typed, and the articles it matches.
public struct SearchState: Hashable, Sendable {
    /// The prompt is open and keys go to it.
    public var editing = false
    public var text = ""
    /// Hits by article id; nil when no search is active.
    public var hits: [String: SearchHit]?
    /// The query's words and phrases, folded, with their alias spellings, for highlighting.
    public var terms: [String] = []
    /// Why the query could not be read, if it could not.
    public var error: String?
    /// The article selected when `/` was pressed: while typing, it stays selected if it
    /// matches, otherwise the first hit is (never whatever a half-typed word landed on).
    public var origin: String?

    public init() {}
    public var isActive: Bool { hits != nil }
}

/// A one-line command prompt (`:from 2025-05-01`, `:to ...`, `:all`).
public struct PromptState: Hashable, Sendable {
    public var text = ""
    public init(text: String = "") { self.text = text }
}

/// The matrix's date window (inclusive `YYYY-MM-DD` days); nil ends mean open.
public struct DateWindow: Hashable, Sendable {
    public var from: String?
    public var to: String?
    public init(from: String?, to: String?) {
        self.from = from
        self.to = to
    }
}

/// How the article list is sorted.
public enum ArticleSort: String, Hashable, Sendable, CaseIterable {
    case newest = "newest first"
    case oldest = "oldest first"
    case corpus = "corpus order"
}

/// Which actors the Actors pane lists.
public enum ActorScope: Hashable, Sendable {
    /// The selected article's actors.
    case article
    /// Every actor in the corpus.
    case all
}

/// Where loading stands.
public enum LoadPhase: Hashable, Sendable {
    case loading(done: Int, total: Int)
    case ready
    case failed(String)
}
