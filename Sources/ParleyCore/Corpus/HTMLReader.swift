import Foundation

/// Reads an HTML page into a `RawArticle`: the headline (h1, JSON-LD, og:title or
/// <title>), outlet (og:site_name, JSON-LD publisher), date (article:published_time and
/// its kin, JSON-LD datePublished, <time datetime>), author (author meta, JSON-LD,
/// a byline element), and the body's block text from <article> or <main> (the one with
/// the most text), leaving out scripts, styles, navigation, headers, footers, asides,
/// forms and boxes whose class names say they are sharing, related links, newsletters,
/// comments or adverts. Figure captions go to the captions; a standfirst (a box whose
/// class says dek, standfirst, subtitle, summary ...) is kept even inside a header.
struct HTMLReader {
    static let blockTags: Set<String> = [
        "p", "div", "section", "article", "main", "h1", "h2", "h3", "h4", "h5", "h6", "li", "ul", "ol",
        "blockquote", "pre", "table", "tr", "td", "th", "dd", "dt", "dl", "figure", "figcaption", "header",
        "footer", "nav", "aside", "form", "hr", "address", "center", "details", "summary", "body", "html",
        "caption", "tbody", "thead",
    ]
    static let voidTags: Set<String> = [
        "br", "hr", "img", "meta", "link", "input", "source", "area", "base", "col", "embed", "param",
        "track", "wbr", "keygen",
    ]
    static let skipTags: Set<String> = [
        "noscript", "template", "svg", "iframe", "select", "button", "form", "nav", "aside", "footer",
        "object", "canvas", "video", "audio", "map", "menu", "dialog", "textarea", "head",
    ]
    /// Class or id words that mark a box that is not the story.
    static let skipClassWords: Set<String> = [
        "share", "sharing", "social", "related", "newsletter", "subscribe", "subscription", "comments",
        "comment", "advert", "advertisement", "ad", "ads", "promo", "cookie", "cookies", "consent",
        "breadcrumb", "breadcrumbs", "sidebar", "recommended", "recommendations", "trending", "popular",
        "tags", "paywall", "signup", "outbrain", "taboola", "nav", "navigation", "menu", "footer", "bio",
        "newsletters", "sponsored", "widget", "toolbar", "modal", "popup", "banner",
    ]
    /// Class words that mark the story itself, which win over a skip word on the same box
    /// (`class="article-body share-enabled"`, `content-wrapper with-sidebar`) when a class
    /// name holds one and no skip word: in `article__tags` or `story-share` the story word
    /// only names the block the box sits in. BEM modifiers (`--no-sidebar`) are not read.
    static let storyClassWords: Set<String> = ["article", "story", "content", "body", "post", "entry", "text", "main"]
    /// Class words that mark a standfirst when a class name ends with one
    /// (`class="dek"`, `article__standfirst`, `post-subtitle`).
    static let standfirstClassWords: Set<String> = [
        "dek", "deck", "standfirst", "subtitle", "subheadline", "subhead", "strapline", "lede", "lead", "intro",
        "summary", "excerpt", "sapo", "chapo", "abstract", "description", "announce", "synopsis",
    ]
    static let captionClassWords: Set<String> = ["caption", "figcaption", "credit", "credits", "photocredit"]
    static let bylineClassWords: Set<String> = ["byline", "author", "authors", "writer", "contributor"]

    private struct Frame {
        var name: String
        var skip = false
        var header = false
        var caption = false
        var byline = false
        var article = false
        var main = false
        var heading = false
        var standfirst = false
    }

    private struct Emitted {
        var line: RawLine
        var article: Int
        var inMain: Bool
    }

    private var stack: [Frame] = []
    /// How many elements of each name are open on `stack`: an end tag with none open is
    /// dropped at once, without searching a stack that may be 100,000 deep.
    private var openCount: [String: Int] = [:]
    /// Frames of `stack` looked at by end tags in search of their element (for tests:
    /// the reading stays linear however many end tags match nothing).
    private(set) var framesSearched = 0
    private var skipDepth = 0
    private var headerDepth = 0
    private var captionDepth = 0
    private var bylineDepth = 0
    private var mainDepth = 0
    private var headingDepth = 0
    private var standfirstDepth = 0
    private var articleStack: [Int] = []
    private var articleCount = 0
    private var buffer = ""
    private var nextStartsBlock = true
    private var emitted: [Emitted] = []
    private var captionTexts: [String] = []
    private var bylineTexts: [String] = []
    private var h1Texts: [(text: String, article: Int)] = []
    private var h1Buffer: String?
    private var meta: [String: String] = [:]
    private var titleTag: String?
    private var jsonLD: [String] = []
    private var timeValues: [String] = []
    private var canonical: String?

