import ParleyCore

/// A party's two-letter tag ("RU", "UA", "US", "EU") so party is never shown by colour alone.
public enum PartyTag {
    public static func of(_ party: Party?) -> String {
        switch party {
        case .russia: "RU"
        case .ukraine: "UA"
        case .us: "US"
        case .europe: "EU"
        case .other: "··"
        case nil: "  "
        }
    }

    public static func styleKey(_ party: Party?) -> String {
        "party." + (party?.rawValue ?? "other")
    }
}
