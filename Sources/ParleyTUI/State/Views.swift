import ParleyCore

extension AppState {
    /// The claims the matrix counts: in the date window and in the articles a search or an
    /// actor filter keeps.
    var scopedClaims: [Claim] {
        guard let data else { return [] }
        let from = window?.from, to = window?.to
        if from == nil && to == nil && matrixScope == nil { return data.model.claims }
        return data.model.claims.filter { c in
            PositionMatrix.inWindow(c.published, from: from, to: to) && (matrixScope?.contains(c.article) ?? true)
        }
    }

    /// The parties of the compare view side by side.
    func comparison(_ sides: [Party]) -> Comparison {
        Comparison(claims: scopedClaims, sides: sides.map { Comparison.Side(id: $0.rawValue, label: $0.label, party: $0) })
    }

    /// One issue week by week, over the claims in scope.
    func timeline(_ issue: Issue) -> Timeline {
        Timeline(claims: scopedClaims, issue: issue)
    }

    /// `v`: the compare view in the Detail pane, on the matrix's issue.
    mutating func openCompare() {
        history = []
        detail = .compare(sides: compareSides, side: min(matrixParty, compareSides.count - 1),
                          list: ListState(selected: matrixIssue))
        focus = .reader
        notice = "Compare · j/k issues · h/l sides · Enter: the cell's evidence · :compare us europe"
    }

    /// `T`: the matrix row's issue week by week, the last week under the cursor.
    mutating func openTimeline() {
        let issue = Issue.allCases[min(matrixIssue, Issue.allCases.count - 1)]
        history = []
        let weeks = timeline(issue).columns.count
        detail = .timeline(issue: issue, period: max(0, weeks - 1), list: ListState(selected: matrixParty))
        focus = .reader
        notice = "\(issue.label) week by week · h/l weeks · Enter: that week's evidence"
    }

    /// h/l inside the compare or timeline view; false when the Detail pane shows neither.
    mutating func moveInView(_ delta: Int) -> Bool {
        switch detail {
        case .compare(let sides, let side, let list):
            detail = .compare(sides: sides, side: min(max(0, side + delta), sides.count - 1), list: list)
            return true
        case .timeline(let issue, let period, let list):
            let count = timeline(issue).columns.count
            detail = .timeline(issue: issue, period: min(max(0, period + delta), max(0, count - 1)), list: list)
            return true
        default:
            return false
        }
    }

    /// j/k inside the compare (issues) or timeline (parties) view.
    mutating func moveRowInView(_ delta: Int) -> Bool {
        switch detail {
        case .compare(let sides, let side, var list):
            list.move(by: delta, count: Issue.allCases.count, visible: Issue.allCases.count)
            detail = .compare(sides: sides, side: side, list: list)
            return true
        case .timeline(let issue, let period, var list):
            list.move(by: delta, count: Party.matrixParties.count, visible: Party.matrixParties.count)
            detail = .timeline(issue: issue, period: period, list: list)
            return true
        default:
            return false
        }
    }

    /// Enter inside the compare or timeline view: the cell's evidence (for the timeline, in
    /// that week's date window). Esc comes back.
    mutating func openFromView() -> Bool {
        switch detail {
        case .compare(let sides, let side, let list):
            guard side < sides.count else { return true }
            history.append(detail)
            detail = .evidence(party: sides[side], issue: Issue.allCases[min(list.selected, Issue.allCases.count - 1)],
                               list: ListState())
            return true
        case .timeline(let issue, let period, let list):
            let t = timeline(issue)
            guard period < t.columns.count else { return true }
            history.append(detail)
            let week = t.columns[period]
            setWindow(DateWindow(from: week.from, to: week.to))
            detail = .evidence(party: Party.matrixParties[min(list.selected, Party.matrixParties.count - 1)],
                               issue: issue, list: ListState())
            return true
        default:
            return false
        }
    }

    /// `:compare us europe`: two to four parties for the compare view.
    mutating func setCompareSides(_ names: [String]) {
        let parties = names.compactMap(SearchQuery.party(named:)).filter { $0 != .other }
        guard (2...4).contains(parties.count), parties.count == names.count else {
            notice = "Write :compare and two to four of russia ukraine us europe (or RU UA US EU)"
            return
        }
        compareSides = parties
        openCompare()
    }
}
