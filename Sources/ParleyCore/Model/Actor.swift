/// What sort of thing an actor is (contract: `person`, `organization` or `country`).
public enum ActorKind: String, Codable, Sendable, CaseIterable {
    case person, organization, country
}

/// Someone who takes part in the talks: a person, a government body or a country,
/// known under every spelling in `aliases`.
public struct Actor: Codable, Sendable, Hashable, Identifiable {
    /// Stable slug such as `volodymyr-zelenskyy`.
    public var id: String
    /// Canonical display name.
    public var name: String
    public var party: Party
    public var kind: ActorKind
    public var role: String?
    public var aliases: [String]

    public init(id: String, name: String, party: Party, kind: ActorKind,
                role: String? = nil, aliases: [String] = []) {
        self.id = id
        self.name = name
        self.party = party
        self.kind = kind
        self.role = role
        self.aliases = aliases
    }

    /// A slug for an id: lower-case ASCII letters and digits joined by hyphens.
    public static func slug(_ name: String) -> String {
        let folded = name.folding(options: [.diacriticInsensitive, .caseInsensitive], locale: nil)
        var out = ""
        var pendingHyphen = false
        for ch in folded.unicodeScalars {
            if (ch >= "a" && ch <= "z") || (ch >= "0" && ch <= "9") {
                if pendingHyphen && !out.isEmpty { out.append("-") }
                out.unicodeScalars.append(ch)
                pendingHyphen = false
            } else {
                pendingHyphen = true
            }
        }
        return out
    }
}
