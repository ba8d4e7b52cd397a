/// Two to four sides next to each other, issue by issue (the `v` view and `parley compare`):
/// each cell the side's stance on the issue, its evidence split, and the key sentence — the
/// most recent confident claim (the analyst's pin will take its place once pins exist).
///
/// A side is a party ("us") or any actor standing in for one ("volodymyr-zelenskyy"), so
/// Zelensky can be read next to Yermak.
public struct Comparison: Sendable {
    /// One column: a party or an actor.
    public struct Side: Sendable, Hashable {
        public var id: String
        public var label: String
        /// The party the side is or belongs to.
        public var party: Party
        /// Set when the side is one actor rather than the whole party.
        public var actor: String?

        public init(id: String, label: String, party: Party, actor: String? = nil) {
            self.id = id
            self.label = label
            self.party = party
            self.actor = actor
        }
    }

    /// One side × issue.
    public struct Cell: Sendable, Hashable {
        public var stance: Stance
        public var tally: StanceTally
        public var key: Claim?
        public var evidence: [Claim]
    }

    public var sides: [Side]
    public var issues: [Issue]
    /// `cells[issue][side]`.
    public var cells: [[Cell]]

    /// Builds the comparison from claims (already narrowed by date or search if wanted);
    /// only confident claims count, as in the matrix.
    public init(claims: [Claim], sides: [Side], issues: [Issue] = Issue.allCases) {
        self.sides = sides
        self.issues = issues
        var cells: [[Cell]] = []
        for issue in issues {
            var row: [Cell] = []
            for side in sides {
                let evidence = claims.filter { c in
                    c.isConfident && c.issue == issue && c.holder == side.party
                        && (side.actor == nil || c.actor == side.actor || c.source == side.actor)
                }
                // The key sentence: the latest dated claim, the first one when none is dated.
                let key = evidence.max { a, b in (a.published ?? "") < (b.published ?? "") } ?? evidence.first
                row.append(Cell(stance: PositionMatrix.aggregate(evidence), tally: StanceTally(evidence),
                                key: key, evidence: evidence))
            }
            cells.append(row)
        }
        self.cells = cells
    }

    public func cell(_ issue: Issue, _ side: Int) -> Cell? {
        guard let i = issues.firstIndex(of: issue), side >= 0, side < sides.count else { return nil }
        return cells[i][side]
    }
}
