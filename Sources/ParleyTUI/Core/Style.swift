/// A colour as a theme names it: the terminal's own default, one of the 16 ANSI colours,
/// an entry of the 256-colour palette, or a `#rrggbb` value. The terminal backend maps each
/// to the nearest colour the terminal has.
public enum Color: Hashable, Sendable {
    case `default`
    case ansi(UInt8)
    case indexed(UInt8)
    case rgb(UInt8, UInt8, UInt8)
}

/// Text attributes that carry meaning without colour (bold, reverse, underline...).
public struct Modifiers: OptionSet, Hashable, Sendable {
    public let rawValue: UInt8
    public init(rawValue: UInt8) { self.rawValue = rawValue }
    public static let bold = Modifiers(rawValue: 1)
    public static let dim = Modifiers(rawValue: 2)
    public static let italic = Modifiers(rawValue: 4)
    public static let underline = Modifiers(rawValue: 8)
    public static let reverse = Modifiers(rawValue: 16)

    /// Modifier names as themes write them.
    public static let names: [(String, Modifiers)] = [
        ("bold", .bold), ("dim", .dim), ("italic", .italic),
        ("underline", .underline), ("underlined", .underline), ("reverse", .reverse),
        ("reversed", .reverse),
    ]
}

/// How one cell looks: colours and modifiers.
public struct Style: Hashable, Sendable {
    public var fg: Color
    public var bg: Color
    public var modifiers: Modifiers

    public init(fg: Color = .default, bg: Color = .default, modifiers: Modifiers = []) {
        self.fg = fg
        self.bg = bg
        self.modifiers = modifiers
    }

    public static let plain = Style()

    /// This style with extra modifiers.
    public func adding(_ m: Modifiers) -> Style {
        var s = self
        s.modifiers.formUnion(m)
        return s
    }

    /// This style drawn over a background: keeps `self`'s colours where set, and the
    /// background's otherwise.
    public func over(_ base: Style) -> Style {
        Style(fg: fg == .default ? base.fg : fg, bg: bg == .default ? base.bg : bg,
              modifiers: modifiers.union(base.modifiers))
    }
}
