import Foundation

/// Reads the dateline that opens a story's first paragraph: "MOSCOW/KYIV. ...",
/// "KYIV, May 11 (Reuters) - ...", "WASHINGTON (AP) — ...", "BEIJING, April 22 -- ...".
enum Dateline {
    /// The dateline (without its closing mark) and the paragraph after it, or nil.
    static func split(_ paragraph: String) -> (dateline: String, rest: String)? {
        // Cheap test first: a dateline starts with two capital letters ("MOSCOW", "KYIV").
        let u = paragraph.utf8
        guard let b0 = u.first, let b1 = u.dropFirst().first,
              (b0 >= 0x41 && b0 <= 0x5A) || b0 >= 0xC0, (b1 >= 0x41 && b1 <= 0x5A) || b1 >= 0x80 else { return nil }
        let words = paragraph.prefix(160).split(separator: " ", omittingEmptySubsequences: false)
        guard words.count > 2 else { return nil }
        var placeWords = 0
        var i = 0
        var end: Int?          // index of the first word of the story
        scan: while i < words.count && i < 12 {
            let w = words[i]
            if isCaps(w) {
                placeWords += 1
                if w.hasSuffix(".") && !isInitial(w) { end = i + 1; break scan }
                if w.hasSuffix(":") { end = i + 1; break scan }
                i += 1
                continue
            }
            if placeWords == 0 { return nil }
            // ", May 11" after the place
            if DateText.months[w.lowercased().trimmingCharacters(in: .punctuationCharacters)] != nil,
               i + 1 < words.count, words[i + 1].first?.isNumber == true {
                i += 2
                continue
            }
            if w.hasPrefix("(") {
                while i < words.count && !words[i].hasSuffix(")") { i += 1 }
                i += 1
                continue
            }
            if w == "-" || w == "--" || w == "—" || w == "–" || w == "\u{2015}" {
                end = i + 1
                break scan
            }
            if w.hasPrefix("—") || w.hasPrefix("–") {   // "WASHINGTON —The ..."
                end = i
                break scan
            }
            return nil
        }
        guard let e = end, placeWords > 0, e < words.count else { return nil }
        var head = words[..<e].joined(separator: " ")
        while let last = head.last, ".:-—–, ".contains(last) { head.removeLast() }
        var rest = String(paragraph[words[e].startIndex...])
        if let f = rest.first, "—–".contains(f) { rest.removeFirst(); rest = rest.trimmingSpaces() }
        guard let first = rest.unicodeScalars.first,
              first.properties.isUppercase || "\"“‘'".unicodeScalars.contains(first) || first.properties.numericType != nil
        else { return nil }
        let letters = head.unicodeScalars.filter { $0.properties.isUppercase }.count
        guard letters >= 3, head.count <= 60 else { return nil }
        return (head, rest)
    }

    /// An upper-case place word: "MOSCOW/KYIV.", "KYIV,", "NEW", "D.C."
    private static func isCaps(_ w: Substring) -> Bool {
        var letters = 0
        for s in w.unicodeScalars {
            if s.properties.isLowercase { return false }
            if s.properties.isAlphabetic { letters += 1 }
            else if !"/-.,'’:".unicodeScalars.contains(s) { return false }
        }
        return letters >= 2 || (letters == 1 && w.hasSuffix("."))
    }

    private static func isInitial(_ w: Substring) -> Bool {
        w.count <= 4 && w.filter { $0 == "." }.count >= 2   // "D.C."
    }
}
