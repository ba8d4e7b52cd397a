/// A small, forgiving HTML tokenizer: start and end tags with attributes, text, and the
/// raw contents of `script`, `style`, `title` and `textarea`. Comments, doctypes and
/// processing instructions are skipped; broken markup never stops it (an unclosed `<`
/// is text). Works on the page's UTF-8 bytes.
struct HTMLTokenizer {
    enum Token: Equatable {
        case start(name: String, attributes: [String: String], selfClosing: Bool)
        case end(name: String)
        /// Text between tags, entities not yet decoded.
        case text(String)
        /// The raw contents of a `script`, `style`, `title` or `textarea` element.
        case raw(name: String, content: String)
    }

    private let b: [UInt8]
    private var i = 0
    private var pendingRaw: String?

    init(_ html: String) {
        b = Array(html.utf8)
    }

    private static let lt = UInt8(ascii: "<"), gt = UInt8(ascii: ">"), slash = UInt8(ascii: "/")

    /// The next token, or nil at the end. Every call moves forward, and comments and
    /// declarations are skipped in a loop (a page of 80,000 comments in a row must not
    /// take a stack frame each).
    mutating func next() -> Token? {
        if let rawName = pendingRaw {
            pendingRaw = nil
            return readRaw(rawName)
        }
        while i < b.count {
            if b[i] != Self.lt { return readText(from: i) }
            guard i + 1 < b.count else { i = b.count; return .text("<") }
            let c = b[i + 1]
            if c == UInt8(ascii: "!") || c == UInt8(ascii: "?") {
                skipDeclaration()
                continue
            }
            if c == Self.slash { return readEndTag(from: i + 2) }
            if isLetter(c) { return readStartTag(from: i + 1) }
            // A lone "<" in text.
            let start = i
            i += 1
            return readText(from: start)
        }
        return nil
    }

    private func isLetter(_ c: UInt8) -> Bool { (c | 0x20) >= 0x61 && (c | 0x20) <= 0x7A }
    private func isSpace(_ c: UInt8) -> Bool { c == 0x20 || c == 0x0A || c == 0x09 || c == 0x0D || c == 0x0C }

    private func string(_ from: Int, _ to: Int) -> String {
        b.withUnsafeBufferPointer { String(decoding: UnsafeBufferPointer(rebasing: $0[from..<to]), as: UTF8.self) }
    }

    private func lowerString(_ from: Int, _ to: Int) -> String {
        String(decoding: b[from..<to].map { $0 >= 0x41 && $0 <= 0x5A ? $0 | 0x20 : $0 }, as: UTF8.self)
    }

    private static let cdataOpen = Array("[cdata[".utf8)

    /// Whether `needle` (lower-case ASCII) stands at `at`, ignoring case.
    private func starts(with needle: [UInt8], at: Int) -> Bool {
        guard at >= 0, b.count - at >= needle.count else { return false }
        for k in needle.indices {
            let c = b[at + k]
            if (c >= 0x41 && c <= 0x5A ? c | 0x20 : c) != needle[k] { return false }
        }
        return true
    }

    /// The first index at or after `from` where `needle` starts (ASCII, ignoring case).
    private func find(_ needle: [UInt8], from: Int) -> Int? {
        guard !needle.isEmpty, b.count >= needle.count else { return nil }
        var k = from
        let last = b.count - needle.count
        while k <= last {
            if b[k] == needle[0] {
                var j = 1
                while j < needle.count, (b[k + j] >= 0x41 && b[k + j] <= 0x5A ? b[k + j] | 0x20 : b[k + j]) == needle[j] { j += 1 }
                if j == needle.count { return k }
            }
            k += 1
        }
        return nil
    }

    private mutating func readText(from start: Int) -> Token {
        i = max(i, start)
        while i < b.count && b[i] != Self.lt { i += 1 }
        return .text(string(start, i))
    }

    private mutating func skipDeclaration() {
        let bang = i + 1
        if b.count >= bang + 3, b[bang + 1] == UInt8(ascii: "-"), b[bang + 2] == UInt8(ascii: "-") {
            i = find(Array("-->".utf8), from: bang + 3).map { $0 + 3 } ?? b.count
            return
        }
        // `<![CDATA[` is recognised where it stands: searching the rest of the page for it
        // would make a page of many `<!x>` declarations quadratic.
        if starts(with: Self.cdataOpen, at: bang + 1) {
            i = find(Array("]]>".utf8), from: bang).map { $0 + 3 } ?? b.count
            return
        }
        var j = bang
        while j < b.count && b[j] != Self.gt { j += 1 }
        i = min(j + 1, b.count)
    }

    private func nameEnd(_ from: Int) -> Int {
        var j = from
        while j < b.count {
            let c = b[j]
            if isSpace(c) || c == Self.gt || c == Self.slash { break }
            j += 1
        }
        return j
    }

    private mutating func readEndTag(from start: Int) -> Token {
        let end = nameEnd(start)
        let name = lowerString(start, end)
        var j = end
        while j < b.count && b[j] != Self.gt { j += 1 }
        i = min(j + 1, b.count)
        return .end(name: name)
    }

    private mutating func readStartTag(from start: Int) -> Token {
        var j = nameEnd(start)
        let name = lowerString(start, j)
        var attributes: [String: String] = [:]
        var selfClosing = false
        while j < b.count {
            let c = b[j]
            if isSpace(c) { j += 1; continue }
            if c == Self.gt { j += 1; break }
            if c == Self.slash { selfClosing = true; j += 1; continue }
            // An attribute name.
            let ns = j
            while j < b.count {
                let d = b[j]
                if isSpace(d) || d == UInt8(ascii: "=") || d == Self.gt || d == Self.slash { break }
                j += 1
            }
            if ns == j { j += 1; continue }
            let attr = lowerString(ns, j)
            while j < b.count && isSpace(b[j]) { j += 1 }
            var value = ""
            if j < b.count && b[j] == UInt8(ascii: "=") {
                j += 1
                while j < b.count && isSpace(b[j]) { j += 1 }
                if j < b.count && (b[j] == UInt8(ascii: "\"") || b[j] == UInt8(ascii: "'")) {
                    let q = b[j]
                    j += 1
                    let vs = j
                    while j < b.count && b[j] != q { j += 1 }
                    value = string(vs, j)
                    if j < b.count { j += 1 }
                } else {
                    let vs = j
                    while j < b.count && !isSpace(b[j]) && b[j] != Self.gt { j += 1 }
                    value = string(vs, j)
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
        guard let close = find(Array(("</" + name).utf8), from: i) else {
            i = b.count
            return .raw(name: name, content: string(start, b.count))
        }
        var j = close
        while j < b.count && b[j] != Self.gt { j += 1 }
        i = min(j + 1, b.count)
        return .raw(name: name, content: string(start, close))
    }
}
