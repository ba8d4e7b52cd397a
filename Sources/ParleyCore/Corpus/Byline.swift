/// Reads bylines: "By Xu Keyue", "By Xu Keyue Published: Apr 22, 2025 10:41 PM",
/// "By JANE DOE | Reuters", "Written by A and B", "Author: Jane Doe". The author's name
/// comes without the date, outlet or place that follow it; an agency or stock-photo
/// credit is not an author.
enum Byline {
    struct Parsed: Equatable {
        var author: String?
        var published: String?
        var updated = false
    }

    static let labels = ["written by ", "words by ", "reported by ", "story by ", "by: ", "by ",
                         "authors: ", "author: ", "reporter: ", "reporters: "]
    static let cutMarkers = [" published", " updated", " posted", " last updated", " |", " •", " ·", " - ",
                             " — ", " – ", ",", " on ", " in ", ";", " for ", " at ", "("]

    /// The byline in `line`, or nil when the line is not one.
    static func parse(_ line: String, rules: CleaningRules) -> Parsed? {
        guard line.utf8.count <= 160 else { return nil }
        let lower = line.lowercased()
        guard let label = labels.first(where: { lower.hasPrefix($0) }) else { return nil }
        let rest = String(line.dropFirst(label.count)).trimmingCharacters(in: .whitespaces)
        let restLower = rest.lowercased()
        // The name ends at the first marker.
        var cut = rest.endIndex
        var cutLower = restLower.endIndex
        for m in cutMarkers {
            if let r = restLower.range(of: m), r.lowerBound < cutLower {
                cutLower = r.lowerBound
                cut = rest.index(rest.startIndex, offsetBy: restLower.distance(from: restLower.startIndex, to: r.lowerBound))
            }
        }
        let namePart = rest[..<cut].trimmingCharacters(in: .whitespaces)
        let tail = String(rest[cut...])
        var parsed = Parsed()
        if let d = dateIn(tail) { parsed.published = d.day; parsed.updated = d.updated }
        guard let name = names(namePart) else {
            // "By Reuters", "By Shutterstock": a byline with no person in it.
            if rules.outlet(named: namePart) != nil { return parsed }
            return nil
        }
        let folded = name.lowercased()
        if folded.contains("shutterstock") || folded.contains("getty") || folded.contains("photo") { return nil }
        if rules.outlet(named: name) != nil || folded.hasSuffix(" staff") || folded == "staff" { return parsed }
        parsed.author = name
        // Anything after the name must be metadata, not a sentence.
        if parsed.published == nil {
            let words = tail.split(separator: " ").count
            if words > 6 { return nil }
        }
        return parsed
    }

    /// One name or several joined by "and" / "&" / "with".
    static func names(_ s: String) -> String? {
        let parts = s.components(separatedBy: " and ").flatMap { $0.components(separatedBy: " & ") }
        var out: [String] = []
        for p in parts {
            let p = p.trimmingCharacters(in: .whitespaces)
            guard let n = PersonName.leading(p), n.split(separator: " ").count == p.split(separator: " ").count
            else { return nil }
            out.append(n)
        }
        return out.isEmpty ? nil : out.joined(separator: " and ")
    }

    private static func dateIn(_ tail: String) -> (day: String, updated: Bool)? {
        var s = Substring(tail)
        while let f = s.first, f == " " || f == "|" || f == "," || f == "-" || f == "—" || f == "–" || f == "•" || f == "·" {
            s = s.dropFirst()
        }
        return DateText.dateLine(String(s))
    }
}
