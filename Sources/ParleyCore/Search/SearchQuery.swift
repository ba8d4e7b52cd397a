/// A parsed search query (contract syntax): words, "phrases", and filters
/// `actor:` `party:` `issue:` `outlet:` `after:` `before:`. Every term must match.
///
/// (Skeleton: the search work replaces this with the full parser.)
public struct SearchQuery: Sendable, Hashable {
    public var words: [String]
    public var phrases: [String]
    public var actors: [String]
    public var parties: [Party]
    public var issues: [Issue]
    public var outlets: [String]
    public var after: String?
    public var before: String?

    public init(words: [String] = [], phrases: [String] = [], actors: [String] = [],
                parties: [Party] = [], issues: [Issue] = [], outlets: [String] = [],
                after: String? = nil, before: String? = nil) {
        self.words = words
        self.phrases = phrases
        self.actors = actors
        self.parties = parties
        self.issues = issues
        self.outlets = outlets
        self.after = after
        self.before = before
    }

    public var isEmpty: Bool {
        words.isEmpty && phrases.isEmpty && actors.isEmpty && parties.isEmpty
            && issues.isEmpty && outlets.isEmpty && after == nil && before == nil
    }

    public static func parse(_ text: String) throws -> SearchQuery {
        SearchQuery(words: text.split(separator: " ").map { $0.lowercased() })
    }
}
