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
        /// Claims read with too little confidence to count (`Claim.isConfident`), in the same
        /// order: shown on request, never part of the stance.
        public var uncertain: [Claim] = []
    }

    public var parties: [Party]
    public var issues: [Issue]
    /// What narrowed the corpus, when something did: the query and how many articles of
    /// how many count. Nil for the whole corpus.
    public var filter: Filter?

    /// A narrowing of the corpus the matrix was built for.
    public struct Filter: Sendable, Hashable {
        public var query: String
        public var articles: Int
        public var of: Int
        public init(query: String, articles: Int, of: Int) {
            self.query = query
            self.articles = articles
            self.of = of
        }
        /// "filtered: 6 of 19 articles".
        public var summary: String { "filtered: \(articles) of \(of) articles" }
    }
    /// Every party × issue pair, row by row (party-major).
    public var cells: [Cell]

    /// Builds the matrix from claims. With `from`/`to` (`YYYY-MM-DD`, inclusive) only claims
    /// from articles published in that range count, and undated ones are dropped.
    /// `articles`, when given, keeps only the claims of those articles (a search, an actor,
    /// an outlet narrowing the corpus).
    public init(claims: [Claim], parties: [Party] = Party.matrixParties,
                issues: [Issue] = Issue.allCases, from: String? = nil, to: String? = nil,
                articles: Set<String>? = nil) {
        self.parties = parties
        self.issues = issues
        // One pass over the claims: each in-window claim's position goes to its cell with
        // its day's number; each cell is then ordered by day (oldest first, undated last,
        // claim order within a day) before the claims themselves are copied once.
        var partySlot: [Party: Int] = [:]
        for (n, party) in parties.enumerated() where partySlot[party] == nil { partySlot[party] = n }
        var issueSlot: [Issue: Int] = [:]
        for (n, issue) in issues.enumerated() where issueSlot[issue] == nil { issueSlot[issue] = n }
        var dayNumber: [String: Int] = [:]
        var days: [String] = []
        var buckets = Array(repeating: [(claim: Int, day: Int)](), count: parties.count * issues.count)
        for (k, claim) in claims.enumerated() where Self.inWindow(claim.published, from: from, to: to)
            && (articles?.contains(claim.article) ?? true) {
            guard let p = partySlot[claim.holder], let i = issueSlot[claim.issue] else { continue }
            var day = Int.max
            if let published = claim.published {
                if let d = dayNumber[published] { day = d } else {
                    day = days.count
                    dayNumber[published] = day
                    days.append(published)
                }
            }
            buckets[p * issues.count + i].append((k, day))
        }
        var rank = [Int](repeating: 0, count: days.count)
        for (r, d) in days.indices.sorted(by: { days[$0] < days[$1] }).enumerated() { rank[d] = r }
        var cells: [Cell] = []
        cells.reserveCapacity(parties.count * issues.count)
        for party in parties {
            for issue in issues {
                let entries = buckets[partySlot[party]! * issues.count + issueSlot[issue]!]
                var keyed: [(claim: Int, day: Int)] = []
                keyed.reserveCapacity(entries.count)
                for e in entries {
                    let day: Int = e.day == Int.max ? Int.max : rank[e.day]
                    keyed.append((claim: e.claim, day: day))
                }
                keyed.sort { (a: (claim: Int, day: Int), b: (claim: Int, day: Int)) -> Bool in
                    a.day != b.day ? a.day < b.day : a.claim < b.claim
                }
                var evidence: [Claim] = []
                var uncertain: [Claim] = []
                for k in keyed {
                    let claim = claims[k.claim]
                    if claim.isConfident { evidence.append(claim) } else { uncertain.append(claim) }
                }
                cells.append(Cell(party: party, issue: issue, stance: Self.aggregate(evidence),
                                  evidence: evidence, uncertain: uncertain))
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

    /// The cell's stance from its claims: `none` without evidence; `mixed` when support and
    /// opposition both carry real weight (the smaller side at least a quarter); otherwise the
    /// larger side, `conditional` when conditions are at least as common as plain support or
    /// when some opposition stands next to conditional support.
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
        if positive > 0 && oppose > 0 && 4 * min(positive, oppose) >= positive + oppose {
            return .mixed
        }
        if oppose > positive { return .oppose }
        // Opposition to some terms next to acceptance on others reads as conditional support.
        if oppose > 0 && conditional > 0 { return .conditional }
        return conditional >= support ? .conditional : .support
    }
}
