/// Control characters made harmless for output that a terminal shows. Article text can
/// hold anything a file held: an escape sequence in a headline (`ESC ]0;…BEL`, `ESC [2J`)
/// printed as it is would retitle, clear or recolour the reader's terminal, and a line
/// break inside a file name would split a one-line warning. Each C0 control, DEL and C1
/// control is written out instead (`\x1B`), so the text stays readable and nothing acts.
/// JSON escapes them in its own way (`JSONValue`).
public enum ControlCharacters {
    /// What becomes of tab, line feed and carriage return.
    public enum Breaks: Sendable {
        /// Kept as they are (CSV quotes a field that holds them).
        case keep
        /// A space each (a table cell is one line).
        case space
        /// Written `\t`, `\n`, `\r` (a diagnostic is one line).
        case escape
    }

    /// `text` with its control characters written out; the same string when it has none.
    public static func visible(_ text: String, breaks: Breaks) -> String {
        guard needsWork(text, breaks: breaks) else { return text }
        var out = String.UnicodeScalarView()
        for scalar in text.unicodeScalars {
            let v = scalar.value
            let isBreak = v == 0x09 || v == 0x0A || v == 0x0D
            if isBreak {
                switch breaks {
                case .keep: out.append(scalar)
                case .space: out.append(" ")
                case .escape: out.append(contentsOf: (v == 0x09 ? "\\t" : v == 0x0A ? "\\n" : "\\r").unicodeScalars)
                }
            } else if v < 0x20 || (v >= 0x7F && v < 0xA0) {
                let hex = String(v, radix: 16, uppercase: true)
                out.append(contentsOf: ("\\x" + (hex.count < 2 ? "0" + hex : hex)).unicodeScalars)
            } else {
                out.append(scalar)
            }
        }
        return String(out)
    }

    /// Whether `text` holds a character `visible` changes (a scan of its bytes: C0 and DEL
    /// are single bytes, C1 controls start with 0xC2 0x80–0x9F).
    static func needsWork(_ text: String, breaks: Breaks) -> Bool {
        var text = text
        return text.withUTF8 { b in
            var i = 0
            while i < b.count {
                let x = b[i]
                if x < 0x20 {
                    if breaks != .keep || (x != 0x09 && x != 0x0A && x != 0x0D) { return true }
                } else if x == 0x7F {
                    return true
                } else if x == 0xC2, i + 1 < b.count, b[i + 1] >= 0x80, b[i + 1] < 0xA0 {
                    return true
                }
                i += 1
            }
            return false
        }
    }
}
