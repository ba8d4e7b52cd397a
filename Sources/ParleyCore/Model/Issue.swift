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

    public static func < (a: Issue, b: Issue) -> Bool {
        allCases.firstIndex(of: a)! < allCases.firstIndex(of: b)!
    }
}
