import Foundation

/// Reads a Markdown article: YAML (`---`) or TOML (`+++`) front matter for title, date,
/// author, outlet, url and standfirst (`description`, `subtitle`, `summary`, `dek`); the first `# Heading` (or `===` underlined line) as the
/// title; other headings as lines of their own; the markup itself (emphasis, links,
/// images, lists, quotes, code fences, tables, raw HTML tags) stripped to plain text,
/// image descriptions kept as captions.
enum MarkdownReader {
    static func read(_ text: String) -> RawArticle {
        var a = RawArticle()
        var lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        if let fence = lines.first.map({ $0.trimmingSpaces() }), fence == "---" || fence == "+++",
           let close = lines.dropFirst().firstIndex(where: {
               let t = $0.trimmingSpaces()
               return t == fence || (fence == "---" && t == "...")
           }) {
            frontMatter(lines[1..<close], into: &a)
            lines = Array(lines[(close + 1)...])
        }
        var blank = true
        var inFence = false
        var previousText: Int?   // index in a.lines of the last paragraph line, for setext headings
        for raw in lines {
            let t = raw.trimmingSpaces()
            if t.hasPrefix("```") || t.hasPrefix("~~~") { inFence.toggle(); blank = true; continue }
            if inFence {
                if !t.isEmpty { a.lines.append(RawLine(text: t, startsBlock: blank)); blank = false }
                continue
            }
            if t.isEmpty { blank = true; previousText = nil; continue }
            // Setext heading underline, horizontal rule.
            if t.allSatisfy({ $0 == "=" }) && t.count >= 2, let p = previousText {
                let heading = a.lines.remove(at: p).text
                if a.title == nil { a.title = heading } else { a.lines.append(RawLine(text: heading, startsBlock: true, kind: .heading)) }
                previousText = nil; blank = true; continue
            }
            if isRule(t) {
                if t.hasPrefix("-"), let p = previousText {
                    a.lines[p].kind = .heading
                    a.lines[p].startsBlock = true
                }
                previousText = nil; blank = true; continue
            }
            if t.hasPrefix("["), t.contains("]:"), !t.contains(" ") || t.range(of: "]: http") != nil { continue }
            if t.hasPrefix("|") && t.replacingOccurrences(of: " ", with: "").allSatisfy({ "|-:".contains($0) }) { continue }
            // ATX heading.
            if t.hasPrefix("#") {
                let level = t.prefix { $0 == "#" }.count
                let rest = t.dropFirst(level)
                if level <= 6, rest.isEmpty || rest.first == " " {
                    var h = inline(String(rest)).trimmingSpaces()
                    while h.hasSuffix("#") { h.removeLast() }
                    h = h.trimmingSpaces()
                    if h.isEmpty { continue }
                    if level == 1 && a.title == nil && !a.lines.contains(where: { $0.kind == .heading }) {
                        a.title = h
                    } else {
                        a.lines.append(RawLine(text: h, startsBlock: true, kind: .heading))
                    }
                    blank = true; previousText = nil
                    continue
                }
            }
            var body = Substring(t)
            var startsBlock = blank
            while body.hasPrefix(">") { body = body.dropFirst().drop { $0 == " " } }
            if let item = listItemBody(body) { body = item; startsBlock = true }
            // A line that is only an image: its description is a caption.
            if body.hasPrefix("!["), body.hasSuffix(")"), let close = body.firstIndex(of: "]") {
                let alt = String(body[body.index(body.startIndex, offsetBy: 2)..<close])
                if !alt.isEmpty { a.captions.append(inline(alt)) }
                blank = true; continue
            }
            var line = inline(String(body))
            if t.hasPrefix("|") { line = line.split(separator: "|").map { $0.trimmingSpaces() }.joined(separator: "  ") }
            line = line.trimmingSpaces()
            if line.isEmpty { continue }
            a.lines.append(RawLine(text: line, startsBlock: startsBlock))
            previousText = a.lines.count - 1
            blank = false
        }
        return a
    }

    private static func isRule(_ t: String) -> Bool {
        let chars = t.filter { $0 != " " }
        guard chars.count >= 3, let f = chars.first, "-*_".contains(f) else { return false }
        return chars.allSatisfy { $0 == f }
    }

    private static func listItemBody(_ s: Substring) -> Substring? {
        if let f = s.first, "-*+".contains(f), s.dropFirst().first == " " { return s.dropFirst(2) }
        let digits = s.prefix { $0.isNumber }
        if !digits.isEmpty, digits.count <= 3 {
            let after = s.dropFirst(digits.count)
            if let m = after.first, m == "." || m == ")", after.dropFirst().first == " " { return after.dropFirst(2) }
        }
        return nil
    }

