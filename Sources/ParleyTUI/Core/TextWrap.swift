import ParleyCore

/// Word wrapping by display width, keeping each character's position in the source so the
/// reader can colour spans and find the line of a sentence.
public enum TextWrap {
    /// A wrapped line: its characters and each one's UTF-8 offset in the source.
    public struct Line: Hashable, Sendable {
        public var chars: [Character] = []
        public var offsets: [Int] = []
        public var text: String { String(chars) }
    }

    /// Wraps characters (with offsets) into lines of at most `width` columns, breaking at
    /// spaces where possible and at `\n` always.
    public static func wrap(_ chars: [Character], offsets: [Int], width: Int) -> [Line] {
        let width = max(1, width)
        var lines: [Line] = []
        var line = Line()
        var w = 0
        var lastSpace = -1
        func flush(_ l: Line) {
            var l = l
            while l.chars.last == " " { l.chars.removeLast(); l.offsets.removeLast() }
            lines.append(l)
        }
        for (i, ch) in chars.enumerated() {
            if ch.isNewline {
                flush(line); line = Line(); w = 0; lastSpace = -1
                continue
            }
            let c: Character = (ch == "\t") ? " " : ch
            let cw = DisplayWidth.of(c)
            if w + cw > width {
                if c == " " {
                    flush(line); line = Line(); w = 0; lastSpace = -1
                    continue
                }
                if cw == 2 {
                    // East Asian text breaks between any two characters.
                    flush(line); line = Line(); w = 0
                } else if lastSpace >= 0 {
                    var head = line
                    head.chars.removeSubrange((lastSpace)...)
                    head.offsets.removeSubrange((lastSpace)...)
                    var rest = Line()
                    rest.chars = Array(line.chars[(lastSpace + 1)...])
                    rest.offsets = Array(line.offsets[(lastSpace + 1)...])
                    flush(head)
                    line = rest
                    w = rest.chars.reduce(0) { $0 + DisplayWidth.of($1) }
                } else {
                    flush(line); line = Line(); w = 0
                }
                lastSpace = -1
            }
            if c == " " && line.chars.isEmpty && !lines.isEmpty { continue }
            line.chars.append(c)
            line.offsets.append(offsets[i])
            w += cw
            if c == " " { lastSpace = line.chars.count - 1 }
        }
        if !line.chars.isEmpty || lines.isEmpty { flush(line) }
        return lines
    }

    /// Wraps a plain string into lines of at most `width` columns.
    public static func wrap(_ text: String, width: Int) -> [String] {
        let chars = Array(text)
        return wrap(chars, offsets: Array(repeating: -1, count: chars.count), width: width).map(\.text)
    }
}
