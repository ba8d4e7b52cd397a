import ParleyCore

/// An article laid out for the reader at a width: title, metadata, then the wrapped
/// paragraphs, each character keeping its offset in `article.text` (header lines have -1).
public struct ReaderDocument: Sendable {
    public enum Kind: Hashable, Sendable { case title, meta, body, blank }

    public struct Line: Hashable, Sendable {
        public var kind: Kind
        public var content: TextWrap.Line
    }

    public var lines: [Line] = []

    public init(article: Article, width: Int) {
        let w = max(1, width)
        for l in TextWrap.wrap(article.title ?? article.id, width: w) {
            lines.append(Line(kind: .title, content: Self.plain(l)))
        }
        var meta: [String] = []
        if let o = article.outlet { meta.append(o) }
        meta.append(article.published ?? "undated")
        if let a = article.author { meta.append("by " + a) }
        if let d = article.dateline { meta.append(d) }
        meta.append("\(article.words) words")
        for l in TextWrap.wrap(meta.joined(separator: " · "), width: w) {
            lines.append(Line(kind: .meta, content: Self.plain(l)))
        }
        // The web address, for citing (`o` opens it, `y` copies it with the selection).
        if let url = article.url, !url.isEmpty {
            lines.append(Line(kind: .meta, content: Self.plain(DisplayWidth.truncate(url, to: w))))
        }
        lines.append(Line(kind: .blank, content: TextWrap.Line()))
        // Paragraphs: split at blank lines, keeping byte offsets.
        var para: [Character] = []
        var offs: [Int] = []
        var offset = 0
        var newlines = 0
        func flushParagraph() {
            while para.last?.isWhitespace == true { para.removeLast(); offs.removeLast() }
            guard !para.isEmpty else { return }
            if lines.last?.kind == .body { lines.append(Line(kind: .blank, content: TextWrap.Line())) }
            for l in TextWrap.wrap(para, offsets: offs, width: w) {
                lines.append(Line(kind: .body, content: l))
            }
            para.removeAll(keepingCapacity: true)
            offs.removeAll(keepingCapacity: true)
        }
        for ch in article.text {
            if ch.isNewline {
                newlines += 1
                if newlines == 2 { flushParagraph() }
            } else if ch.isWhitespace && newlines > 0 && para.isEmpty {
                // indentation at the start of a paragraph
            } else {
                if newlines == 1 && !para.isEmpty { para.append(" "); offs.append(offset - 1) }
                if newlines > 0 && ch.isWhitespace { } else {
                    para.append(ch)
                    offs.append(offset)
                }
                newlines = 0
            }
            offset += ch.utf8.count
        }
        flushParagraph()
    }

    private static func plain(_ s: String) -> TextWrap.Line {
        var l = TextWrap.Line()
        l.chars = Array(s)
        l.offsets = Array(repeating: -1, count: l.chars.count)
        return l
    }

    /// The first line holding a character at or after `offset` in the article text.
    public func line(containing offset: Int) -> Int? {
        for (i, l) in lines.enumerated() where l.kind == .body {
            if let last = l.content.offsets.last, last >= offset { return i }
        }
        return nil
    }
}
