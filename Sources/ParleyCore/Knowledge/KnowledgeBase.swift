import Foundation

/// Who is who and which words mean what: actors and their spellings, outlets, issue
/// signals and stance cues. Loaded from the bundled data files, extended by the user's.
///
/// (Skeleton: the analysis work replaces this with the real loader.)
public struct KnowledgeBase: Sendable {
    public var actors: [Actor]
    /// Groups of spellings that mean the same thing, for search: every actor's name and
    /// aliases, and places such as ["Kyiv", "Kiev"]. Search folds case and accents itself.
    public var spellingGroups: [[String]]
    /// News outlets and agencies (sources, never actors).
    public var outlets: [String]
    /// For each issue, words and phrases that signal it (for `issue:` in search).
    public var issueSignals: [Issue: [String]]
    /// Changes whenever the data changes; part of the cache key.
    public var version: String

    public init(actors: [Actor] = [], spellingGroups: [[String]] = [], outlets: [String] = [],
                issueSignals: [Issue: [String]] = [:], version: String = "0") {
        self.actors = actors
        self.spellingGroups = spellingGroups
        self.outlets = outlets
        self.issueSignals = issueSignals
        self.version = version
    }

    /// The bundled knowledge base plus the user's additions.
    public static func standard() throws -> KnowledgeBase {
        KnowledgeBase()
    }
}