    /// Reads a whole page.
    static func read(_ html: String, rules: CleaningRules) -> RawArticle {
        var r = HTMLReader()
        r.run(html)
        return r.article(rules: rules)
    }

    /// How many open elements the end tags of `html` searched through (see `framesSearched`).
    static func framesSearched(_ html: String) -> Int {
        var r = HTMLReader()
        r.run(html)
        return r.framesSearched
    }

    /// The block lines and captions of an HTML fragment (feed or JSON content).
    static func fragment(_ html: String) -> (lines: [RawLine], captions: [String]) {
        var r = HTMLReader()
        r.run(html)
        return (r.emitted.map(\.line), r.captionTexts)
    }

    private mutating func run(_ html: String) {
        var tokenizer = HTMLTokenizer(html)
        while let token = tokenizer.next() {
            switch token {
            case .text(let t):
                if skipDepth == 0 { append(t) }
            case .raw(let name, let content):
                if name == "title" {
                    if titleTag == nil { titleTag = clean(HTMLEntities.decode(content)) }
                } else if name == "script" {
                    if content.contains("ld+json") || content.contains("\"@context\"") || content.contains("\"@type\"") {
                        jsonLD.append(content)
                    }
                } else if name == "textarea" {
                    // form text: never the story
                }
            case .start(let name, let attrs, let selfClosing):
                start(name, attrs, selfClosing: selfClosing)
            case .end(let name):
                end(name)
            }
        }
        flush()
    }

    private mutating func start(_ name: String, _ attrs: [String: String], selfClosing: Bool) {
        switch name {
        case "meta":
            let key = (attrs["property"] ?? attrs["name"] ?? attrs["itemprop"] ?? "").lowercased()
            if !key.isEmpty, let content = attrs["content"], meta[key] == nil { meta[key] = clean(content) }
            return
        case "link":
            if attrs["rel"]?.lowercased() == "canonical", let href = attrs["href"] { canonical = href }
            return
        case "br":
            // One <br> breaks a line; two in a row end a paragraph.
            if skipDepth == 0 {
                if buffer.utf8.allSatisfy({ $0 == 0x20 || $0 == 0x0A || $0 == 0x09 || $0 == 0x0D }) {
                    buffer = ""
                    nextStartsBlock = true
                } else {
                    flush()
                    nextStartsBlock = false
                }
            }
            return
        case "img":
            return
        case "body":
            end("head")   // a page that never closes its <head>
        case "time":
            if captionDepth == 0, skipDepth == 0, let dt = attrs["datetime"] { timeValues.append(dt) }
        case "script", "style", "title", "textarea":
            return   // the tokenizer hands their contents over whole
        default:
            break
        }
        if let itemprop = attrs["itemprop"]?.lowercased(), itemprop == "datepublished",
           let v = attrs["content"] ?? attrs["datetime"], meta["datepublished"] == nil {
            meta["datepublished"] = v
        }
        if Self.voidTags.contains(name) || selfClosing {
            if Self.blockTags.contains(name) { flush() }
            return
        }
        if Self.blockTags.contains(name) {
            flush()
            // A new block closes an open paragraph, and a new item an open item, as
            // browsers do: pages that never close them do not pile up.
            if stack.last?.name == "p" { end("p") }
            if name == "li", stack.last?.name == "li" { end("li") }
        }
        var f = Frame(name: name)
        let (words, lastWords, storyName) = classWords(attrs)
        if Self.skipTags.contains(name) || (!words.isDisjoint(with: Self.skipClassWords) && !storyName
                                             && name != "article" && name != "main" && name != "body") {
            f.skip = true
        }
        if !lastWords.isDisjoint(with: Self.standfirstClassWords), lastWords.isDisjoint(with: Self.storyClassWords),
           name != "figure", name != "img" {
            f.standfirst = true
        }
        if attrs["hidden"] != nil || attrs["aria-hidden"] == "true" { f.skip = true }
        if name == "header" { f.header = true }
        if name == "figure" || name == "figcaption" || !words.isDisjoint(with: Self.captionClassWords) { f.caption = true }
        if !words.isDisjoint(with: Self.bylineClassWords) || attrs["rel"] == "author" { f.byline = true }
        if name == "article" { f.article = true }
        if name == "main" || attrs["role"] == "main" { f.main = true }
        if name.count == 2, name.first == "h", let d = name.last?.wholeNumberValue, (1...6).contains(d) { f.heading = true }
        if name == "h1", skipDepth == 0, !f.skip { h1Buffer = "" }
        push(f)
    }

