import Foundation

/// Reads bylines: "By Xu Keyue", "By Xu Keyue Published: Apr 22, 2025 10:41 PM",
/// "By JANE DOE | Reuters", "Written by A and B", "Author: Jane Doe Date: 20 April 2025",
/// "by Jane Doe April 30, 2025 10:36 PM 3 min read", and without a label a name and a
/// date between separators ("Jane Doe · 23 April 2025"). The author's name comes without
/// the date, outlet or place that follow it; an agency or stock-photo credit is not an
/// author.
enum Byline {
    struct Parsed: Equatable {
        var author: String?
        var published: String?
        var updated = false
        /// A known outlet named after the author ("By Jane Doe, CNN").
        var outlet: String?
    }

    static let labels = ["written by ", "words by ", "reported by ", "story by ", "by: ", "by ",
                         "authors: ", "author: ", "reporter: ", "reporters: "]
    static let cutMarkers = [" published", " updated", " posted", " last updated", " |", " •", " ·", " - ",
                             " — ", " – ", ",", " on ", " in ", ";", " for ", " at ", "(", " date:"]

    /// The byline in `line`, or nil when the line is not one.
    static func parse(_ line: String, rules: CleaningRules) -> Parsed? {
        guard line.utf8.count <= 160, let f = line.utf8.first, "bwrsa".utf8.contains(f | 0x20) else { return nil }
        let bytes = Array(line.utf8)
        let lower = bytes.map { $0 >= 0x41 && $0 <= 0x5A ? $0 | 0x20 : $0 }
        guard let label = labelBytes.first(where: { lower.starts(with: $0) }) else { return nil }
        var start = label.count
        while start < bytes.count && bytes[start] == 0x20 { start += 1 }
        // The name ends at the first marker.
        var cut = bytes.count
        for m in markerBytes {
            if let at = find(m, in: lower, from: start, before: cut) { cut = at }
        }
        // Or where a date begins ("Jane Doe April 30, 2025").
        if let at = dateStart(in: bytes, from: start, before: cut) { cut = at }
        let namePart = text(bytes[start..<cut])
        let tail = String(decoding: bytes[cut...], as: UTF8.self)
        var parsed = Parsed()
        if let d = dateIn(tail) { parsed.published = d.day; parsed.updated = d.updated }
        for part in tail.split(whereSeparator: { ",|•·;".contains($0) }) {
            if let o = rules.outlet(named: part.trimmingSpaces()) { parsed.outlet = o; break }
        }
        guard let name = names(namePart) else {
            // "By Reuters", "By Shutterstock": a byline with no person in it.
            if rules.outlet(named: namePart) != nil { return parsed }
            return nil
        }
        let folded = MatchText.fold(name)
        if creditWords.contains(where: { MatchText.contains(folded, $0) }) { return nil }
        if rules.outlet(named: name) != nil || folded.elementsEqual("staff".utf8) || folded.suffix(6).elementsEqual(" staff".utf8) {
            return parsed
        }
        parsed.author = name
        // Anything after the name must be metadata, not a sentence.
        if parsed.published == nil && LineShape.words(tail) > 6 { return nil }
        return parsed
    }

    /// A name and a date with no label, between separators: "Jane Doe · 23 April 2025",
    /// "Team Ledger | May 2, 2025". The name must be `knownAuthor` (the format's author
    /// field) or read as a person's name.
    static func parseNameAndDate(_ line: String, knownAuthor: String?, rules: CleaningRules) -> Parsed? {
        // A date needs a digit; most lines are ruled out here.
        guard line.utf8.count <= 120, line.utf8.contains(where: { $0 >= 0x30 && $0 <= 0x39 }) else { return nil }
        for sep in [" · ", " | ", " • ", " — ", " – ", " - "] {
            guard let r = line.range(of: sep) else { continue }
            let left = line[..<r.lowerBound].trimmingSpaces(), right = line[r.upperBound...].trimmingSpaces()
            guard let d = dateIn(right) else { return nil }
            var parsed = Parsed(published: d.day, updated: d.updated)
            if let known = knownAuthor, MatchText.key(known) == MatchText.key(left) {
                parsed.author = known
            } else if let name = names(left) {
                parsed.author = name
            } else {
                return nil
            }
            return parsed
        }
        return nil
    }

