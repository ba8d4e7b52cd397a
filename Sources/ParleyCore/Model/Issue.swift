/// One proposition of the talks that a party supports, opposes or conditionally supports:
/// the columns of the position matrix (ids are stable, see the contract).
public enum Issue: String, CaseIterable, Codable, Sendable, Comparable {
    case ceasefire
    case directTalks = "direct-talks"
    case territory
    case nato
    case securityGuarantees = "security-guarantees"
    case sanctions
    case civilianStrikes = "civilian-strikes"
    case reconstruction

    public var label: String {
        switch self {
        case .ceasefire: "Ceasefire"
        case .directTalks: "Direct talks"
        case .territory: "Territory"
        case .nato: "NATO"
        case .securityGuarantees: "Security guarantees"
        case .sanctions: "Sanctions"
        case .civilianStrikes: "Civilian strikes"
        case .reconstruction: "Reconstruction"
        }
    }

    /// A label of at most eight characters for narrow matrix columns.
    public var shortLabel: String {
        switch self {
        case .ceasefire: "Ceasefir"
        case .directTalks: "Talks"
        case .territory: "Territor"
        case .nato: "NATO"
        case .securityGuarantees: "Guarant"
        case .sanctions: "Sanction"
        case .civilianStrikes: "Civilian"
        case .reconstruction: "Reconstr"
        }
    }

    /// The proposition a party supports or opposes (the contract's issue table), worded to
    /// follow "supports"/"opposes": "Russia opposes recognising Russian control …".
    public var proposition: String {
        switch self {
        case .ceasefire: "a ceasefire or truce now"
        case .directTalks: "direct Russia–Ukraine negotiations"
        case .territory: "recognising Russian control of occupied land"
        case .nato: "Ukraine joining NATO"
        case .securityGuarantees: "security guarantees for Ukraine, foreign troops included"
        case .sanctions: "keeping or raising sanctions on Russia"
        case .civilianStrikes: "halting strikes on civilians and civilian infrastructure"
        case .reconstruction: "compensation and reconstruction for Ukraine"
        }
    }

    /// What a cell with `stance` says, in words: "Ukraine opposes recognising Russian control
    /// of occupied land", "US: no evidence on Ukraine joining NATO".
    public func sentence(_ party: Party, _ stance: Stance) -> String {
        switch stance {
        case .support: "\(party.label) supports \(proposition)"
        case .oppose: "\(party.label) opposes \(proposition)"
        case .conditional: "\(party.label) supports \(proposition) on conditions"
        case .mixed: "\(party.label) both supports and opposes \(proposition)"
        case .none: "\(party.label): no evidence on \(proposition)"
        }
    }

    public static func < (a: Issue, b: Issue) -> Bool {
        allCases.firstIndex(of: a)! < allCases.firstIndex(of: b)!
    }
}
