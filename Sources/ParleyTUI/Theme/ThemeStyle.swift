/// One theme entry as written: any of foreground, background and modifiers. Missing parts
/// come from the parent key (`a.b.c` falls back to `a.b`, then `a`, then `text`).
public struct ThemeStyle: Hashable, Sendable {
    public var fg: Color?
    public var bg: Color?
    public var modifiers: Modifiers?

    public init(fg: Color? = nil, bg: Color? = nil, modifiers: Modifiers? = nil) {
        self.fg = fg
        self.bg = bg
        self.modifiers = modifiers
    }
}