    /// Where a date starts among the words of `bytes[from..<before]`: a month name followed by
    /// a number ("April 30"), or a number followed by a month name ("30 April"), after a space.
    private static func dateStart(in bytes: [UInt8], from: Int, before: Int) -> Int? {
        var words: [(start: Int, end: Int)] = []
        var i = from
        while i < before {
            while i < before && bytes[i] == 0x20 { i += 1 }
            let s = i
            while i < before && bytes[i] != 0x20 { i += 1 }
            if i > s { words.append((s, i)) }
        }
        func isMonth(_ w: (start: Int, end: Int)) -> Bool {
            var t = bytes[w.start..<w.end]
            while let l = t.last, l == 0x2E || l == 0x2C { t = t.dropLast() }
            return DateText.months[String(decoding: t, as: UTF8.self).lowercased()] != nil
        }
        func isNumber(_ w: (start: Int, end: Int)) -> Bool { bytes[w.start] >= 0x30 && bytes[w.start] <= 0x39 }
        guard words.count >= 2 else { return nil }
        for k in 1..<(words.count - 1) where (isMonth(words[k]) && isNumber(words[k + 1]))
            || (isNumber(words[k]) && isMonth(words[k + 1])) {
            return words[k].start - 1
        }
        return nil
    }

    private static let creditWords = ["shutterstock", "getty", "photo"].map { Array($0.utf8) }
    private static let labelBytes = labels.map { Array($0.utf8) }
    private static let markerBytes = cutMarkers.map { Array($0.utf8) }

    /// The first index at or after `from` (and before `before`) where `needle` starts.
    private static func find(_ needle: [UInt8], in hay: [UInt8], from: Int, before: Int) -> Int? {
        guard !needle.isEmpty, before - from >= 0 else { return nil }
        var i = from
        let last = min(before, hay.count - needle.count + 1)
        while i < last {
            if hay[i] == needle[0] {
                var j = 1
                while j < needle.count && hay[i + j] == needle[j] { j += 1 }
                if j == needle.count { return i }
            }
            i += 1
        }
        return nil
    }

    /// Bytes to a String without the spaces around it.
    private static func text(_ b: ArraySlice<UInt8>) -> String {
        var s = b
        while let x = s.first, x == 0x20 { s = s.dropFirst() }
        while let x = s.last, x == 0x20 { s = s.dropLast() }
        return String(decoding: s, as: UTF8.self)
    }

    /// One name or several joined by "and" / "&".
    static func names(_ s: String) -> String? {
        var groups: [[Substring]] = [[]]
        for w in s.split(separator: " ") {
            if w == "and" || w == "&" { groups.append([]) } else { groups[groups.count - 1].append(w) }
        }
        var out: [String] = []
        for g in groups {
            guard !g.isEmpty, let n = PersonName.leading(g.joined(separator: " ")),
                  LineShape.words(n) == g.count else { return nil }
            out.append(n)
        }
        return out.isEmpty ? nil : out.joined(separator: " and ")
    }

    /// A date in what follows the name: the whole rest, or one of its parts between
    /// separators ("Vatican City · Saturday 26 April 2025").
    private static func dateIn(_ tail: String) -> (day: String, updated: Bool)? {
        let separators: Set<Character> = ["|", ",", "•", "·", "—", "–", ";"]
        var s = Substring(tail)
        while let f = s.first, f == " " || f == "-" || separators.contains(f) { s = s.dropFirst() }
        if let d = DateText.dateLine(String(s)) { return d }
        var i = s.startIndex
        while i < s.endIndex {
            if separators.contains(s[i]) {
                let part = s[s.index(after: i)...].trimmingSpaces()
                if let d = DateText.dateLine(part) { return d }
            }
            i = s.index(after: i)
        }
        return nil
    }
}
