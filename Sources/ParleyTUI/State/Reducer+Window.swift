import Foundation
import ParleyCore

extension AppState {
    /// `[` / `]`: moves the window by its own length (a week when there is none yet).
    mutating func shiftWindow(_ direction: Int) {
        guard let data, let last = data.lastDay.flatMap(DayNumber.from) else {
            notice = "No dated articles: the date window needs dates"
            return
        }
        guard let w = window else {
            setWindow(DateWindow(from: DayNumber.string(last - 6), to: DayNumber.string(last)))
            return
        }
        let from = w.from.flatMap(DayNumber.from), to = w.to.flatMap(DayNumber.from)
        let length = (from != nil && to != nil) ? to! - from! + 1 : 7
        setWindow(DateWindow(from: from.map { DayNumber.string($0 + direction * length) },
                             to: to.map { DayNumber.string($0 + direction * length) }))
    }

    /// `{` widens (doubles, keeping the end), `}` narrows (halves, keeping the end).
    mutating func resizeWindow(widen: Bool) {
        guard let data, let last = data.lastDay.flatMap(DayNumber.from) else {
            notice = "No dated articles: the date window needs dates"
            return
        }
        guard let w = window else {
            if widen { notice = "All dates are shown already" }
            else { setWindow(DateWindow(from: DayNumber.string(last - 29), to: DayNumber.string(last))) }
            return
        }
        let to = w.to.flatMap(DayNumber.from) ?? last
        let from = w.from.flatMap(DayNumber.from) ?? (data.firstDay.flatMap(DayNumber.from) ?? to)
        let length = max(1, to - from + 1)
        let newLength = widen ? length * 2 : max(1, length / 2)
        setWindow(DateWindow(from: DayNumber.string(to - newLength + 1), to: DayNumber.string(to)))
    }

    /// The matrix for the date window and for the articles the search and the actor filter
    /// keep (while a search is being typed the matrix waits for Enter). Its filter says how
    /// many articles count.
    mutating func refreshMatrix() {
        guard let data else { matrix = PositionMatrix(claims: []); return }
        let narrowed = actorFilter != nil || search.hits != nil
        let scope = narrowed ? Set(articleRows.map { data.model.articles[$0].id }) : nil
        matrix = data.model.matrix(from: window?.from, to: window?.to, articles: scope)
        if let scope {
            var what: [String] = []
            if let a = actorFilter { what.append("actor:" + a) }
            if search.hits != nil { what.append(search.text) }
            matrix.filter = PositionMatrix.Filter(query: what.joined(separator: " "), articles: scope.count,
                                                  of: data.model.articles.count)
        }
        matrixScope = scope
    }

    mutating func setWindow(_ w: DateWindow?) {
        window = (w?.from == nil && w?.to == nil) ? nil : w
        refreshMatrix()
        if let w = window {
            notice = "Matrix as of \(w.from ?? "the start") → \(w.to ?? "now") · [ ] move · { } widen/narrow · :all"
        } else {
            notice = "Matrix over all dates"
        }
        if case .evidence(let p, let i, _) = detail { detail = .evidence(party: p, issue: i, list: ListState()) }
    }

    /// Keys while the `:` prompt is open.
    mutating func handlePromptKey(_ key: Key) {
        switch key {
        case .char(let c): prompt?.text.append(c)
        case .backspace, .delete:
            if prompt?.text.isEmpty ?? true { prompt = nil } else { prompt?.text.removeLast() }
        case .escape: prompt = nil
        case .enter:
            let text = prompt?.text ?? ""
            prompt = nil
            runPrompt(text)
        case .ctrl("c"): shouldQuit = true
        default: break
        }
    }

    /// `:from DATE`, `:to DATE`, `:from` / `:to` (clears that end), `:all`.
    mutating func runPrompt(_ text: String) {
        let words = text.split(separator: " ").map(String.init)
        guard let verb = words.first?.lowercased() else { return }
        if verb == "compare" {
            setCompareSides(Array(words.dropFirst()))
            return
        }
        let value = words.count > 1 ? words[1] : nil
        if let value, !DayFormat.isValid(value) {
            notice = "'\(value)' is not a date: write YYYY-MM-DD"
            return
        }
        switch verb {
        case "from": setWindow(DateWindow(from: value, to: window?.to))
        case "to": setWindow(DateWindow(from: window?.from, to: value))
        case "all": setWindow(nil)
        default: notice = "Unknown command ':\(verb)' · try :from DATE, :to DATE, :all or :compare us europe"
        }
    }
}
