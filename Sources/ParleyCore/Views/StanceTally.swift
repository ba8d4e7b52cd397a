/// How a set of claims splits by stance (`+3 −1 ?1`), and the stance they add up to (the
/// matrix's rule, `PositionMatrix.aggregate`).
public struct StanceTally: Sendable, Hashable {
    public var support = 0
    public var oppose = 0
    public var conditional = 0

    public init() {}

    public init(_ claims: [Claim]) {
        for c in claims {
            switch c.stance {
            case .support: support += 1
            case .oppose: oppose += 1
            case .conditional: conditional += 1
            case .mixed, .none: break
            }
        }
    }

    public var total: Int { support + oppose + conditional }

    /// "+3 −1 ?1", leaving out empty sides; "·" when there is nothing.
    public var split: String {
        var parts: [String] = []
        if support > 0 { parts.append("+\(support)") }
        if oppose > 0 { parts.append("−\(oppose)") }
        if conditional > 0 { parts.append("?\(conditional)") }
        return parts.isEmpty ? "·" : parts.joined(separator: " ")
    }
}
