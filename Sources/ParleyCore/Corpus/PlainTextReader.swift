/// Reads a plain-text article: one `RawLine` per line, a blank line starting a new block.
/// Everything else (title, metadata, junk) is left to the cleaner.
enum PlainTextReader {
    static func read(_ text: String) -> RawArticle {
        RawArticle(lines: lines(text))
    }

    static func lines<S: StringProtocol>(_ text: S) -> [RawLine] {
        var out: [RawLine] = []
        var blank = true
        for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
            if isBlank(line) { blank = true; continue }
            out.append(RawLine(text: String(line), startsBlock: blank))
            blank = false
        }
        return out
    }

    static func isBlank<S: StringProtocol>(_ s: S) -> Bool {
        s.utf8.allSatisfy { $0 == 0x20 || $0 == 0x09 || $0 == 0x0B }
    }
}
