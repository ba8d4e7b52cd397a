import Foundation

/// Reads articles saved as JSON: one object, an array of objects, an object holding such
/// an array (`articles`, `items`, `data`, `results`, `entries`, `posts`), or JSON lines
/// (one object per line). Field names are matched loosely: title/headline,
/// text/body/content/article/description, outlet/source/site/publisher, published/date,
/// author/byline/authors, url/link, and a standfirst (standfirst/dek/subtitle, or a
/// description/summary besides the text). Text that holds HTML is read as HTML.
enum JSONArticleReader {
    enum Failure: Error { case notJSON(String), noArticles }

    static func read(_ text: String, lines: Bool) throws -> [RawArticle] {
        var objects: [[String: Any]] = []
        if lines {
            var bad = 0
            for (n, line) in text.split(separator: "\n").enumerated() {
                let t = line.trimmingSpaces()
                if t.isEmpty { continue }
                guard let o = try? JSONSerialization.jsonObject(with: Data(t.utf8)) as? [String: Any] else {
                    bad += 1
                    if bad == 1 && n == 0 && !t.hasPrefix("{") { throw Failure.notJSON("line 1 is not a JSON object") }
                    continue
                }
                objects.append(o)
            }
        } else {
            let json: Any
            do {
                json = try JSONSerialization.jsonObject(with: Data(text.utf8), options: [.fragmentsAllowed])
            } catch {
                throw Failure.notJSON("not valid JSON")
            }
            objects = articleObjects(json)
        }
        let articles = objects.compactMap(article)
        if articles.isEmpty { throw Failure.noArticles }
        return articles
    }

    private static func articleObjects(_ json: Any) -> [[String: Any]] {
        if let a = json as? [Any] { return a.compactMap { $0 as? [String: Any] } }
        guard let o = json as? [String: Any] else { return [] }
        for key in ["articles", "items", "data", "results", "entries", "posts", "stories", "documents"] {
            if let a = o[key] as? [Any] { return a.compactMap { $0 as? [String: Any] } }
        }
        return [o]
    }

    static let titleKeys = ["title", "headline", "name"]
    static let textKeys = ["text", "body", "content", "article", "fulltext", "full_text", "articlebody",
                           "content_html", "body_html", "html", "description", "summary", "abstract"]
    static let outletKeys = ["outlet", "source", "site", "publisher", "site_name", "sitename", "publication",
                             "source_name", "media", "newspaper"]
    static let dateKeys = ["published", "date", "published_at", "publishedat", "publish_date", "pubdate",
                           "datepublished", "date_published", "created_at", "time", "timestamp", "updated"]
    static let authorKeys = ["author", "byline", "authors", "creator", "writer"]
    static let urlKeys = ["url", "link", "canonical", "href", "permalink"]
    static let standfirstKeys = ["standfirst", "dek", "deck", "subtitle", "subheadline", "subhead", "strapline",
                                 "lede", "description", "summary", "excerpt", "abstract"]

    static func article(_ o: [String: Any]) -> RawArticle? {
        var lower: [String: Any] = [:]
        for (k, v) in o { lower[k.lowercased()] = v }
        func first(_ keys: [String], _ get: (Any) -> String?) -> String? {
            for k in keys { if let v = lower[k], let s = get(v), !s.isEmpty { return s } }
            return nil
        }
        var a = RawArticle()
        a.title = first(titleKeys, string).map { HTMLEntities.decode($0) }
        a.outlet = first(outletKeys, LinkedData.names)
        a.published = first(dateKeys, dateString)
        a.author = first(authorKeys, LinkedData.names).map { $0.lowercased().hasPrefix("by ") ? String($0.dropFirst(3)) : $0 }
        a.url = first(urlKeys, string)
        var found: (key: String, text: String)?
        for k in textKeys { if let v = lower[k], let s = string(v), !s.isEmpty { found = (k, s); break } }
        guard let (bodyKey, body) = found else { return a.title == nil ? nil : a }
        a.standfirst = first(standfirstKeys.filter { $0 != bodyKey }, string).map { text in
            looksLikeHTML(text) ? HTMLReader.fragment(text).lines.map(\.text).joined(separator: " ") : HTMLEntities.decode(text)
        }
        if looksLikeHTML(body) {
            let f = HTMLReader.fragment(body)
            a.lines = f.lines
            a.captions = f.captions
            a.blocksAreReal = true
        } else {
            a.lines = PlainTextReader.lines(body)
        }
        return a
    }

    private static func string(_ v: Any) -> String? {
        if let s = v as? String { return s.trimmingWhiteSpace() }
        if let a = v as? [Any] {
            let parts = a.compactMap { $0 as? String }
            return parts.isEmpty ? nil : parts.joined(separator: "\n\n")
        }
        if let d = v as? [String: Any] { return (d["text"] ?? d["value"] ?? d["rendered"] ?? d["href"]).flatMap(string) }
        return nil
    }

    /// Dates as strings, or seconds (or milliseconds) since 1970.
    private static func dateString(_ v: Any) -> String? {
        if let s = v as? String { return s }
        if let n = v as? NSNumber, !(v is Bool) {
            var seconds = n.doubleValue
            if seconds > 1e11 { seconds /= 1000 }
            guard seconds > 0 else { return nil }
            let f = ISO8601DateFormatter()
            f.formatOptions = [.withFullDate]
            return f.string(from: Date(timeIntervalSince1970: seconds))
        }
        return nil
    }

    static let htmlTags: [[UInt8]] = ["p", "br", "div", "h1", "h2", "h3", "figure", "span", "a ", "em>",
                                      "strong>", "li", "img"].map { Array($0.utf8) }

    /// Whether the text holds one of the common HTML tags (any case), checked at each "<"
    /// without copying the text.
    static func looksLikeHTML(_ s: String) -> Bool {
        s.utf8.withContiguousStorageIfAvailable { b in
            var i = 0
            while i < b.count {
                if b[i] == UInt8(ascii: "<") {
                    for tag in htmlTags where i + tag.count < b.count {
                        var k = 0
                        while k < tag.count, b[i + 1 + k] | 0x20 == tag[k] | 0x20 { k += 1 }
                        if k == tag.count { return true }
                    }
                }
                i += 1
            }
            return false
        } ?? looksLikeHTML(String(decoding: Array(s.utf8), as: UTF8.self))
    }
}
