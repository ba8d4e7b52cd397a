import ParleyCore

/// The top line: parley's name and one tab per pane, the focused one marked (style and
/// `[ ]` brackets), plus the theme's name on the right.
public struct TabBar {
    let state: AppState

    public init(state: AppState) { self.state = state }

    /// Each tab's label and its column range (for mouse clicks).
    public static func tabs(state: AppState) -> [(pane: Pane, label: String, x: Int)] {
        var x = 8
        var out: [(Pane, String, Int)] = []
        for pane in Pane.allCases {
            let title = pane == .reader ? readerTitle(state) : pane.title
            let label = pane == state.focus ? "[\(pane.rawValue + 1) \(title)]" : " \(pane.rawValue + 1) \(title) "
            out.append((pane, label, x))
            x += DisplayWidth.of(label) + 1
        }
        return out
    }

    static func readerTitle(_ state: AppState) -> String {
        switch state.detail {
        case .evidence: "Evidence"
        case .actor: "Actor"
        case .compare: "Compare"
        case .timeline: "Timeline"
        default: "Reader"
        }
    }

    public func render(in rect: Rect, on canvas: inout Canvas, theme: Theme) {
        guard !rect.isEmpty else { return }
        let bar = theme.style("tabbar")
        canvas.fill(rect, style: bar)
        canvas.put(" parley", x: rect.x, y: rect.y, style: bar.adding(.bold), limit: rect.maxX)
        for tab in Self.tabs(state: state) {
            let active = tab.pane == state.focus
            canvas.put(tab.label, x: rect.x + tab.x, y: rect.y,
                       style: active ? theme.style("tabbar.active").over(bar) : bar, limit: rect.maxX)
        }
        let right = "theme: \(state.themeName) "
        let rx = rect.maxX - DisplayWidth.of(right)
        let tabsEnd = Self.tabs(state: state).last.map { $0.x + DisplayWidth.of($0.label) } ?? 0
        if rx > rect.x + tabsEnd + 1 {
            canvas.put(right, x: rx, y: rect.y, style: bar)
        }
    }
}
