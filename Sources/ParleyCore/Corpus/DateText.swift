/// Reads publication dates as articles and their metadata write them, and returns them as
/// `YYYY-MM-DD`: ISO 8601 ("2025-04-22", "2025-04-22T10:41:00+08:00"), RFC 822
/// ("Tue, 22 Apr 2025 14:41:00 GMT"), "Apr 22, 2025", "April 22 2025", "22 April 2025",
/// "22nd Apr, 2025", "22.04.2025" and "2025年4月22日", with or without a weekday before.
///
/// Two uses: a metadata *field* (anything the source labels as a date) and a metadata
/// *line* in the text, which must be a date and nothing else but a label ("Published:"),
/// a time and a time zone — so a date merely mentioned in a sentence or a caption is
/// never taken for the publication date.
enum DateText {
    /// The day a metadata field holds, or nil.
    static func day(fromField s: String) -> String? {
        let t = Token.scan(s)
        var i = 0
        while i < t.count, t[i].isSkippableLead { i += 1 }
        return date(in: t, at: i)?.day
    }

    /// A line that is only a date with its label, time and zone: the day, and whether the
    /// label said it was an update rather than the first publication.
    static func dateLine(_ line: String) -> (day: String, updated: Bool)? {
        guard line.utf8.count <= 100, line.utf8.contains(where: { $0 >= 0x30 && $0 <= 0x39 }) else { return nil }
        let t = Token.scan(line)
        var i = 0
        var updated = false
        var published = false
        while i < t.count {
            let tok = t[i]
            if case .word(let w) = tok.kind {
                if labelWords.contains(w) {
                    if w == "updated" || w == "modified" || w == "edited" { updated = true }
                    if w == "published" || w == "posted" || w == "released" { published = true }
                    i += 1; continue
                }
                if weekdays[w] != nil { i += 1; continue }
            }
            if case .punct(let c) = tok.kind, ":,|-–—•·(".contains(c) { i += 1; continue }
            break
        }
        // A time may come before the date: "Updated 3:42 PM GMT+3, May 12, 2025".
        var found = date(in: t, at: i)
        var skipped = 0
        while found == nil, i < t.count, skipped < 12, t[i].isTimePart {
            i += 1
            skipped += 1
            found = date(in: t, at: i)
        }
        guard let found else { return nil }
        var j = found.next
        while j < t.count {
            switch t[j].kind {
            case .number: break
            case .punct: break
            case .word(let w):
                if !trailingWords.contains(w) && months[w] == nil && weekdays[w] == nil && !labelWords.contains(w) {
                    return nil
                }
            }
            j += 1
        }
        return (found.day, updated && !published)
    }

    /// A date starting at token `i` (after an optional weekday): the day and the index
    /// of the token after it.
    static func date(in t: [Token], at start: Int) -> (day: String, next: Int)? {
        var i = start
        if i < t.count, case .word(let w) = t[i].kind, weekdays[w] != nil {
            i += 1
            if i < t.count, t[i].isPunct(",") || t[i].isPunct(".") { i += 1 }
        }
        guard i < t.count else { return nil }
        // 2025-04-22, 2025/04/22, 2025.04.22, 2025年4月22日
        if let y = t[i].number(digits: 4), i + 4 < t.count,
           let sep = t[i + 1].punct, "-/.年".contains(sep),
           let m = t[i + 2].number(maxDigits: 2), t[i + 3].punct == (sep == "年" ? "月" : sep),
           let d = t[i + 4].number(maxDigits: 2) {
            var next = i + 5
            if sep == "年", next < t.count, t[next].isPunct("日") { next += 1 }
            return make(y, m, d).map { ($0, next) }
        }
        // 22.04.2025
        if let d = t[i].number(maxDigits: 2), i + 4 < t.count, t[i + 1].isPunct("."),
           let m = t[i + 2].number(maxDigits: 2), t[i + 3].isPunct("."), let y = t[i + 4].number(digits: 4) {
            return make(y, m, d).map { ($0, i + 5) }
        }
        // April 22, 2025 / Apr. 22 2025 / May 22nd, 2025
        if case .word(let w) = t[i].kind, let m = months[w] {
            var j = i + 1
            if j < t.count, t[j].isPunct(".") { j += 1 }
            guard j < t.count, let d = t[j].number(maxDigits: 2) else { return nil }
            j += 1
            if j < t.count, case .word(let sfx) = t[j].kind, ordinals.contains(sfx) { j += 1 }
            if j < t.count, t[j].isPunct(",") { j += 1 }
            guard j < t.count, let y = t[j].number(digits: 4) else { return nil }
            return make(y, m, d).map { ($0, j + 1) }
        }
        // 22 April 2025 / 22nd Apr, 2025 / 22-Apr-2025
        if let d = t[i].number(maxDigits: 2) {
            var j = i + 1
            if j < t.count, case .word(let sfx) = t[j].kind, ordinals.contains(sfx) { j += 1 }
            if j < t.count, t[j].isPunct("-") { j += 1 }
            guard j < t.count, case .word(let w) = t[j].kind, let m = months[w] else { return nil }
            j += 1
            if j < t.count, t[j].isPunct(".") || t[j].isPunct(",") || t[j].isPunct("-") { j += 1 }
            guard j < t.count, let y = t[j].number(digits: 4) else { return nil }
            return make(y, m, d).map { ($0, j + 1) }
        }
        return nil
    }

