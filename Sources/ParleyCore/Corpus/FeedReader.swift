import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif

/// Reads RSS 2.0 (and RSS 1.0/RDF) and Atom feeds: one `RawArticle` per item or entry,
/// with the feed's title as the outlet. The body is the longest of content:encoded,
/// content, description and summary, read as HTML when it holds markup.
enum FeedReader {
    enum Failure: Error { case notXML(String), noEntries }

    static func read(_ text: String) throws -> (articles: [RawArticle], feedTitle: String?) {
        let collector = FeedCollector()
        let parser = XMLParser(data: Data(text.utf8))
        parser.delegate = collector
        parser.shouldProcessNamespaces = false
        let ok = parser.parse()
        if !ok && collector.entries.isEmpty {
            throw Failure.notXML(parser.parserError.map { "\($0.localizedDescription)" } ?? "not a feed")
        }
        guard collector.sawFeed else { throw Failure.notXML("not an RSS or Atom feed") }
        let articles = collector.entries.map { e -> RawArticle in
            var a = RawArticle()
            a.title = e.title.map(clean).flatMap { $0.isEmpty ? nil : HTMLEntities.decode($0) }
            a.outlet = e.source ?? collector.feedTitle.map(clean)
            a.published = e.published ?? e.updated
            a.author = e.author.map(clean).flatMap { $0.isEmpty ? nil : authorName($0) }
            a.url = e.link
            let body = [e.content, e.description].compactMap { $0 }.max { $0.utf8.count < $1.utf8.count } ?? ""
            if JSONArticleReader.looksLikeHTML(body) || body.contains("&lt;") {
                let html = body.contains("<") ? body : HTMLEntities.decode(body)
                let f = HTMLReader.fragment(html)
                a.lines = f.lines
                a.captions = f.captions
                a.blocksAreReal = true
            } else {
                a.lines = PlainTextReader.lines(HTMLEntities.decode(body))
            }
            return a
        }
        if articles.isEmpty { throw Failure.noEntries }
        return (articles, collector.feedTitle)
    }

    private static func clean(_ s: String) -> String {
        s.split(whereSeparator: { $0.isWhitespace }).joined(separator: " ")
    }

    /// RSS `author` is often "email (Name)": the name.
    private static func authorName(_ s: String) -> String {
        if let open = s.firstIndex(of: "("), let close = s.lastIndex(of: ")"), open < close, s.contains("@") {
            return String(s[s.index(after: open)..<close])
        }
        return s
    }
}

/// The XMLParser delegate behind `FeedReader`: gathers the fields of each item or entry.
final class FeedCollector: NSObject, XMLParserDelegate {
    struct Entry {
        var title: String?
        var link: String?
        var published: String?
        var updated: String?
        var author: String?
        var description: String?
        var content: String?
        var source: String?
    }

    var entries: [Entry] = []
    var feedTitle: String?
    var sawFeed = false
    private var current: Entry?
    private var path: [String] = []
    private var text = ""
    private static let fields: Set<String> = [
        "title", "link", "pubdate", "published", "updated", "dc:date", "issued", "modified", "dc:creator",
        "author", "name", "description", "summary", "content:encoded", "content", "source", "item", "entry",
    ]

    func parser(_ parser: XMLParser, didStartElement name: String, namespaceURI: String?,
                qualifiedName: String?, attributes: [String: String] = [:]) {
        let n = name.lowercased()
        path.append(n)
        if Self.fields.contains(n) {
            text = ""
        } else if current != nil, HTMLReader.blockTags.contains(n) {
            text += "\n\n"   // XHTML content: keep its paragraphs apart
        }
        switch n {
        case "rss", "feed", "rdf:rdf", "channel": sawFeed = true
        case "item", "entry": current = Entry()
        case "link":
            if current != nil, let href = attributes["href"] {
                let rel = attributes["rel"] ?? "alternate"
                if rel == "alternate" && current?.link == nil { current?.link = href }
            }
        default: break
        }
    }

    func parser(_ parser: XMLParser, foundCharacters string: String) { text += string }

    func parser(_ parser: XMLParser, foundCDATA CDATABlock: Data) {
        text += String(decoding: CDATABlock, as: UTF8.self)
    }

    func parser(_ parser: XMLParser, didEndElement name: String, namespaceURI: String?, qualifiedName: String?) {
        let n = name.lowercased()
        defer { if !path.isEmpty { path.removeLast() } }
        guard Self.fields.contains(n) else {
            if current != nil, HTMLReader.blockTags.contains(n) { text += "\n\n" }
            return
        }
        let value = text.trimmingWhiteSpace()
        let parent = path.count >= 2 ? path[path.count - 2] : ""
        if current == nil {
            if n == "title", (parent == "channel" || parent == "feed"), feedTitle == nil, !value.isEmpty { feedTitle = value }
            text = ""
            return
        }
        switch n {
        case "item", "entry":
            if let e = current { entries.append(e) }
            current = nil
        case "title" where parent == "item" || parent == "entry":
            current?.title = value
        case "link" where (parent == "item" || parent == "entry") && !value.isEmpty:
            if current?.link == nil { current?.link = value }
        case "pubdate", "published", "dc:date", "issued":
            if !value.isEmpty { if current?.published == nil { current?.published = value } }
        case "updated", "modified":
            if !value.isEmpty { if current?.updated == nil { current?.updated = value } }
        case "dc:creator", "author" where !value.isEmpty && parent != "author":
            if current?.author == nil { current?.author = value }
        case "name" where parent == "author":
            if current?.author == nil { current?.author = value }
        case "description", "summary":
            if !value.isEmpty { current?.description = value }
        case "content:encoded", "content":
            if !value.isEmpty { current?.content = value }
        case "source" where parent == "item":
            if !value.isEmpty { current?.source = value }
        default:
            break
        }
        text = ""
    }
}