    /// Inline markup to plain text: images and links to their text, emphasis and code
    /// marks, HTML tags and backslash escapes removed; entities decoded.
    static func inline(_ s: String) -> String {
        guard s.contains(where: { "*_`[]<\\&!".contains($0) }) else { return s }
        var out = ""
        let chars = Array(s)
        var i = 0
        func isWordChar(_ c: Character?) -> Bool { c.map { $0.isLetter || $0.isNumber } ?? false }
        while i < chars.count {
            let c = chars[i]
            switch c {
            case "\\" where i + 1 < chars.count && !chars[i + 1].isLetter && !chars[i + 1].isNumber:
                out.append(chars[i + 1]); i += 2; continue
            case "!" where i + 1 < chars.count && chars[i + 1] == "[":
                i += 1; continue   // the image's text is kept like a link's
            case "[":
                // Searches are bounded, so that a page of stray brackets stays linear.
                if let close = chars[(i + 1)..<min(chars.count, i + 400)].firstIndex(of: "]") {
                    let label = String(chars[(i + 1)..<close])
                    var j = close + 1
                    if j < chars.count && chars[j] == "(", let end = chars[j..<min(chars.count, j + 1000)].firstIndex(of: ")") {
                        j = end + 1
                    } else if j < chars.count && chars[j] == "[", let end = chars[j..<min(chars.count, j + 200)].firstIndex(of: "]") {
                        j = end + 1
                    } else if j == close + 1 {
                        out.append(contentsOf: inline(label)); i = close + 1; continue
                    }
                    out.append(contentsOf: inline(label)); i = j; continue
                }
            case "<":
                if let close = chars[i..<min(chars.count, i + 200)].firstIndex(of: ">") {
                    let inside = String(chars[(i + 1)..<close])
                    if inside.hasPrefix("http") || inside.contains("@") && !inside.contains(" ") {
                        out.append(contentsOf: inside)
                    } else if inside.first.map({ $0.isLetter || $0 == "/" || $0 == "!" }) == true {
                        // an HTML tag: dropped
                    } else {
                        out.append(c); i += 1; continue
                    }
                    i = close + 1; continue
                }
            case "*", "`":
                i += 1; continue
            case "~" where i + 1 < chars.count && chars[i + 1] == "~":
                i += 2; continue
            case "_":
                // Emphasis marks at word edges go; snake_case stays.
                if isWordChar(i > 0 ? chars[i - 1] : nil) && isWordChar(i + 1 < chars.count ? chars[i + 1] : nil) {
                    out.append(c)
                }
                i += 1; continue
            default:
                break
            }
            out.append(c)
            i += 1
        }
        return HTMLEntities.decode(out)
    }

    private static func frontMatter(_ lines: ArraySlice<Substring>, into a: inout RawArticle) {
        for line in lines {
            guard let sep = line.firstIndex(where: { $0 == ":" || $0 == "=" }) else { continue }
            let key = line[..<sep].trimmingSpaces().lowercased()
            var value = line[line.index(after: sep)...].trimmingSpaces()
            if value.hasPrefix("[") && value.hasSuffix("]") {
                value = value.dropFirst().dropLast().split(separator: ",")
                    .map { unquote($0.trimmingSpaces()) }.joined(separator: " and ")
            } else {
                value = unquote(value)
            }
            // A YAML block scalar (`description: >`) spans lines this reader does not join.
            guard !value.isEmpty, ![">", "|", ">-", "|-", ">+", "|+"].contains(value) else { continue }
            switch key {
            case "title", "headline": a.title = a.title ?? value
            case "date", "published", "publishdate", "pubdate", "published_at", "publish_date", "datepublished":
                a.published = a.published ?? value
            case "author", "authors", "byline", "by": a.author = a.author ?? value
            case "outlet", "source", "site", "publisher", "publication", "site_name": a.outlet = a.outlet ?? value
            case "url", "link", "canonical", "canonical_url", "source_url", "original_url", "permalink":
                a.url = a.url ?? value
            case "standfirst", "dek", "deck", "subtitle", "subheadline", "subhead", "strapline", "lede",
                 "description", "summary", "excerpt", "abstract":
                a.standfirst = a.standfirst ?? inline(value)
            default: break
            }
        }
    }

    private static func unquote(_ s: String) -> String {
        if s.count >= 2, let f = s.first, let l = s.last, (f == "\"" && l == "\"") || (f == "'" && l == "'") {
            return String(s.dropFirst().dropLast())
        }
        return s
    }
}
