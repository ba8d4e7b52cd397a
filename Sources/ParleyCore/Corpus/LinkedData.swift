import Foundation

/// The article fields of a page's JSON-LD (`<script type="application/ld+json">`):
/// headline, datePublished, author, publisher and url of its NewsArticle (or Article,
/// BlogPosting, ...).
struct LinkedData {
    var headline: String?
    var published: String?
    var author: String?
    var publisher: String?
    var url: String?

    static let articleTypes: Set<String> = [
        "newsarticle", "article", "reportagenewsarticle", "analysisnewsarticle", "opinionnewsarticle",
        "blogposting", "backgroundnewsarticle", "reviewnewsarticle", "report", "liveblogposting",
    ]

    static func read(_ scripts: [String]) -> LinkedData {
        var out = LinkedData()
        for s in scripts {
            guard let data = s.trimmingWhiteSpace().data(using: .utf8),
                  let json = try? JSONSerialization.jsonObject(with: data, options: [.fragmentsAllowed])
            else { continue }
            if let node = find(json) {
                out.headline = out.headline ?? string(node["headline"]) ?? string(node["name"])
                out.published = out.published ?? string(node["datePublished"]) ?? string(node["dateCreated"])
                out.author = out.author ?? names(node["author"]) ?? names(node["creator"])
                out.publisher = out.publisher ?? names(node["publisher"]) ?? names(node["sourceOrganization"])
                out.url = out.url ?? string(node["url"]) ?? string(node["mainEntityOfPage"])
            }
        }
        return out
    }

    private static func find(_ json: Any) -> [String: Any]? {
        if let d = json as? [String: Any] {
            if let t = d["@type"] {
                let types = (t as? [Any] ?? [t]).compactMap { ($0 as? String)?.lowercased() }
                if types.contains(where: articleTypes.contains) { return d }
            }
            if let g = d["@graph"], let hit = find(g) { return hit }
            return nil
        }
        if let a = json as? [Any] {
            for x in a { if let hit = find(x) { return hit } }
        }
        return nil
    }

    private static func string(_ v: Any?) -> String? {
        if let s = v as? String, !s.trimmingSpaces().isEmpty {
            return HTMLEntities.decode(s.trimmingWhiteSpace())
        }
        if let d = v as? [String: Any] { return string(d["@id"]) ?? string(d["url"]) }
        return nil
    }

    /// A name, an object with a name, or a list of them joined with " and ".
    static func names(_ v: Any?) -> String? {
        if let s = v as? String, !s.isEmpty, !s.contains("://") { return s }
        if let d = v as? [String: Any] { return (d["name"] as? String).flatMap { $0.isEmpty ? nil : $0 } }
        if let a = v as? [Any] {
            let all = a.compactMap { names($0) }
            return all.isEmpty ? nil : all.joined(separator: " and ")
        }
        return nil
    }
}