    static func make(_ y: Int, _ m: Int, _ d: Int) -> String? {
        guard (1900...2100).contains(y), (1...12).contains(m), d >= 1 else { return nil }
        let leap = (y % 4 == 0 && y % 100 != 0) || y % 400 == 0
        let days = [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][m - 1]
        guard d <= days else { return nil }
        return String(y) + "-" + (m < 10 ? "0" : "") + String(m) + "-" + (d < 10 ? "0" : "") + String(d)
    }

    static let months: [String: Int] = [
        "jan": 1, "january": 1, "feb": 2, "february": 2, "mar": 3, "march": 3, "apr": 4, "april": 4,
        "may": 5, "jun": 6, "june": 6, "jul": 7, "july": 7, "aug": 8, "august": 8, "sep": 9, "sept": 9,
        "september": 9, "oct": 10, "october": 10, "nov": 11, "november": 11, "dec": 12, "december": 12,
    ]
    static let weekdays: [String: Int] = [
        "mon": 1, "monday": 1, "tue": 2, "tues": 2, "tuesday": 2, "wed": 3, "wednesday": 3, "thu": 4,
        "thur": 4, "thurs": 4, "thursday": 4, "fri": 5, "friday": 5, "sat": 6, "saturday": 6, "sun": 7, "sunday": 7,
    ]
    static let ordinals: Set<String> = ["st", "nd", "rd", "th"]
    static let labelWords: Set<String> = [
        "published", "posted", "updated", "last", "first", "date", "publication", "released", "modified",
        "edited", "on", "at", "issued", "dated",
    ]
    static let trailingWords: Set<String> = [
        "am", "pm", "a", "m", "p", "gmt", "utc", "bst", "cet", "cest", "est", "edt", "et", "pt", "pst", "pdt",
        "ct", "cst", "cdt", "msk", "eet", "eest", "kst", "jst", "ist", "hkt", "sgt", "aest", "z", "t", "h",
        "hrs", "beijing", "moscow", "kyiv", "kiev", "london", "time", "local", "by", "ago", "and", "hours", "hour",
        "minutes", "minute", "mins", "min", "days", "day", "just", "now", "at", "read", "listen",
    ]
    static let zoneWords: Set<String> = [
        "am", "pm", "a", "m", "p", "gmt", "utc", "bst", "cet", "cest", "est", "edt", "et", "pt", "pst", "pdt",
        "ct", "cst", "cdt", "msk", "eet", "eest", "kst", "jst", "ist", "hkt", "sgt", "aest", "z",
    ]
}

/// A word, number or punctuation mark of a short piece of text, for the date reader.
struct Token: Sendable, Equatable {
    enum Kind: Sendable, Equatable { case word(String), number(Int, Int), punct(Character) }
    var kind: Kind

    /// Words lower-cased; numbers with their digit count; every other visible character
    /// a mark of its own; spaces dropped.
    static func scan(_ s: String) -> [Token] {
        var out: [Token] = []
        var word: [UInt8] = []
        var num = 0
        var digits = 0
        func flush() {
            if !word.isEmpty { out.append(Token(kind: .word(String(decoding: word, as: UTF8.self)))); word.removeAll(keepingCapacity: true) }
            if digits > 0 { out.append(Token(kind: .number(num, digits))); num = 0; digits = 0 }
        }
        for ch in s.unicodeScalars {
            let v = ch.value
            if v >= 0x30 && v <= 0x39 {
                if !word.isEmpty { flush() }
                if digits < 9 { num = num * 10 + Int(v - 0x30) }
                digits += 1
            } else if (v >= 0x41 && v <= 0x5A) || (v >= 0x61 && v <= 0x7A) {
                if digits > 0 { flush() }
                word.append(UInt8(v) | 0x20)
            } else if v < 0x80 {
                flush()
                if v > 0x20 { out.append(Token(kind: .punct(Character(ch)))) }
            } else if ch.properties.isAlphabetic && !(v >= 0x4E00 && v <= 0x9FFF) {
                if digits > 0 { flush() }
                word.append(contentsOf: String(ch).lowercased().utf8)
            } else {
                flush()
                if !ch.properties.isWhitespace { out.append(Token(kind: .punct(Character(ch)))) }
            }
        }
        flush()
        return out
    }

    func number(digits want: Int) -> Int? {
        if case .number(let n, let d) = kind, d == want { return n }
        return nil
    }

    func number(maxDigits: Int) -> Int? {
        if case .number(let n, let d) = kind, d <= maxDigits { return n }
        return nil
    }

    var punct: Character? {
        if case .punct(let c) = kind { return c }
        return nil
    }

    func isPunct(_ c: Character) -> Bool { punct == c }

    /// Part of a time of day or its zone ("3", ":", "42", "PM", "GMT", "+", ","), which
    /// a metadata line may put before its date.
    var isTimePart: Bool {
        switch kind {
        case .number(_, let d): d <= 2
        case .word(let w): DateText.zoneWords.contains(w)
        case .punct(let c): ":.,+-|".contains(c)
        }
    }

    /// Weekdays and separators that may come before a date in a metadata field.
    var isSkippableLead: Bool {
        switch kind {
        case .word(let w): DateText.weekdays[w] != nil || DateText.labelWords.contains(w)
        case .punct(let c): ",:.|".contains(c)
        case .number: false
        }
    }
}
