/// Recognises people's names in bylines and author-profile sections: runs of capitalised
/// words (with initials, hyphens, apostrophes and particles such as "de" or "van").
enum PersonName {
    static let particles: Set<String> = ["de", "da", "del", "della", "di", "van", "von", "der", "den", "al",
                                         "el", "bin", "ibn", "la", "le", "du", "dos", "das", "ter", "y"]
    /// Words that start sentences, not names ("By contrast", "By Monday").
    static let notNames: Set<String> = [
        "the", "this", "that", "these", "those", "then", "now", "contrast", "comparison", "far", "way", "early",
        "late", "mid", "midday", "noon", "tonight", "today", "tomorrow", "yesterday", "doing", "using", "taking",
        "making", "agreeing", "signing", "refusing", "rejecting", "end", "all", "both", "some", "most", "many",
        "its", "his", "her", "their", "our", "a", "an", "in", "on", "at", "for", "with", "staff", "our",
        "continuing", "clicking", "signing", "subscribing", "photo", "shutterstock", "getty", "comparison",
    ]

    /// True for a word that can be part of a name.
    static func isNameWord(_ w: Substring) -> Bool {
        guard let f = w.unicodeScalars.first else { return false }
        let upper = f.value < 0x80 ? (f.value >= 0x41 && f.value <= 0x5A) : f.properties.isUppercase
        guard upper else { return particles.contains(String(w)) }
        return w.unicodeScalars.allSatisfy {
            $0.properties.isAlphabetic || $0 == "." || $0 == "-" || $0 == "'" || $0 == "\u{2019}"
        }
    }

    /// The name at the start of `text` ("Edgaroo Hernal started college ..." → "Edgaroo
    /// Hernal"): two to five name words; nil if the text does not open with a name.
    static func leading(_ text: String) -> String? {
        var words: [Substring] = []
        for w in text.split(separator: " ").prefix(6) {
            var word = w
            var stop = false
            if let last = word.last, last == "," || last == ";" || last == ":" { word = word.dropLast(); stop = true }
            guard isNameWord(word) else { break }
            words.append(word)
            if stop { break }
        }
        while let last = words.last, particles.contains(last.lowercased()) { words.removeLast() }
        guard words.count >= 2, words.count <= 5, !notNames.contains(words[0].lowercased()) else { return nil }
        if DateText.months[words[0].lowercased()] != nil || DateText.weekdays[words[0].lowercased()] != nil { return nil }
        return tidy(words.joined(separator: " "))
    }

    /// ALL-CAPS names in title case ("JOHN SMITH" → "John Smith"); others unchanged.
    static func tidy(_ name: String) -> String {
        if name.utf8.contains(where: { $0 >= 0x61 && $0 <= 0x7A }) { return name }
        let letters = name.unicodeScalars.filter { $0.properties.isAlphabetic }
        guard letters.count > 3, letters.allSatisfy({ $0.properties.isUppercase }) else { return name }
        return name.split(separator: " ").map { w in
            w.count <= 1 ? String(w) : w.prefix(1) + w.dropFirst().lowercased()
        }.joined(separator: " ")
    }
}