    /// The words of the class and id names (without BEM modifiers), the last word of each
    /// name (the box's own role in `article__tags`, `story-share`, `post-content`), and
    /// whether a name marks the story: a story word and no skip word in it.
    private func classWords(_ attrs: [String: String]) -> (all: Set<String>, last: Set<String>, story: Bool) {
        var all = Set<String>()
        var last = Set<String>()
        var story = false
        for key in ["class", "id"] {
            guard let v = attrs[key] else { continue }
            for name in v.lowercased().split(whereSeparator: { $0 == " " || $0 == "\t" || $0 == "\n" }) {
                let base = name.range(of: "--").map { name[..<$0.lowerBound] } ?? name
                let words = base.split(whereSeparator: { !$0.isLetter && !$0.isNumber }).map(String.init)
                all.formUnion(words)
                if let l = words.last { last.insert(l) }
                if words.contains(where: Self.storyClassWords.contains), !words.contains(where: Self.skipClassWords.contains) {
                    story = true
                }
            }
        }
        return (all, last, story)
    }

    private mutating func push(_ f: Frame) {
        stack.append(f)
        openCount[f.name, default: 0] += 1
        if f.skip { skipDepth += 1 }
        if f.header { headerDepth += 1 }
        if f.caption { captionDepth += 1 }
        if f.byline { bylineDepth += 1 }
        if f.main { mainDepth += 1 }
        if f.heading { headingDepth += 1 }
        if f.standfirst { standfirstDepth += 1 }
        if f.article { articleStack.append(articleCount); articleCount += 1 }
    }

    private mutating func end(_ name: String) {
        guard openCount[name, default: 0] > 0, let at = stack.lastIndex(where: { $0.name == name }) else {
            if Self.blockTags.contains(name) { flush() }
            return
        }
        // The search looked at the frames the loop below closes: no more work than the
        // start tags that opened them.
        framesSearched += stack.count - at
        if Self.blockTags.contains(name) || stack[at...].contains(where: { Self.blockTags.contains($0.name) }) || name == "figure" {
            flush()
        }
        while stack.count > at {
            let f = stack.removeLast()
            openCount[f.name, default: 1] -= 1
            if f.name == "h1", let h = h1Buffer {
                let t = clean(h)
                if !t.isEmpty { h1Texts.append((t, articleStack.last ?? -1)) }
                h1Buffer = nil
            }
            if f.skip { skipDepth -= 1 }
            if f.header { headerDepth -= 1 }
            if f.caption { captionDepth -= 1 }
            if f.byline { bylineDepth -= 1 }
            if f.main { mainDepth -= 1 }
            if f.heading { headingDepth -= 1 }
            if f.standfirst { standfirstDepth -= 1 }
            if f.article { articleStack.removeLast() }
        }
    }

    private mutating func append(_ raw: String) {
        let text = HTMLEntities.decode(raw)
        buffer += text
        if h1Buffer != nil { h1Buffer! += text }
    }

    /// Ends the current line and sends it where it belongs.
    private mutating func flush() {
        defer { buffer = ""; nextStartsBlock = true }
        let text = clean(buffer)
        guard !text.isEmpty, skipDepth == 0 else { return }
        if captionDepth > 0 { captionTexts.append(text); return }
        if bylineDepth > 0 { bylineTexts.append(text); return }
        if headerDepth > 0 && standfirstDepth == 0 { return }
        let kind: RawLine.Kind = standfirstDepth > 0 ? .standfirst : headingDepth > 0 ? .heading : .text
        emitted.append(Emitted(line: RawLine(text: text, startsBlock: nextStartsBlock, kind: kind),
                               article: articleStack.first ?? -1, inMain: mainDepth > 0))
    }

    /// Whitespace runs to one space, trimmed (on bytes: HTML whitespace is ASCII, and
    /// non-breaking spaces were made plain spaces when the file was decoded).
    private func clean(_ s: String) -> String {
        var s = s
        return s.withUTF8 { buf -> String in
            var out = [UInt8](repeating: 0, count: buf.count)
            var o = 0
            var space = false
            for x in buf {
                if x == 0x20 || x == 0x0A || x == 0x09 || x == 0x0D || x == 0x0C {
                    space = o > 0
                } else {
                    if space { out[o] = 0x20; o += 1; space = false }
                    out[o] = x
                    o += 1
                }
            }
            return String(decoding: out[..<o], as: UTF8.self)
        }
    }

