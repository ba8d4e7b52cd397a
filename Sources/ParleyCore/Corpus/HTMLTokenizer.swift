import Foundation

/// A small, forgiving HTML tokenizer: start and end tags with attributes, text, and the
/// raw contents of `script` and `style`. Comments, doctypes and processing instructions
/// are skipped; broken markup never stops it (an unclosed `<` is text).
struct HTMLTokenizer {
    enum Token: Equatable {
        case start(name: String, attributes: [String: String], selfClosing: Bool)
        case end(name: String)
        /// Text between tags, entities not yet decoded.
        case text(Substring)
        /// The raw contents of a `script` or `style` element.
        case raw(name: String, content: Substring)
    }

    private let s: Substring.UTF8View
    private let source: Substring
    private var i: String.Index
    private var pendingRaw: String?

    init(_ html: String) {
        source = html[...]
        s = source.utf8
        i = s.startIndex
    }

    mutating func next() -> Token? {
        if let rawName = pendingRaw {
            pendingRaw = nil
            return readRaw(rawName)
        }
        guard i < s.endIndex else { return nil }
        if s[i] != UInt8(ascii: "<") { return readText() }
        let after = s.index(after: i)
        guard after < s.endIndex else { i = s.endIndex; return .text(source[source.index(before: s.endIndex)...]) }
        let c = s[after]
        if c == UInt8(ascii: "!") || c == UInt8(ascii: "?") {
            skipDeclaration(from: after)
            return next()
        }
        if c == UInt8(ascii: "/") { return readEndTag(from: s.index(after: after)) }
        if isLetter(c) { return readStartTag(from: after) }
        // A lone "<" in text.
        let start = i
        i = after
        let text = readText()
        if case .text(let t) = text { return .text(source[start..<t.endIndex]) }
        return .text(source[start..<after])
    }

    private func isLetter(_ c: UInt8) -> Bool { (c | 0x20) >= 0x61 && (c | 0x20) <= 0x7A }
    private func isSpace(_ c: UInt8) -> Bool { c == 0x20 || c == 0x0A || c == 0x09 || c == 0x0D || c == 0x0C }

    private mutating func readText() -> Token {
        let start = i
        while i < s.endIndex && s[i] != UInt8(ascii: "<") { i = s.index(after: i) }
        return .text(source[start..<i])
    }

    private mutating func skipDeclaration(from bang: String.Index) {
        // <!-- comment -->
        let rest = source[bang...]
        if rest.hasPrefix("!--") {
            if let r = rest.range(of: "-->") { i = r.upperBound } else { i = s.endIndex }
            return
        }
        if rest.hasPrefix("![CDATA[") {
            if let r = rest.range(of: "]]>") { i = r.upperBound } else { i = s.endIndex }
            return
        }
        var j = bang
        while j < s.endIndex && s[j] != UInt8(ascii: ">") { j = s.index(after: j) }
        i = j < s.endIndex ? s.index(after: j) : j
    }

    private mutating func readName(_ j: inout String.Index) -> String {
        let start = j
        while j < s.endIndex {
            let c = s[j]
            if isSpace(c) || c == UInt8(ascii: ">") || c == UInt8(ascii: "/") { break }
            j = s.index(after: j)
        }
        return String(source[start..<j]).lowercased()
    }

    private mutating func readEndTag(from start: String.Index) -> Token {
        var j = start
        let name = readName(&j)
        while j < s.endIndex && s[j] != UInt8(ascii: ">") { j = s.index(after: j) }
        i = j < s.endIndex ? s.index(after: j) : j
        return .end(name: name)
    }

    private mutating func readStartTag(from start: String.Index) -> Token {
        var j = start
        let name = readName(&j)
        var attributes: [String: String] = [:]
        var selfClosing = false
        while j < s.endIndex {
            let c = s[j]
            if isSpace(c) { j = s.index(after: j); continue }
            if c == UInt8(ascii: ">") { j = s.index(after: j); break }
            if c == UInt8(ascii: "/") { selfClosing = true; j = s.index(after: j); continue }
            // attribute name
            let ns = j
            while j < s.endIndex {
                let d = s[j]
                if isSpace(d) || d == UInt8(ascii: "=") || d == UInt8(ascii: ">") || d == UInt8(ascii: "/") { break }
                j = s.index(after: j)
            }
            if ns == j { j = s.index(after: j); continue }
            let attr = String(source[ns..<j]).lowercased()
            while j < s.endIndex && isSpace(s[j]) { j = s.index(after: j) }
            var value = ""
            if j < s.endIndex && s[j] == UInt8(ascii: "=") {
                j = s.index(after: j)
                while j < s.endIndex && isSpace(s[j]) { j = s.index(after: j) }
                if j < s.endIndex && (s[j] == UInt8(ascii: "\"") || s[j] == UInt8(ascii: "'")) {
                    let q = s[j]
                    j = s.index(after: j)
                    let vs = j
                    while j < s.endIndex && s[j] != q { j = s.index(after: j) }
                    value = String(source[vs..<j])
                    if j < s.endIndex { j = s.index(after: j) }
                } else {
                    let vs = j
                    while j < s.endIndex && !isSpace(s[j]) && s[j] != UInt8(ascii: ">") { j = s.index(after: j) }
                    value = String(source[vs..<j])
                }
            }
            if attributes[attr] == nil { attributes[attr] = HTMLEntities.decode(value) }
        }
        i = j
        if (name == "script" || name == "style" || name == "textarea" || name == "title") && !selfClosing {
            pendingRaw = name
        }
        return .start(name: name, attributes: attributes, selfClosing: selfClosing)
    }

    /// Everything up to `</name>`, as raw text; the closing tag is consumed with it.
    private mutating func readRaw(_ name: String) -> Token {
        let start = i
        let rest = source[i...]
        guard let r = rest.range(of: "</" + name, options: .caseInsensitive) else {
            i = s.endIndex
            return .raw(name: name, content: rest)
        }
        var j = r.upperBound
        while j < s.endIndex && s[j] != UInt8(ascii: ">") { j = s.index(after: j) }
        i = j < s.endIndex ? s.index(after: j) : j
        return .raw(name: name, content: source[start..<r.lowerBound])
    }
}
