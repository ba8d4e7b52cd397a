import ParleyCore

/// Draws the whole screen for a state: the one function between the state and what the
/// terminal shows.
public func render(_ state: AppState, theme: Theme, size: Size, keymap: Keymap = .standard) -> Canvas {
    var canvas = Canvas(width: size.width, height: size.height, style: theme.style("text"))
    let layout = MainLayout(size: size, focus: state.focus, zoomed: state.zoomed)
    if layout.mode == .tooSmall {
        renderTooSmall(size: size, on: &canvas, theme: theme)
        return canvas
    }
    switch state.phase {
    case .loading(let done, let total):
        // Once the first articles are in they are shown; the status line tells the rest.
        guard state.data != nil else {
            renderLoading(state: state, done: done, total: total, on: &canvas, theme: theme)
            return canvas
        }
    case .failed(let message):
        let lines = ["parley could not load \(state.corpusName):", message, "", "Press q to quit."]
        centered(lines, on: &canvas, style: theme.style("error").over(theme.style("text")))
        return canvas
    case .ready:
        break
    }
    TabBar(state: state).render(in: layout.tabBar, on: &canvas, theme: theme)
    for pane in Pane.allCases {
        let r = layout.rect(pane)
        guard !r.isEmpty else { continue }
        switch pane {
        case .articles: ArticleList(state: state).render(in: r, on: &canvas, theme: theme)
        case .actors: ActorList(state: state).render(in: r, on: &canvas, theme: theme)
        case .matrix: PositionMatrixView(state: state).render(in: r, on: &canvas, theme: theme)
        case .reader:
            switch state.detail {
            case .reader(let position):
                ReaderView(state: state, position: position).render(in: r, on: &canvas, theme: theme)
            case .evidence, .actor:
                DetailView(state: state).render(in: r, on: &canvas, theme: theme)
            case .compare:
                CompareView(state: state).render(in: r, on: &canvas, theme: theme)
            case .timeline:
                TimelineView(state: state).render(in: r, on: &canvas, theme: theme)
            case .empty:
                let inner = Panel(title: "Reader", number: 4, focused: state.focus == .reader)
                    .render(in: r, on: &canvas, theme: theme)
                canvas.put("Select an article, an actor or a matrix cell.", x: inner.x + 1, y: inner.y,
                           style: theme.style("text.dim").over(theme.style("text")), limit: inner.maxX)
            }
        }
    }
    if state.search.editing || state.prompt != nil {
        SearchBar(state: state).render(in: layout.status, on: &canvas, theme: theme)
    } else {
        StatusLine(state: state).render(in: layout.status, on: &canvas, theme: theme)
    }
    if state.showHelp {
        HelpOverlay(state: state, keymap: keymap).render(in: canvas.bounds, on: &canvas, theme: theme)
        canvas.cursor = nil
    }
    return canvas
}

private func renderTooSmall(size: Size, on canvas: inout Canvas, theme: Theme) {
    let m = MainLayout.minimum
    centered(["Terminal too small: \(size.width)×\(size.height)",
              "parley needs at least \(m.width)×\(m.height).", "Enlarge the window, or press q to quit."],
             on: &canvas, style: theme.style("error").over(theme.style("text")))
}

private func renderLoading(state: AppState, done: Int, total: Int, on canvas: inout Canvas, theme: Theme) {
    let barWidth = max(10, min(50, canvas.width - 10))
    let filled = total > 0 ? barWidth * done / total : 0
    let bar = "[" + String(repeating: "█", count: filled) + String(repeating: "·", count: barWidth - filled) + "]"
    let count = total > 0 ? "\(done) of \(total) files read and analysed" : "finding files…"
    centered(["parley", "Loading \(state.corpusName)", "", bar, count, "", "q quits"],
             on: &canvas, style: theme.style("loading").over(theme.style("text")))
}

private func centered(_ lines: [String], on canvas: inout Canvas, style: Style) {
    let top = max(0, (canvas.height - lines.count) / 2)
    for (i, line) in lines.enumerated() {
        let shown = DisplayWidth.truncate(line, to: canvas.width)
        canvas.put(shown, x: max(0, (canvas.width - DisplayWidth.of(shown)) / 2), y: top + i, style: style)
    }
}
