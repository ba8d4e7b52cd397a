import ParleyCore

/// The Articles pane: date, outlet and title of each article, newest first by default.
/// Wide panes show one line per article, narrow ones two (title, then date · outlet).
public struct ArticleList {
    let state: AppState

    public init(state: AppState) { self.state = state }

    /// Rows each article takes at an inner width.
    public static func rowHeight(width: Int) -> Int { width >= 72 ? 1 : 2 }

    public func render(in rect: Rect, on canvas: inout Canvas, theme: Theme) {
        guard let data = state.data else { return }
        let focused = state.focus == .articles
        var title = "Articles"
        var notes: [String] = []
        if let a = state.actorFilter { notes.append("with " + data.actorName(a)) }
        if state.search.isActive { notes.append("/" + state.search.text) }
        if !notes.isEmpty { title += " · " + notes.joined(separator: " · ") }
        let count = state.articleRows.isEmpty ? "0" : "\(state.articles.selected + 1)/\(state.articleRows.count)"
        let inner = Panel(title: title, number: 1, focused: focused,
                          right: "\(count) · \(state.articleSort.rawValue)", shortRight: count)
            .render(in: rect, on: &canvas, theme: theme)
        guard !inner.isEmpty else { return }
        let base = theme.style("text")
        if state.articleRows.isEmpty {
            canvas.put(state.search.isActive ? "No article matches the search." : "No articles.",
                       x: inner.x + 1, y: inner.y, style: theme.style("text.dim").over(base), limit: inner.maxX)
            return
        }
        let rh = Self.rowHeight(width: inner.width)
        let visible = max(1, inner.height / rh)
        let offset = min(state.articles.offset, max(0, state.articleRows.count - visible))
        let dim = theme.style("text.dim").over(base)
        let match = theme.style("search.match")
        for (n, row) in (offset..<min(state.articleRows.count, offset + visible)).enumerated() {
            let article = data.model.articles[state.articleRows[row]]
            let y = inner.y + n * rh
            let selected = row == state.articles.selected
            let sel = theme.style(focused ? "list.selected" : "list.selected.unfocused").over(base)
            let lineStyle = selected ? sel : base
            let date = article.published ?? "undated   "
            let outlet = article.outlet ?? "—"
            let titleText = article.title ?? article.id
            let marker = selected ? "▌" : " "
            if rh == 1 {
                canvas.fill(Rect(x: inner.x, y: y, width: inner.width, height: 1), style: lineStyle)
                canvas.put(marker, x: inner.x, y: y, style: lineStyle)
                var x = canvas.put(date, x: inner.x + 1, y: y, style: selected ? sel : dim, limit: inner.maxX)
                x += 2
                canvas.putPadded(outlet, x: x, y: y, width: min(16, max(0, inner.maxX - x)), style: selected ? sel : dim)
                x += 18
                putTitle(titleText, x: x, y: y, limit: inner.maxX, style: lineStyle, match: match, on: &canvas)
            } else {
                canvas.fill(Rect(x: inner.x, y: y, width: inner.width, height: 2), style: lineStyle)
                canvas.put(marker, x: inner.x, y: y, style: lineStyle)
                canvas.put(marker, x: inner.x, y: y + 1, style: lineStyle)
                putTitle(titleText, x: inner.x + 1, y: y, limit: inner.maxX, style: lineStyle.adding(selected ? [] : []), match: match, on: &canvas)
                canvas.putPadded(date + " · " + outlet, x: inner.x + 3, y: y + 1,
                                 width: max(0, inner.width - 3), style: selected ? sel : dim)
            }
            if selected && focused { canvas.cursor = (inner.x, y) }
        }
    }

    /// The title, truncated to fit, with search hits highlighted.
    private func putTitle(_ title: String, x: Int, y: Int, limit: Int, style: Style, match: Style,
                          on canvas: inout Canvas) {
        let shown = DisplayWidth.truncate(title, to: max(0, limit - x))
        guard !state.search.terms.isEmpty else {
            canvas.put(shown, x: x, y: y, style: style, limit: limit)
            return
        }
        let spans = Highlighter.find(state.search.terms, in: shown)
        var offset = 0
        var cx = x
        for ch in shown {
            let hit = spans.contains { $0.start <= offset && offset < $0.end }
            cx = canvas.put(String(ch), x: cx, y: y, style: hit ? match.over(style) : style, limit: limit)
            offset += ch.utf8.count
        }
    }
}
