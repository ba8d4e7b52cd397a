/// A side in the talks: the rows of the position matrix (ids are stable, see the contract).
public enum Party: String, CaseIterable, Codable, Sendable, Comparable {
    case russia, ukraine, us, europe, other

    /// The four parties the matrix shows by default (`other` is listed as actors only).
    public static let matrixParties: [Party] = [.russia, .ukraine, .us, .europe]

    public var label: String {
        switch self {
        case .russia: "Russia"
        case .ukraine: "Ukraine"
        case .us: "US"
        case .europe: "Europe"
        case .other: "Other"
        }
    }

    public static func < (a: Party, b: Party) -> Bool {
        allCases.firstIndex(of: a)! < allCases.firstIndex(of: b)!
    }
}
