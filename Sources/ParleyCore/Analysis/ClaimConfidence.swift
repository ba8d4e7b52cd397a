/// Who holds a claim, how the reading found them, and how sure that makes it.
extension ArticleScan {
    /// Who holds a claim and how the reading found them.
    struct Holders {
        enum How: String {
            /// The clause's subject ("Russia rejected ...").
            case subject = "subject"
            /// The subject of the clause before ("..., but has proposed ...").
            case previous = "previous subject"
            /// The one who speaks (a quotation's speaker, "X said that ...").
            case speaker = "speaker"
            /// An agent named with "by" or a possessive ("a truce declared by Russia").
            case agent = "agent"
        }
        var ids: [Int]
        var how: How
    }

    /// How sure a claim is, from the rule that read it and how its holder was found.
    static func confidence(rule: String, holder: Holders.How) -> Double {
        var c: Double
        switch holder {
        case .subject: c = 0.85
        case .agent: c = 0.8
        case .speaker: c = 0.75
        case .previous: c = 0.65
        }
        switch rule {
        case "cue chain", "inner cue": break
        case "hedged cue chain": c -= 0.4
        case "negated signal": c -= 0.2
        case "cue after signal": c -= 0.1
        case "refers back": c -= 0.15
        default: c -= 0.1
        }
        return max(0, min(1, c))
    }
}
