import Foundation

/// Reads the dateline that opens a story's first paragraph: "MOSCOW/KYIV. ...",
/// "KYIV, May 11 (Reuters) - ...", "WASHINGTON (AP) — ...", "BEIJING, April 22 -- ...",
/// "NEW DELHI, April 23. /TASS/. ...",
/// or a source tag in brackets ("(CNN) — ...", "(WIRE- Agency) ..."); and tells a place
/// standing alone above the story ("ISTANBUL") from a section label.
enum Dateline {
    /// The dateline (without its closing mark) and the paragraph after it, or nil.
    static func split(_ paragraph: String) -> (dateline: String, rest: String)? {
        if paragraph.utf8.first == UInt8(ascii: "(") { return splitSourceTag(paragraph) }
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
            // ", May 11" after the place; "May 11. /TASS/." ends with the agency in slashes.
            if DateText.months[w.lowercased().trimmingCharacters(in: .punctuationCharacters)] != nil,
               i + 1 < words.count, words[i + 1].first?.isNumber == true {
                i += 2
                if i < words.count, words[i - 1].hasSuffix("."), words[i].hasPrefix("/"), words[i].hasSuffix("/.") {
                    end = i + 1
                    break scan
                }
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

    /// "(CNN) — The ..." → ("(CNN)", "The ..."): a bracketed tag of at most four words
    /// whose first word is in capitals, before a capitalised sentence.
    private static func splitSourceTag(_ paragraph: String) -> (dateline: String, rest: String)? {
        guard let close = paragraph.utf8.prefix(48).firstIndex(of: UInt8(ascii: ")")) else { return nil }
        let inside = paragraph[paragraph.index(after: paragraph.startIndex)..<close]
        let words = inside.split(separator: " ")
        guard let first = words.first, words.count <= 4, isCaps(first),
              first.unicodeScalars.filter({ $0.properties.isAlphabetic }).count >= 2 else { return nil }
        var rest = paragraph[paragraph.index(after: close)...].trimmingSpaces()
        while let f = rest.first, "-—–".contains(f) { rest = String(rest.dropFirst()).trimmingSpaces() }
        guard let s = rest.unicodeScalars.first, LineShape.words(rest) >= 3,
              s.properties.isUppercase || "\"“‘'".unicodeScalars.contains(s) else { return nil }
        return ("(" + inside + ")", rest)
    }

    /// Section labels that stand alone in capitals like a place but are not one.
    static let notPlaces: Set<String> = [
        "ANALYSIS", "OPINION", "COMMENT", "EXCLUSIVE", "BREAKING", "LIVE", "UPDATE", "UPDATED", "NEWS", "WORLD",
        "POLITICS", "BUSINESS", "EUROPE", "ASIA", "AMERICAS", "AFRICA", "WAR", "VIDEO", "PHOTOS", "EDITORIAL",
        "FEATURE", "FEATURES", "INTERVIEW", "EXPLAINER", "FACT CHECK", "LATEST", "TOP NEWS", "DIPLOMACY", "MILITARY",
    ]

    /// A line that is only a place in capitals ("ISTANBUL", "NEW DELHI", "MOSCOW/KYIV"):
    /// one to three words, no digits, not a section label.
    static func isPlaceLine(_ line: String) -> Bool {
        var t = Substring(line)
        while let l = t.last, ".,:—–-".contains(l) { t = t.dropLast() }
        t = Substring(t.trimmingSpaces())
        let words = t.split(separator: " ")
        guard !words.isEmpty, words.count <= 3, words.allSatisfy(isCaps), !notPlaces.contains(String(t)) else { return false }
        return t.unicodeScalars.filter { $0.properties.isAlphabetic }.count >= 3
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
