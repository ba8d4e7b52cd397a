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
        // The hint on the right, longest first; the first that fits in half the line shows.
        var rights: [String]
        var rightStyle = base
        if let prompt = state.prompt {
            sigil = ":"
            text = prompt.text
            rights = ["from DATE · to DATE · all   Enter runs · Esc cancels",
                      "from DATE · to DATE · all · Esc cancels", "from/to DATE · all · Esc cancels", "from DATE · to DATE · all"]
        } else {
            sigil = "/"
            text = state.search.text
            if let error = state.search.error {
                rights = [error]
                rightStyle = theme.style("search.error").over(base)
            } else if let hits = state.search.hits {
                let count = hits.count == 1 ? "1 article" : "\(hits.count) articles"
                rights = [count + " · Enter keeps · Esc clears", count + " · Esc clears", count]
            } else {
                rights = ["words \"phrase\" actor: party: issue: outlet: after: before:"]
            }
        }
        let room = rect.width / 2 - 2
        let right = rights.first { DisplayWidth.of($0) <= room } ?? rights[rights.count - 1]
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
