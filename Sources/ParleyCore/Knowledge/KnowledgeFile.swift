/// One knowledge file as written in TOML (bundled under Resources/Knowledge or the user's
/// `$XDG_CONFIG_HOME/parley/knowledge/`). Every section is optional; files merge in order.
struct KnowledgeFile: Decodable, Sendable {
    /// An `[[actor]]` entry.
    struct ActorEntry: Decodable, Sendable {
        var id: String?
        var name: String
        var party: String
        var kind: String?
        var role: String?
        var gender: String?
        var aliases: [String]?
        var refs: [String]?
    }

    /// An `[[outlet]]` entry.
    struct OutletEntry: Decodable, Sendable {
        var name: String
        var aliases: [String]?
    }

    /// A `[[signal]]` entry: phrases that signal one issue.
    struct SignalEntry: Decodable, Sendable {
        var issue: String
        var stance: String?
        var phrases: [String]
        var near: [String]?
        var not_near: [String]?
        var holders: [String]?
        var cue: String?
        var support: [String]?
        var oppose: [String]?
    }

    var actor: [ActorEntry]?
    var outlet: [OutletEntry]?
    var groups: [[String]]?
    var places: [String]?
    var signal: [SignalEntry]?
    var support: [String]?
    var oppose: [String]?
    var negation: [String]?
    var condition: [String]?
    var doubt: [String]?
    var obligation: [String]?
    var document_nouns: [String]?
    var judgements: [String]?
    var accusations: [String]?
    var qualifiers: [String]?
    var events: [String]?
    var consequences: [String]?
    var grammar: [String: [String]]?
    var clause_breaks: [String]?
    var object_words: [String]?
    var coordinators: [String]?
    var speech_verbs: [String]?
    var report_verbs: [String]?
    var titles: [String]?
    var roles: [String]?
    var not_actor_roles: [String]?
    var independent_roles: [String]?
    var statement_words: [String]?
    var honorifics: [String]?
    var title_modifiers: [String]?
    var party_words: [String: [String]]?
    var generic_roles: [String: [String]]?
}
