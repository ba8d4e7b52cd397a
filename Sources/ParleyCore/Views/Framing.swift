/// Who reports whom as wanting what: for one issue, a row per outlet and a column per party,
/// each cell the stance that outlet's articles give the party, with its split
/// (`parley framing`). `outlet:tass` next to `outlet:"kyiv independent"` in one table.
public struct Framing: Sendable {
    /// One outlet × party.
    public struct Cell: Sendable, Hashable {
        public var stance: Stance
        public var tally: StanceTally
    }

    public var issue: Issue
    public var parties: [Party]
    /// Outlets with evidence on the issue, most evidence first; articles without an outlet
    /// are "(no outlet)".
    public var outlets: [String]
    /// `cells[outlet][party]`.
    public var cells: [[Cell]]

    public static let noOutlet = "(no outlet)"

    /// Only confident claims count, as in the matrix.
    public init(claims: [Claim], issue: Issue, outlet: (String) -> String?, parties: [Party] = Party.matrixParties) {
        self.issue = issue
        self.parties = parties
        var byOutlet: [String: [[Claim]]] = [:]
        var order: [String] = []
        for c in claims where c.isConfident && c.issue == issue {
            guard let p = parties.firstIndex(of: c.holder) else { continue }
            let name = outlet(c.article).flatMap { $0.isEmpty ? nil : $0 } ?? Self.noOutlet
            if byOutlet[name] == nil {
                byOutlet[name] = Array(repeating: [], count: parties.count)
                order.append(name)
            }
            byOutlet[name]![p].append(c)
        }
        let count = { (name: String) in byOutlet[name]!.reduce(0) { $0 + $1.count } }
        outlets = order.sorted { count($0) != count($1) ? count($0) > count($1) : $0 < $1 }
        cells = outlets.map { name in
            byOutlet[name]!.map { Cell(stance: PositionMatrix.aggregate($0), tally: StanceTally($0)) }
        }
    }
}
