import ParleyCore

/// The prompt on the bottom line: `/` search as you type (with the number of matching
/// articles, or why the query cannot be read) or `:` for the date window.
public struct SearchBar {
    let state: AppState

    public init(state: AppState) { self.state = state }

    public func render(in rect: Rect, on canvas: inout Canvas, theme: Theme) {
        guard !rect.isEmpty else { return }
        let base = theme.style("status")
        canvas.fill(rect, style: base)
        let promptStyle = theme.style("search.prompt").over(base)
        let sigil: String
        let text: String
        var right: String
        var rightStyle = base
        if let prompt = state.prompt {
            sigil = ":"
            text = prompt.text
            right = "from DATE · to DATE · all   Enter runs · Esc cancels"
        } else {
            sigil = "/"
            text = state.search.text
            if let error = state.search.error {
                right = error
                rightStyle = theme.style("search.error").over(base)
            } else if let hits = state.search.hits {
                right = hits.count == 1 ? "1 article" : "\(hits.count) articles"
                right += " · Enter keeps · Esc clears"
            } else {
                right = "words \"phrase\" actor: party: issue: outlet: after: before:"
            }
        }
        var x = canvas.put(sigil, x: rect.x, y: rect.y, style: promptStyle)
        let rightWidth = DisplayWidth.of(right)
        let textLimit = rect.maxX - min(rightWidth + 2, rect.width / 2)
        // Show the end of a long query.
        var shown = text
        while DisplayWidth.of(shown) > textLimit - x - 1, !shown.isEmpty { shown.removeFirst() }
        x = canvas.put(shown, x: x, y: rect.y, style: base, limit: textLimit)
        canvas.cursor = (x, rect.y)
        canvas.cursorVisible = true
        let rx = max(textLimit + 1, rect.maxX - rightWidth - 1)
        canvas.put(DisplayWidth.truncate(right, to: rect.maxX - rx), x: rx, y: rect.y, style: rightStyle)
    }
}
