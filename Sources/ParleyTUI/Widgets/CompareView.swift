import ParleyCore

/// The compare view in the Detail pane: issues down, two to four parties across; each cell
/// its stance glyph and evidence split (`+3 −1 ?1`), and, room permitting, its key sentence
/// (the latest confident one) with date and outlet. Enter opens the cell's evidence.
public struct CompareView {
    let state: AppState

    public init(state: AppState) { self.state = state }

    public func render(in rect: Rect, on canvas: inout Canvas, theme: Theme) {
        guard case .compare(let sides, let side, let list) = state.detail, !sides.isEmpty else { return }
        let focused = state.focus == .reader
        let filter = state.matrix.filter.map { $0.summary + " · " } ?? ""
        let inner = Panel(title: "Compare", number: 4, focused: focused,
                          right: filter + sides.map(\.label).joined(separator: " vs "))
            .render(in: rect, on: &canvas, theme: theme)
        guard !inner.isEmpty else { return }
        let base = theme.style("text")
        let dim = theme.style("text.dim").over(base)
        let comparison = state.comparison(sides)
        let issues = comparison.issues
        let labelWidth = min(14, max(8, inner.width / 5))
        let column = max(6, (inner.width - labelWidth - 1) / sides.count)
        canvas.putPadded("Issue", x: inner.x + 1, y: inner.y, width: labelWidth - 1,
                         style: theme.style("matrix.header").over(base))
        for (k, party) in sides.enumerated() {
            canvas.putPadded(party.label, x: inner.x + labelWidth + k * column, y: inner.y, width: column - 1,
                             style: theme.style(PartyTag.styleKey(party)).over(theme.style("matrix.header").over(base)))
        }
        // As many sentence lines per issue as the pane has room for (none when it is small).
        let rows = inner.height - 1
        var sentenceLines = 3
        while sentenceLines > 0 && issues.count * (1 + sentenceLines) > rows { sentenceLines -= 1 }
        var y = inner.y + 1
        for (i, issue) in issues.enumerated() {
            guard y < inner.maxY else { break }
            let selectedRow = i == list.selected
            PositionMatrixView.putLabel(issue, x: inner.x + 1, y: y, width: labelWidth - 2, on: &canvas,
                                        style: selectedRow && focused ? theme.style("matrix.header").over(base) : base)
            for k in sides.indices {
                let cell = comparison.cells[i][k]
                let x = inner.x + labelWidth + k * column
                var style = theme.style("stance." + cell.stance.rawValue).over(base)
                if selectedRow && k == side {
                    style = theme.style(focused ? "matrix.selected" : "list.selected.unfocused").over(style)
                    if focused { canvas.cursor = (x, y) }
                }
                let text = cell.stance == .none ? "·" : "\(cell.stance.glyph) \(cell.tally.split)"
                canvas.putPadded(text, x: x, y: y, width: column - 1, style: style)
                guard sentenceLines > 0, let key = cell.key else { continue }
                var lines = TextWrap.wrap("“" + key.sentence + "”", width: max(4, column - 2))
                if lines.count > sentenceLines - 1 {
                    lines = Array(lines.prefix(max(0, sentenceLines - 1)))
                    if !lines.isEmpty { lines[lines.count - 1] += "…" }
                }
                lines.append([key.published ?? "undated", state.data?.model.article(key.article)?.outlet]
                    .compactMap { $0 }.joined(separator: " · "))
                for (n, line) in lines.prefix(sentenceLines).enumerated() where y + 1 + n < inner.maxY {
                    canvas.putPadded(line, x: x, y: y + 1 + n, width: column - 1, style: dim)
                }
            }
            y += 1 + sentenceLines
        }
        // The cell under the cursor in words, when a row is left.
        if y < inner.maxY, side < sides.count, list.selected < issues.count {
            let issue = issues[list.selected]
            let cell = comparison.cells[list.selected][side]
            canvas.putPadded(issue.sentence(sides[side], cell.stance) + " · Enter: its evidence", x: inner.x + 1, y: y,
                             width: inner.width - 1, style: theme.style("legend").over(base))
        }
    }
}
