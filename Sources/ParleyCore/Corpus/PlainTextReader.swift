/// Reads a plain-text article: one `RawLine` per line, a blank line starting a new block.
/// Everything else (title, metadata, junk) is left to the cleaner.
enum PlainTextReader {
    static func read(_ text: String) -> RawArticle {
        RawArticle(lines: lines(text))
    }

    /// The non-blank lines of `text`, each marked with whether a blank line came before it.
    /// Splits on bytes: much faster than splitting on Characters.
    static func lines(_ text: String) -> [RawLine] {
        var text = text
        return text.withUTF8 { buf -> [RawLine] in
            var out: [RawLine] = []
            var blank = true
            var start = 0
            let n = buf.count
            var i = 0
            while i <= n {
                if i == n || buf[i] == 0x0A {
                    var allSpace = true
                    for j in start..<i where buf[j] != 0x20 && buf[j] != 0x09 && buf[j] != 0x0B && buf[j] != 0x0D {
                        allSpace = false; break
                    }
                    if allSpace {
                        blank = true
                    } else {
                        out.append(RawLine(text: String(decoding: UnsafeBufferPointer(rebasing: buf[start..<i]), as: UTF8.self),
                                           startsBlock: blank))
                        blank = false
                    }
                    start = i + 1
                }
                i += 1
            }
            return out
        }
    }
}
