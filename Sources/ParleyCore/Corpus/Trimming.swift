/// Trimming in native Swift. Foundation's `trimmingCharacters(in:)` goes through
/// `NSString` on Linux and copies the whole string as UTF-16 first: on a 4 KB article
/// body that was the largest single cost of reading JSON articles.
extension String {
    /// Without leading and trailing spaces and tabs (as `.whitespaces`: no line breaks).
    func trimmingSpaces() -> String { Trim.trim(self[...], Trim.isSpace) }

    /// Without leading and trailing white space, line breaks included
    /// (as `.whitespacesAndNewlines`).
    func trimmingWhiteSpace() -> String { Trim.trim(self[...], Trim.isWhiteSpace) }
}

extension Substring {
    func trimmingSpaces() -> String { Trim.trim(self, Trim.isSpace) }
    func trimmingWhiteSpace() -> String { Trim.trim(self, Trim.isWhiteSpace) }
}

enum Trim {
    static func trim(_ s: Substring, _ drop: (Unicode.Scalar) -> Bool) -> String {
        let scalars = s.unicodeScalars
        var start = scalars.startIndex, end = scalars.endIndex
        while start < end, drop(scalars[start]) { start = scalars.index(after: start) }
        while end > start {
            let before = scalars.index(before: end)
            guard drop(scalars[before]) else { break }
            end = before
        }
        return String(s.unicodeScalars[start..<end])
    }

    /// Horizontal white space: tab and the space separators (Unicode category Zs).
    static func isSpace(_ s: Unicode.Scalar) -> Bool {
        let v = s.value
        if v < 0x80 { return v == 0x20 || v == 0x09 }
        return s.properties.generalCategory == .spaceSeparator
    }

    /// Any white space, line breaks included.
    static func isWhiteSpace(_ s: Unicode.Scalar) -> Bool {
        let v = s.value
        if v < 0x80 { return v == 0x20 || (v >= 0x09 && v <= 0x0D) }
        return v == 0x85 || s.properties.isWhitespace
    }
}
