/// The kinds of file parley reads, told by extension or, for an unknown one, by a look
/// at the first bytes.
enum ArticleFormat: String, Sendable, CaseIterable {
    case text, markdown, html, feed, json, jsonLines

    /// The format an extension names, or nil for an extension parley does not know.
    static func byExtension(_ ext: String) -> ArticleFormat? {
        switch ext.lowercased() {
        case "txt", "text": .text
        case "md", "markdown", "mdown", "mkd": .markdown
        case "html", "htm", "xhtml", "shtml": .html
        case "rss", "atom", "xml": .feed
        case "json": .json
        case "jsonl", "ndjson", "jsonlines": .jsonLines
        default: nil
        }
    }

    /// Guesses the format from the text itself (for unknown extensions, and for `.xml`
    /// files that turn out not to be feeds).
    static func sniff(_ text: String) -> ArticleFormat {
        let head = String(decoding: text.utf8.prefix(2048), as: UTF8.self)
        let lower = head.lowercased()
        let trimmed = lower.drop { $0 == " " || $0 == "\n" || $0 == "\t" }
        if trimmed.hasPrefix("<") {
            if lower.contains("<rss") || lower.contains("<feed") || lower.contains("<rdf:rdf") { return .feed }
            return .html
        }
        if trimmed.hasPrefix("{") || trimmed.hasPrefix("[") {
            let lines = text.split(separator: "\n", omittingEmptySubsequences: true).prefix(3)
            if lines.count > 1, lines.allSatisfy({ $0.first == "{" && $0.last == "}" }) { return .jsonLines }
            return .json
        }
        if trimmed.hasPrefix("---\n") || trimmed.hasPrefix("+++\n") || trimmed.hasPrefix("# ") { return .markdown }
        if lower.contains("<p>") || lower.contains("<body") || lower.contains("<html") { return .html }
        return .text
    }
}
