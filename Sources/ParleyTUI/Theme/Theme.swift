/// A colour theme: scoped keys such as `pane.border.focused`, `list.selected`,
/// `search.match`, `stance.support` or `party.russia` mapped to styles. A key that is not
/// set falls back to its parent (`a.b.c` → `a.b` → `a`), and every key to `text`.
public struct Theme: Sendable, Hashable {
    public var name: String
    public var styles: [String: ThemeStyle]
    /// Problems found while reading the theme (each entry skipped, never fatal).
    public var warnings: [String]

    public init(name: String, styles: [String: ThemeStyle], warnings: [String] = []) {
        self.name = name
        self.styles = styles
        self.warnings = warnings
    }

    /// The style for a key, with the fallbacks resolved.
    public func style(_ key: String) -> Style {
        var fg: Color?
        var bg: Color?
        var modifiers: Modifiers?
        var k = Substring(key)
        while true {
            if let s = styles[String(k)] {
                fg = fg ?? s.fg
                bg = bg ?? s.bg
                modifiers = modifiers ?? s.modifiers
            }
            guard let dot = k.lastIndex(of: ".") else { break }
            k = k[..<dot]
        }
        if k != "text", let base = styles["text"] {
            fg = fg ?? base.fg
            bg = bg ?? base.bg
        }
        return Style(fg: fg ?? .default, bg: bg ?? .default, modifiers: modifiers ?? [])
    }

    /// Whether the theme uses any colour (the monochrome theme uses none).
    public var usesColor: Bool {
        styles.values.contains { ($0.fg ?? .default) != .default || ($0.bg ?? .default) != .default }
    }

    /// The same theme with every colour removed, for terminals without colour and for
    /// `NO_COLOR`: meaning is kept by the modifiers (bold, reverse, underline).
    public func withoutColor() -> Theme {
        Theme(name: name, styles: styles.mapValues { ThemeStyle(modifiers: $0.modifiers) },
              warnings: warnings)
    }

    /// The keys the browser asks for, documented in the README.
    public static let keys: [String] = [
        "text", "text.dim", "title",
        "tabbar", "tabbar.active", "tabbar.key",
        "pane.border", "pane.border.focused", "pane.title", "pane.title.focused",
        "list.selected", "list.selected.unfocused", "list.count",
        "search.match", "search.prompt", "search.error",
        "status", "status.key", "status.filter", "status.notice",
        "stance.support", "stance.oppose", "stance.conditional", "stance.mixed", "stance.none",
        "party.russia", "party.ukraine", "party.us", "party.europe", "party.other",
        "matrix.header", "matrix.selected", "matrix.marked", "legend",
        "reader.title", "reader.meta", "reader.quote", "reader.target", "reader.gutter",
        "detail.header", "detail.cue",
        "help", "help.key", "help.section",
        "loading", "error",
    ]
}
