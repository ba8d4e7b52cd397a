/// Terminal column widths of text: East Asian wide and emoji characters take two columns,
/// combining marks and zero-width characters none. Used by tables and by the browser.
public enum DisplayWidth {
    /// Columns taken by one grapheme cluster.
    public static func of(_ ch: Character) -> Int {
        guard let first = ch.unicodeScalars.first else { return 0 }
        if ch.unicodeScalars.contains(where: { $0.value == 0xFE0F }) { return 2 }
        // A flag: two regional indicators, drawn two columns wide.
        if (0x1F1E6...0x1F1FF).contains(first.value) { return ch.unicodeScalars.count >= 2 ? 2 : 1 }
        return of(first)
    }

    /// Columns taken by one scalar standing alone.
    public static func of(_ s: Unicode.Scalar) -> Int {
        let v = s.value
        if v == 0 { return 0 }
        if v < 0x20 || (v >= 0x7F && v < 0xA0) { return 0 }
        switch s.properties.generalCategory {
        case .nonspacingMark, .enclosingMark, .format: return 0
        default: break
        }
        if v == 0x200B || (v >= 0x1160 && v <= 0x11FF) { return 0 }
        if isWide(v) { return 2 }
        return 1
    }

    /// Columns taken by a string.
    public static func of<S: StringProtocol>(_ text: S) -> Int {
        var total = 0
        for ch in text { total += of(ch) }
        return total
    }

    /// The longest prefix that fits in `width` columns; ends with `…` when cut.
    public static func truncate<S: StringProtocol>(_ text: S, to width: Int) -> String {
        if width <= 0 { return "" }
        if of(text) <= width { return String(text) }
        var out = ""
        var used = 0
        for ch in text {
            let w = of(ch)
            if used + w > width - 1 { break }
            out.append(ch)
            used += w
        }
        return out + "…"
    }

    /// `text` truncated or padded with spaces to exactly `width` columns.
    public static func pad<S: StringProtocol>(_ text: S, to width: Int) -> String {
        let cut = truncate(text, to: width)
        let w = of(cut)
        return w < width ? cut + String(repeating: " ", count: width - w) : cut
    }

    static func isWide(_ v: UInt32) -> Bool {
        (v >= 0x1100 && v <= 0x115F) || v == 0x2329 || v == 0x232A
            || (v >= 0x231A && v <= 0x231B) || (v >= 0x23E9 && v <= 0x23EC)
            || (v >= 0x25FD && v <= 0x25FE) || (v >= 0x2614 && v <= 0x2615)
            || (v >= 0x2648 && v <= 0x2653) || v == 0x267F || v == 0x2693 || v == 0x26A1
            || (v >= 0x26AA && v <= 0x26AB) || (v >= 0x26BD && v <= 0x26BE)
            || (v >= 0x26C4 && v <= 0x26C5) || v == 0x26CE || v == 0x26D4 || v == 0x26EA
            || (v >= 0x26F2 && v <= 0x26F5) || v == 0x26FA || v == 0x26FD || v == 0x2705
            || (v >= 0x270A && v <= 0x270B) || v == 0x2728 || v == 0x274C || v == 0x274E
            || (v >= 0x2753 && v <= 0x2755) || v == 0x2757 || (v >= 0x2795 && v <= 0x2797)
            || v == 0x27B0 || v == 0x27BF || (v >= 0x2B1B && v <= 0x2B1C) || v == 0x2B50
            || v == 0x2B55
            || (v >= 0x2E80 && v <= 0x303E) || (v >= 0x3041 && v <= 0x33FF)
            || (v >= 0x3400 && v <= 0x4DBF) || (v >= 0x4E00 && v <= 0x9FFF)
            || (v >= 0xA000 && v <= 0xA4CF) || (v >= 0xA960 && v <= 0xA97F)
            || (v >= 0xAC00 && v <= 0xD7A3) || (v >= 0xF900 && v <= 0xFAFF)
            || (v >= 0xFE10 && v <= 0xFE19) || (v >= 0xFE30 && v <= 0xFE6F)
            || (v >= 0xFF00 && v <= 0xFF60) || (v >= 0xFFE0 && v <= 0xFFE6)
            || (v >= 0x1F004 && v <= 0x1F004) || v == 0x1F0CF || v == 0x1F18E
            || (v >= 0x1F191 && v <= 0x1F19A) || (v >= 0x1F200 && v <= 0x1F251)
            || (v >= 0x1F300 && v <= 0x1F64F) || (v >= 0x1F680 && v <= 0x1F6FF)
            || (v >= 0x1F7E0 && v <= 0x1F7EB) || (v >= 0x1F90C && v <= 0x1F9FF)
            || (v >= 0x1FA70 && v <= 0x1FAFF) || (v >= 0x20000 && v <= 0x3FFFD)
    }
}
