/// Finds which actors an `actor:` filter means: by id (`dmitry-peskov`), full name,
/// any alias, or — when nothing matches exactly — one word of a name (`putin`).
public struct ActorResolver: Sendable {
    private var exact: [String: Set<String>] = [:]
    private var byWord: [String: Set<String>] = [:]

    public init(actors: [Actor]) {
        for actor in actors {
            let names = [actor.id, actor.name] + actor.aliases
            for name in names {
                let key = TextFolding.key(name)
                guard !key.isEmpty else { continue }
                exact[key, default: []].insert(actor.id)
                for word in TextFolding.words(name) where word.count > 2 {
                    byWord[word, default: []].insert(actor.id)
                }
            }
        }
    }

    /// The ids of the actors `value` names (empty when it names none).
    public func ids(for value: String) -> Set<String> {
        let key = TextFolding.key(value)
        if let found = exact[key] { return found }
        let words = TextFolding.words(value)
        guard !words.isEmpty else { return [] }
        var result: Set<String>?
        for word in words {
            let found = byWord[word] ?? []
            result = result.map { $0.intersection(found) } ?? found
        }
        return result ?? []
    }
}
