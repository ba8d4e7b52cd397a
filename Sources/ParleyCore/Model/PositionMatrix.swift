/// Claims gathered into party × issue cells, each with its stance and its evidence
/// ordered by publication date.
public struct PositionMatrix: Sendable, Hashable {
    /// One party × issue cell.
    public struct Cell: Sendable, Hashable {
        public var party: Party
        public var issue: Issue
        public var stance: Stance
        /// The claims behind the stance, oldest first (undated last).
        public var evidence: [Claim]
    }

    public var parties: [Party]
    public var issues: [Issue]
    /// Every party × issue pair, row by row (party-major).
    public var cells: [Cell]

    /// Builds the matrix from claims. With `from`/`to` (`YYYY-MM-DD`, inclusive) only claims
    /// from articles published in that range count, and undated ones are dropped.
    public init(claims: [Claim], parties: [Party] = Party.matrixParties,
                issues: [Issue] = Issue.allCases, from: String? = nil, to: String? = nil) {
        self.parties = parties
        self.issues = issues
        var grouped: [Party: [Issue: [Claim]]] = [:]
        for claim in claims where Self.inWindow(claim.published, from: from, to: to) {
            grouped[claim.holder, default: [:]][claim.issue, default: []].append(claim)
        }
        var cells: [Cell] = []
        cells.reserveCapacity(parties.count * issues.count)
        for party in parties {
            for issue in issues {
                let evidence = Self.ordered(grouped[party]?[issue] ?? [])
                cells.append(Cell(party: party, issue: issue,
                                  stance: Self.aggregate(evidence), evidence: evidence))
            }
        }
        self.cells = cells
    }

    public func cell(_ party: Party, _ issue: Issue) -> Cell? {
        guard let p = parties.firstIndex(of: party), let i = issues.firstIndex(of: issue) else {
            return nil
        }
        return cells[p * issues.count + i]
    }

    /// Whether a publication day lies in the window. With no window everything counts;
    /// with one, undated articles do not.
    public static func inWindow(_ day: String?, from: String?, to: String?) -> Bool {
        if from == nil && to == nil { return true }
        guard let day else { return false }
        if let from, day < from { return false }
        if let to, day > to { return false }
        return true
    }

    /// Oldest first; undated claims after dated ones; stable otherwise.
    static func ordered(_ claims: [Claim]) -> [Claim] {
        // Grouped by day (in claim order), then the few distinct days sorted: the same
        // order as a stable sort, without moving whole claims through a comparison sort.
        var byDay: [String: [Claim]] = [:]
        var undated: [Claim] = []
        for claim in claims {
            if let day = claim.published { byDay[day, default: []].append(claim) } else { undated.append(claim) }
        }
        var result: [Claim] = []
        result.reserveCapacity(claims.count)
        for day in byDay.keys.sorted() { result.append(contentsOf: byDay[day]!) }
        result.append(contentsOf: undated)
        return result
    }

    /// The cell's stance from its claims: `none` without evidence; `mixed` when support and
    /// opposition both carry real weight (the smaller side at least a third); otherwise the
    /// larger side, `conditional` when conditions are at least as common as plain support.
    public static func aggregate(_ evidence: [Claim]) -> Stance {
        var support = 0, oppose = 0, conditional = 0
        for claim in evidence {
            switch claim.stance {
            case .support: support += 1
            case .oppose: oppose += 1
            case .conditional: conditional += 1
            case .mixed, .none: break
            }
        }
        let positive = support + conditional
        if positive == 0 && oppose == 0 { return .none }
        if positive > 0 && oppose > 0 && 3 * min(positive, oppose) >= positive + oppose {
            return .mixed
        }
        if oppose > positive { return .oppose }
        return conditional >= support ? .conditional : .support
    }
}
