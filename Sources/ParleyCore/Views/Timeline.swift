/// One issue over time (the `T` view and `parley timeline`): a row per party, a column per
/// week (or day) across the corpus's dates, each column the stance its period's evidence
/// adds up to — so "Russia × ceasefire: − until May 10, ? after" shows at a glance.
public struct Timeline: Sendable {
    /// The length of a column.
    public enum Period: String, Sendable, CaseIterable {
        case day, week
    }

    /// One column: its first and last day (inclusive, `YYYY-MM-DD`).
    public struct Column: Sendable, Hashable {
        public var from: String
        public var to: String
    }

    /// One party × period.
    public struct Cell: Sendable, Hashable {
        public var stance: Stance
        public var tally: StanceTally
        public var evidence: [Claim]
    }

    public var issue: Issue
    public var period: Period
    public var parties: [Party]
    public var columns: [Column]
    /// `cells[party][column]`.
    public var cells: [[Cell]]
    /// Claims of the issue from undated articles: no column can hold them.
    public var undated: Int

    /// Weeks start on Monday. Only confident claims count, as in the matrix.
    public init(claims: [Claim], issue: Issue, period: Period = .week, parties: [Party] = Party.matrixParties) {
        self.issue = issue
        self.period = period
        self.parties = parties
        let relevant = claims.filter { $0.isConfident && $0.issue == issue }
        let days = relevant.compactMap { $0.published.flatMap(DayNumber.from) }
        undated = relevant.count - days.count
        guard let first = days.min(), let last = days.max() else {
            columns = []
            cells = parties.map { _ in [] }
            return
        }
        let length = period == .week ? 7 : 1
        // 1970-01-01 was a Thursday: day n is a Monday when (n + 3) % 7 == 0.
        func start(_ n: Int) -> Int { period == .week ? n - ((n + 3) % 7 + 7) % 7 : n }
        var columns: [Column] = []
        var d = start(first)
        while d <= last {
            columns.append(Column(from: DayNumber.string(d), to: DayNumber.string(d + length - 1)))
            d += length
        }
        self.columns = columns
        let origin = start(first)
        var buckets = Array(repeating: Array(repeating: [Claim](), count: columns.count), count: parties.count)
        for c in relevant {
            guard let p = parties.firstIndex(of: c.holder), let n = c.published.flatMap(DayNumber.from) else { continue }
            buckets[p][(start(n) - origin) / length].append(c)
        }
        cells = buckets.map { row in
            row.map { Cell(stance: PositionMatrix.aggregate($0), tally: StanceTally($0), evidence: $0) }
        }
    }
}
