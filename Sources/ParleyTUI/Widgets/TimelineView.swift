import ParleyCore

/// The timeline view in the Detail pane: one issue, a row per party, a column per week
/// (headed by its Monday, MM-DD), each the stance of that week's evidence (`·` for none). The
/// columns shown end at the one under the cursor; below, that week's split in words.
public struct TimelineView {
    let state: AppState

    public init(state: AppState) { self.state = state }

    public func render(in rect: Rect, on canvas: inout Canvas, theme: Theme) {
        guard case .timeline(let issue, let period, let list) = state.detail else { return }
        let focused = state.focus == .reader
        let timeline = state.timeline(issue)
        let filter = state.matrix.filter.map { $0.summary + " · " } ?? ""
        let inner = Panel(title: "Timeline · \(issue.label)", number: 4, focused: focused,
                          right: filter + "\(timeline.columns.count) weeks")
            .render(in: rect, on: &canvas, theme: theme)
        guard !inner.isEmpty else { return }
        let base = theme.style("text")
        let header = theme.style("matrix.header").over(base)
        guard !timeline.columns.isEmpty else {
            canvas.putPadded("No dated evidence on \(issue.label.lowercased()).", x: inner.x + 1, y: inner.y,
                             width: inner.width - 1, style: theme.style("text.dim").over(base))
            return
        }
        let labelWidth = 9
        let column = 6
        let fit = max(1, (inner.width - labelWidth - 1) / column)
        let last = min(max(period, fit - 1), timeline.columns.count - 1)
        let first = max(0, last - fit + 1)
        canvas.putPadded("Week of", x: inner.x + 1, y: inner.y, width: labelWidth - 1, style: header)
        for c in first...last {
            canvas.putPadded(String(timeline.columns[c].from.dropFirst(5)), x: inner.x + labelWidth + (c - first) * column,
                             y: inner.y, width: column - 1, style: header)
        }
        for (p, party) in timeline.parties.enumerated() {
            let y = inner.y + 1 + p
            guard y < inner.maxY else { break }
            let selectedRow = p == list.selected
            canvas.putPadded(party.label, x: inner.x + 1, y: y, width: labelWidth - 1,
                             style: theme.style(PartyTag.styleKey(party)).over(selectedRow && focused ? header : base))
            for c in first...last {
                let cell = timeline.cells[p][c]
                let x = inner.x + labelWidth + (c - first) * column
                var style = theme.style("stance." + cell.stance.rawValue).over(base)
                if selectedRow && c == period {
                    style = theme.style(focused ? "matrix.selected" : "list.selected.unfocused").over(style)
                    if focused { canvas.cursor = (x, y) }
                }
                canvas.putPadded(" " + (cell.stance == .none ? "·" : cell.stance.glyph), x: x, y: y, width: column - 1, style: style)
            }
        }
        let y = inner.y + 1 + timeline.parties.count
        if y < inner.maxY, period < timeline.columns.count, list.selected < timeline.parties.count {
            let week = timeline.columns[period]
            let cell = timeline.cells[list.selected][period]
            let words = "\(week.from) → \(week.to): " + issue.sentence(timeline.parties[list.selected], cell.stance)
                + (cell.tally.total > 0 ? " (\(cell.tally.split)) · Enter: that week's evidence" : "")
            canvas.putPadded(words, x: inner.x + 1, y: y, width: inner.width - 1, style: theme.style("legend").over(base))
        }
        if y + 1 < inner.maxY && timeline.undated > 0 {
            canvas.putPadded("\(timeline.undated) claims from undated articles are not in any week", x: inner.x + 1,
                             y: y + 1, width: inner.width - 1, style: theme.style("text.dim").over(base))
        }
    }
}
