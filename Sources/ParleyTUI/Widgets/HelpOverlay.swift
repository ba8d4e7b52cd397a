import ParleyCore

/// The `?` overlay: every binding of the keymap by section, generated from the keymap so it
/// never disagrees with what the keys do.
public struct HelpOverlay {
    let state: AppState
    let keymap: Keymap

    public init(state: AppState, keymap: Keymap = .standard) {
        self.state = state
        self.keymap = keymap
    }

    /// The overlay's lines: (keys, description) pairs, with section titles as (title, nil).
    public static func lines(keymap: Keymap, width: Int) -> [(String, String?)] {
        var out: [(String, String?)] = []
        let keyWidth = 16
        for section in keymap.sections {
            if !out.isEmpty { out.append(("", "")) }
            out.append((section, nil))
            for b in keymap.bindings where b.section == section {
                let keys = b.keys.map(\.label).joined(separator: " ")
                let wrapped = TextWrap.wrap(b.help, width: max(10, width - keyWidth - 2))
                for (i, line) in wrapped.enumerated() { out.append((i == 0 ? keys : "", line)) }
            }
        }
        return out
    }

    public static func box(in screen: Rect) -> Rect {
        let w = min(84, screen.width - 4)
        let h = screen.height - 2
        return Rect(x: screen.x + (screen.width - w) / 2, y: screen.y + 1, width: w, height: h)
    }

    public func render(in screen: Rect, on canvas: inout Canvas, theme: Theme) {
        let rect = Self.box(in: screen)
        guard rect.width > 20, rect.height > 4 else { return }
        let base = theme.style("help")
        canvas.fill(rect, style: base)
        var helpTheme = theme
        helpTheme.styles["text"] = ThemeStyle(fg: base.fg, bg: base.bg)
        let inner = Panel(title: "Keys", focused: true, right: "j/k scroll · ? or Esc closes")
            .render(in: rect, on: &canvas, theme: helpTheme)
        let lines = Self.lines(keymap: keymap, width: inner.width - 2)
        let scroll = min(state.helpScroll, max(0, lines.count - inner.height))
        for row in 0..<inner.height {
            let i = scroll + row
            guard i < lines.count else { break }
            let y = inner.y + row
            let (keys, text) = lines[i]
            if let text {
                canvas.put(keys, x: inner.x + 2, y: y, style: theme.style("help.key").over(base), limit: inner.x + 17)
                canvas.put(text, x: inner.x + 18, y: y, style: base, limit: inner.maxX)
            } else {
                canvas.put(keys, x: inner.x + 1, y: y, style: theme.style("help.section").over(base), limit: inner.maxX)
            }
        }
    }
}
