import Foundation

/// Who is who and which words mean what: actors and their spellings, outlets, issue
/// signals and stance cues. Loaded from the bundled data files, extended by the user's.
///
/// (Skeleton: the analysis work replaces this with the real loader.)
public struct KnowledgeBase: Sendable {
    public var actors: [Actor]
    /// Changes whenever the data changes; part of the cache key.
    public var version: String

    public init(actors: [Actor] = [], version: String = "0") {
        self.actors = actors
        self.version = version
    }

    /// The bundled knowledge base plus the user's additions.
    public static func standard() throws -> KnowledgeBase {
        KnowledgeBase()
    }
}
