import ParleyCore

/// The bottom line: the corpus and its counts, the active filters (search, actor, date
/// window), a notice when there is one, and a key hint.
public struct StatusLine {
    let state: AppState

    public init(state: AppState) { self.state = state }

    public func render(in rect: Rect, on canvas: inout Canvas, theme: Theme) {
        guard !rect.isEmpty else { return }
        let base = theme.style("status")
        canvas.fill(rect, style: base)
        let keyStyle = theme.style("status.key").over(base)
        // The keys of the focused pane first, when the line is wide enough for them.
        let common: [(String, String)] = [("?", "help"), ("/", "search"), ("q", "quit")]
        let hints = rect.width >= 140 ? Self.paneHints(state) + common : common
        var hintWidth = 0
        for (k, v) in hints { hintWidth += DisplayWidth.of(k) + DisplayWidth.of(v) + 3 }
        let showHints = rect.width - hintWidth > 30
        let limit = showHints ? rect.maxX - hintWidth : rect.maxX
        var x = rect.x + 1
        if let notice = state.notice {
            x = canvas.put(DisplayWidth.truncate(notice, to: limit - x), x: x, y: rect.y,
                           style: theme.style("status.notice").over(base), limit: limit)
        } else if let data = state.data {
            let m = data.model
            var filters: [String] = []
            if state.search.isActive { filters.append("search /\(state.search.text)") }
            if let a = state.actorFilter { filters.append("actor \(data.actorName(a))") }
            if let w = state.window { filters.append("window \(w.from ?? "…")→\(w.to ?? "…")") }
            let room = limit - x
            var filterText = filters.isEmpty ? "" : " │ " + filters.joined(separator: " · ") + " (Esc clears)"
            if DisplayWidth.of(filterText) > room { filterText = " │ " + filters.joined(separator: " · ") }
            // The active filters matter more than the totals: on a narrow screen the counts
            // shorten (then go) so the filters stay readable.
            var countChoices = [
                "\(state.corpusName) · \(m.articles.count) articles · \(m.actors.count) actors · \(m.claims.count) claims",
                "\(state.corpusName) · \(m.articles.count) articles",
                state.corpusName,
            ]
            // While loading, the progress comes first so that no width hides it.
            if case .loading(let done, let total) = state.phase {
                let loading = "loading: \(done) of \(total) files"
                countChoices = countChoices.map { "\(loading) · \($0)" } + [loading]
            }
            var counts = countChoices.first { DisplayWidth.of($0) + DisplayWidth.of(filterText) <= room } ?? ""
            if filters.isEmpty { counts = countChoices[0] }
            x = canvas.put(DisplayWidth.truncate(counts, to: room), x: x, y: rect.y, style: base, limit: limit)
            if !filters.isEmpty {
                let text = counts.isEmpty ? String(filterText.dropFirst(3)) : filterText
                x = canvas.put(DisplayWidth.truncate(text, to: max(0, limit - x)), x: x, y: rect.y,
                               style: theme.style("status.filter").over(base), limit: limit)
            }
        }
        if showHints {
            var hx = rect.maxX - hintWidth
            for (k, v) in hints {
                hx = canvas.put(" " + k, x: hx, y: rect.y, style: keyStyle)
                hx = canvas.put(" " + v + " ", x: hx, y: rect.y, style: base)
            }
        }
        _ = x
    }

    /// The few keys that matter most in the focused pane.
    static func paneHints(_ state: AppState) -> [(String, String)] {
        switch state.focus {
        case .articles: return [("Enter", "read"), ("s", "sort")]
        case .actors: return [("Enter", "filter"), ("a", "all actors")]
        case .matrix: return [("Enter", "evidence"), ("v", "compare"), ("T", "timeline")]
        case .reader:
            switch state.detail {
            case .evidence: return [("Enter", "open"), ("w", "uncertain"), ("y", "copy")]
            case .compare, .timeline: return [("h/l", "move"), ("Enter", "evidence"), ("E", "export")]
            case .actor: return [("Enter", "open"), ("y", "copy")]
            default: return [("n", "next hit"), ("y", "copy"), ("o", "open web page")]
            }
        }
    }
}
