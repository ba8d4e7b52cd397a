/// One cleaned news article with the metadata read from it.
///
/// `text` is the cleaned body: paragraphs separated by a blank line, without banners,
/// comment prompts, newsletter boxes, author bios or repeated captions.
public struct Article: Codable, Sendable, Hashable, Identifiable {
    /// File name without extension; for multi-article files `name#N` (N from 1).
    public var id: String
    /// The path of the file the article came from.
    public var path: String
    public var title: String?
    public var outlet: String?
    /// Publication day as `YYYY-MM-DD`, or nil when the article does not say.
    public var published: String?
    public var author: String?
    /// A dateline such as "MOSCOW/KYIV", kept apart from the title and body.
    public var dateline: String?
    public var url: String?
    /// Photo captions, each kept once, never part of `text`.
    public var captions: [String]
    public var text: String

    public init(id: String, path: String, title: String? = nil, outlet: String? = nil,
                published: String? = nil, author: String? = nil, dateline: String? = nil,
                url: String? = nil, captions: [String] = [], text: String) {
        self.id = id
        self.path = path
        self.title = title
        self.outlet = outlet
        self.published = published
        self.author = author
        self.dateline = dateline
        self.url = url
        self.captions = captions
        self.text = text
    }

    /// Number of words in `text`.
    public var words: Int {
        var count = 0
        var inWord = false
        for scalar in text.unicodeScalars {
            let v = scalar.value
            let isSpace = v < 0x80 ? (v == 0x20 || (v >= 0x09 && v <= 0x0D)) : scalar.properties.isWhitespace
            if !isSpace && !inWord { count += 1 }
            inWord = !isSpace
        }
        return count
    }

    /// The paragraphs of `text`.
    public var paragraphs: [Substring] {
        text.split(separator: "\n\n", omittingEmptySubsequences: true)
    }
}
