import ParleyCore

/// The Position matrix pane: the eight issues as rows, the four parties as columns; each
/// cell a stance glyph, its evidence count, and `*` when the selected article holds
/// evidence for it. Glyphs carry the meaning; colour only repeats it. A legend explains.
public struct PositionMatrixView {
    let state: AppState

    public init(state: AppState) { self.state = state }

    /// Column geometry for an inner rectangle: the issue label width and each party column's.
    public static func columns(inner: Rect) -> (label: Int, column: Int) {
        let column = min(12, max(8, (inner.width - 21) / 4))
        return (max(0, inner.width - 4 * column), column)
    }

    /// The (issue, party) cell under a point of the inner rectangle, if any.
    public static func cell(atX x: Int, y: Int, inner: Rect) -> (issue: Int, party: Int)? {
        let g = columns(inner: inner)
        let row = y - inner.y - 1
        let col = (x - inner.x - g.label)
        guard row >= 0, row < Issue.allCases.count, col >= 0 else { return nil }
        let party = col / g.column
        guard party < Party.matrixParties.count else { return nil }
        return (row, party)
    }

    /// An issue's name in the longest form that fits `width` columns.
    static func putLabel(_ issue: Issue, x: Int, y: Int, width: Int, on canvas: inout Canvas, style: Style) {
        let label = DisplayWidth.of(issue.label) <= width ? issue.label
            : DisplayWidth.of(mediumLabel(issue)) <= width ? mediumLabel(issue) : issue.shortLabel
        canvas.putPadded(label, x: x, y: y, width: width, style: style)
    }

    /// Issue names for a matrix about 80 columns wide.
    public static func mediumLabel(_ issue: Issue) -> String {
        switch issue {
        case .securityGuarantees: "Guarantees"
        case .civilianStrikes: "Civ. strikes"
        case .reconstruction: "Rebuilding"
        default: issue.label
        }
    }

    public func render(in rect: Rect, on canvas: inout Canvas, theme: Theme) {
        let focused = state.focus == .matrix
        var window = "all dates"
        var shortWindow: String?
        if let w = state.window {
            window = "\(w.from ?? "…") → \(w.to ?? "…")"
            // The short form drops the end's year when both ends share it.
            var to = w.to ?? "…"
            if let from = w.from, to.count == 10, from.prefix(5) == to.prefix(5) { to = String(to.dropFirst(5)) }
            shortWindow = "\(w.from ?? "…")→\(to)"
        }
        if let f = state.matrix.filter {
            // "filtered: 6 of 19 articles · all dates": the matrix counts what the search kept.
            window = f.summary + " · " + window
            shortWindow = "filtered \(f.articles)/\(f.of)" + (shortWindow.map { " · " + $0 } ?? "")
        }
        let inner = Panel(title: "Position matrix", number: 3, focused: focused, right: window,
                          shortRight: shortWindow, keepsRight: state.window != nil || state.matrix.filter != nil)
            .render(in: rect, on: &canvas, theme: theme)
        guard !inner.isEmpty else { return }
        let base = theme.style("text")
        let header = theme.style("matrix.header").over(base)
        let g = Self.columns(inner: inner)
        canvas.putPadded("Issue", x: inner.x + 1, y: inner.y, width: g.label - 1, style: header)
        for (p, party) in Party.matrixParties.enumerated() {
            canvas.putPadded(party.label, x: inner.x + g.label + p * g.column, y: inner.y,
                             width: g.column - 1, style: theme.style(PartyTag.styleKey(party)).over(header))
        }
        var marked = Set<BrowserData.CellKey>()
        if let data = state.data, let article = state.selectedArticle, let pos = data.position[article.id] {
            marked = data.cellsByArticle[pos]
        }
        let markStyle = theme.style("matrix.marked").over(base)
        for (i, issue) in Issue.allCases.enumerated() {
            let y = inner.y + 1 + i
            guard y < inner.maxY else { break }
            let label = DisplayWidth.of(issue.label) <= g.label - 2 ? issue.label
                : DisplayWidth.of(Self.mediumLabel(issue)) <= g.label - 2 ? Self.mediumLabel(issue) : issue.shortLabel
            let rowSelected = i == state.matrixIssue
            canvas.putPadded(label, x: inner.x + 1, y: y, width: g.label - 1,
                             style: rowSelected && focused ? header : base)
            for (p, party) in Party.matrixParties.enumerated() {
                let x = inner.x + g.label + p * g.column
                let cell = state.matrix.cell(party, issue)
                let stance = cell?.stance ?? Stance.none
                let count = cell?.evidence.count ?? 0
                let mark = marked.contains(BrowserData.CellKey(party, issue))
                var style = theme.style("stance." + stance.rawValue).over(base)
                let isCursor = rowSelected && p == state.matrixParty
                if isCursor {
                    style = theme.style(focused ? "matrix.selected" : "list.selected.unfocused").over(style)
                }
                let text = count > 0 ? "\(stance.glyph) \(count)" : stance.glyph
                let cellWidth = g.column - 1
                canvas.putPadded(" " + text, x: x - 1, y: y, width: cellWidth, style: style)
                if mark {
                    canvas.put("*", x: x - 1 + min(cellWidth - 1, DisplayWidth.of(text) + 1), y: y,
                               style: isCursor ? style : markStyle)
                }
                if isCursor && focused { canvas.cursor = (x - 1, y) }
            }
        }
        let legendY = inner.y + 1 + Issue.allCases.count
        if legendY < inner.maxY { renderLegend(x: inner.x + 1, y: legendY, width: inner.width - 1, on: &canvas, theme: theme) }
        // With a row to spare, the cursor cell in words: what its glyph means.
        if legendY + 1 < inner.maxY {
            let party = Party.matrixParties[min(state.matrixParty, Party.matrixParties.count - 1)]
            let issue = Issue.allCases[min(state.matrixIssue, Issue.allCases.count - 1)]
            let stance = state.matrix.cell(party, issue)?.stance ?? Stance.none
            canvas.putPadded(issue.sentence(party, stance), x: inner.x + 1, y: legendY + 1, width: inner.width - 1,
                             style: theme.style("legend").over(theme.style("text")))
        }
    }

    private func renderLegend(x: Int, y: Int, width: Int, on canvas: inout Canvas, theme: Theme) {
        let base = theme.style("text")
        let variants: [[(Stance?, String)]] = [
            [(.support, "support"), (.oppose, "oppose"), (.conditional, "conditional"),
             (.mixed, "mixed"), (Stance.none, "none"), (nil, "has this article")],
            [(.support, "support"), (.oppose, "oppose"), (.conditional, "if"),
             (.mixed, "mixed"), (Stance.none, "none"), (nil, "article")],
            [(.support, "sup"), (.oppose, "opp"), (.conditional, "cond"), (.mixed, "mix"),
             (Stance.none, "none"), (nil, "art.")],
        ]
        let chosen = variants.first { v in
            v.reduce(0) { $0 + DisplayWidth.of($1.1) + 4 } - 2 <= width
        } ?? variants[variants.count - 1]
        var cx = x
        let legend = theme.style("legend").over(base)
        for (stance, word) in chosen {
            let glyph = stance?.glyph ?? "*"
            let gs = stance.map { theme.style("stance." + $0.rawValue).over(base) }
                ?? theme.style("matrix.marked").over(base)
            cx = canvas.put(glyph, x: cx, y: y, style: gs, limit: x + width)
            cx = canvas.put(" " + word + "  ", x: cx, y: y, style: legend, limit: x + width)
        }
    }
}