    // MARK: assembling the article

    private func article(rules: CleaningRules) -> RawArticle {
        var a = RawArticle()
        a.blocksAreReal = true
        // The body: the <article> with the most text, else <main>, else everything.
        var byArticle: [Int: Int] = [:]
        for e in emitted where e.article >= 0 { byArticle[e.article, default: 0] += e.line.text.utf8.count }
        let chosen = byArticle.max { $0.value < $1.value || ($0.value == $1.value && $0.key > $1.key) }?.key
        if let c = chosen {
            a.lines = emitted.filter { $0.article == c }.map(\.line)
        } else if emitted.contains(where: \.inMain) {
            a.lines = emitted.filter(\.inMain).map(\.line)
        } else {
            a.lines = emitted.map(\.line)
        }
        a.captions = captionTexts
        let ld = LinkedData.read(jsonLD)
        // A site's logo is sometimes its <h1>: that is not the headline.
        let siteName = meta["og:site_name"].map { MatchText.key($0) }
        let headlines = h1Texts.filter { rules.outlet(named: $0.text) == nil && MatchText.key($0.text) != siteName }
        let h1 = headlines.first { chosen == nil || $0.article == chosen }?.text ?? headlines.first?.text
        a.title = h1 ?? ld.headline ?? meta["og:title"] ?? meta["twitter:title"] ?? meta["headline"]
            ?? meta["dc.title"] ?? titleTag
        a.outlet = meta["og:site_name"] ?? ld.publisher ?? meta["application-name"] ?? meta["dc.publisher"]
            ?? meta["publisher"]
        for key in ["article:published_time", "og:article:published_time", "datepublished", "pubdate",
                    "publishdate", "publish-date", "publish_date", "publication_date", "article.published",
                    "sailthru.date", "parsely-pub-date", "dc.date.issued", "dc.date", "dcterms.created", "date"] {
            if let v = meta[key], DateText.day(fromField: v) != nil { a.published = v; break }
        }
        if a.published == nil { a.published = ld.published ?? timeValues.first { DateText.day(fromField: $0) != nil } }
        for key in ["author", "article:author", "byl", "dc.creator", "sailthru.author", "parsely-author"] {
            guard let v = meta[key], !v.isEmpty, !v.contains("://"), !v.hasPrefix("/") else { continue }
            a.author = v.lowercased().hasPrefix("by ") ? String(v.dropFirst(3)) : v
            break
        }
        if a.author == nil { a.author = ld.author }
        if a.author == nil {
            for b in bylineTexts {
                if let p = Byline.parse(b, rules: rules), let name = p.author { a.author = name; break }
                if let name = PersonName.leading(b), name.split(separator: " ").count == b.split(separator: " ").count {
                    a.author = name; break
                }
            }
        }
        if a.published == nil {
            for b in bylineTexts { if let p = Byline.parse(b, rules: rules), let d = p.published { a.published = d; break } }
        }
        a.url = canonical ?? meta["og:url"] ?? ld.url
        // A <title> often ends with " | Outlet": cut it when the headline came from there.
        if let t = a.title, h1 == nil, ld.headline == nil {
            a.title = Self.cutSiteSuffix(t, outlet: a.outlet, rules: rules)
        }
        return a
    }

    /// "Headline | Outlet" → "Headline" when the part after the bar names the outlet.
    static let siteSeparators: [[UInt8]] = [" | ", " - ", " — ", " – ", " :: "].map { Array($0.utf8) }

    static func cutSiteSuffix(_ title: String, outlet: String?, rules: CleaningRules) -> String {
        let bytes = Array(title.utf8)
        for sep in siteSeparators {
            // The last separator, found on the bytes (Foundation's search copies the string).
            guard bytes.count >= sep.count,
                  let at = stride(from: bytes.count - sep.count, through: 0, by: -1).first(where: { i in
                      bytes[i] == sep[0] && bytes[i..<(i + sep.count)].elementsEqual(sep)
                  }) else { continue }
            let tail = String(decoding: bytes[(at + sep.count)...], as: UTF8.self).trimmingSpaces()
            let isOutlet = rules.outlet(named: tail) != nil
                || (outlet.map { MatchText.key($0) == MatchText.key(tail) } ?? false)
            if isOutlet { return String(decoding: bytes[..<at], as: UTF8.self) }
        }
        return title
    }
}
