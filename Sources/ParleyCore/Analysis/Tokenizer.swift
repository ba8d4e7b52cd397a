/// Splits an article's text into tokens in one pass over its UTF-8 bytes: words (with
/// "U.S." and "don't" kept whole, "'s" split off as a possessive), numbers, punctuation
/// and quotation marks told apart as opening or closing.
enum Tokenizer {
    static func tokenize(_ text: String) -> (tokens: [TextToken], keys: [String]) {
        var text = text
        let r = text.withUTF8 { tokenize(bytes: $0) }
        return (r.tokens, r.keys)
    }

    /// Tokens with their vocabulary numbers filled in.
    static func tokenize(_ text: String, vocabulary: Vocabulary) -> (tokens: [TextToken], keys: [String]) {
        var text = text
        var (tokens, keys, hashes) = text.withUTF8 { tokenize(bytes: $0) }
        for i in tokens.indices {
            tokens[i].id = hashes[i] != 0 ? vocabulary.id(keys[i], hash: hashes[i]) : vocabulary.id(keys[i])
        }
        return (tokens, keys)
    }

    private static func scalar(_ b: UnsafeBufferPointer<UInt8>, _ i: Int) -> (Unicode.Scalar, Int) {
        let b0 = b[i]
        if b0 < 0x80 { return (Unicode.Scalar(b0), 1) }
        var len = 1
        var value: UInt32
        if b0 & 0xE0 == 0xC0 { len = 2; value = UInt32(b0 & 0x1F) }
        else if b0 & 0xF0 == 0xE0 { len = 3; value = UInt32(b0 & 0x0F) }
        else if b0 & 0xF8 == 0xF0 { len = 4; value = UInt32(b0 & 0x07) }
        else { return ("\u{FFFD}", 1) }
        if i + len > b.count { return ("\u{FFFD}", 1) }
        for k in 1..<len { value = (value << 6) | UInt32(b[i + k] & 0x3F) }
        return (Unicode.Scalar(value) ?? "\u{FFFD}", len)
    }

    private static func isLetter(_ s: Unicode.Scalar) -> Bool {
        let v = s.value
        if v < 0x80 { return (v >= 65 && v <= 90) || (v >= 97 && v <= 122) }
        if v >= 0x2000 && v <= 0x206F { return false }  // general punctuation: dashes, quotes
        if v >= 0xC0 && v <= 0x24F { return v != 0xD7 && v != 0xF7 }  // Latin letters with accents
        return s.properties.isAlphabetic || s.properties.generalCategory == .nonspacingMark
    }

    private static func isDigit(_ s: Unicode.Scalar) -> Bool { s.value >= 48 && s.value <= 57 }

    private static func isSpace(_ s: Unicode.Scalar) -> Bool {
        let v = s.value
        if v < 0x80 { return v == 32 || v == 9 || v == 10 || v == 13 || v == 11 || v == 12 }
        if v >= 0x2010 && v <= 0x2027 { return false }  // dashes, quotes, ellipsis
        if v >= 0xC0 && v <= 0x24F { return false }
        return s.properties.isWhitespace || v == 0xA0 || v == 0x200B || v == 0xFEFF
    }

    private static func isUpper(_ s: Unicode.Scalar) -> Bool {
        let v = s.value
        if v < 0x80 { return v >= 65 && v <= 90 }
        if v >= 0xC0 && v <= 0xDE { return v != 0xD7 }
        return s.properties.isUppercase
    }

    private static func isApostrophe(_ s: Unicode.Scalar) -> Bool { s == "'" || s == "\u{2019}" }

    static func tokenize(bytes b: UnsafeBufferPointer<UInt8>) -> (tokens: [TextToken], keys: [String], hashes: [UInt64]) {
        var tokens: [TextToken] = []
        var keys: [String] = []
        var hashes: [UInt64] = []
        hashes.reserveCapacity(b.count / 5)
        tokens.reserveCapacity(b.count / 5)
        keys.reserveCapacity(b.count / 5)
        let n = b.count
        var i = 0
        var newlines = 0
        var straightOpen = false
        var prevWasSpace = true
        while i < n {
            let (s, len) = scalar(b, i)
            if isSpace(s) {
                if s == "\n" { newlines += 1 }
                i += len
                prevWasSpace = true
                continue
            }
            let breaks: UInt8 = newlines == 0 ? 0 : (newlines == 1 ? 1 : 2)
            if breaks == 2 { straightOpen = false }
            newlines = 0
            let start = i
            if isLetter(s) || isDigit(s) {
                var j = i
                var upper = isUpper(s)
                var letters = 0, uppers = 0
                var segment = 0
                var dotted = false
                let numeric = isDigit(s)
                var possessive: (Int, Int)? = nil
                while j < n {
                    let (c, l) = scalar(b, j)
                    if isLetter(c) || isDigit(c) {
                        if isLetter(c) { letters += 1; if isUpper(c) { uppers += 1 } }
                        segment += 1
                        j += l
                        continue
                    }
                    if c == "." && segment == 1 && !numeric && j + 1 < n {
                        let (d, _) = scalar(b, j + 1)
                        if isLetter(d) { dotted = true; segment = 0; j += 1; continue }
                        if dotted { j += 1; segment = 0; break }
                    }
                    // "U.S." at the very end (a knowledge-base alias) keeps its last dot too.
                    if c == "." && segment == 1 && !numeric && dotted && j + 1 == n { j += 1; break }
                    if (c == "," || c == ".") && numeric && j + 1 < n && b[j + 1] >= 48 && b[j + 1] <= 57 {
                        j += 1
                        continue
                    }
                    if isApostrophe(c) && j + l < n {
                        let (d, dl) = scalar(b, j + l)
                        if isLetter(d) {
                            let after = j + l + dl
                            let endsWord = after >= n || !isLetter(scalar(b, after).0)
                            if (d == "s" || d == "S") && endsWord {
                                possessive = (j, after)
                                break
                            }
                            j += l
                            continue
                        }
                    }
                    break
                }
                if upper && letters == 0 { upper = false }
                let (key, hash) = TextKey.fold(b, start, j)
                tokens.append(TextToken(start: start, end: j, kind: numeric ? .number : .word,
                                        upper: upper, allCaps: letters >= 2 && uppers == letters, breaks: breaks))
                keys.append(key)
                hashes.append(hash)
                if let (ps, pe) = possessive {
                    tokens.append(TextToken(start: ps, end: pe, kind: .possessive, upper: false,
                                            allCaps: false, breaks: 0))
                    keys.append("'s")
                    hashes.append(0)
                    j = pe
                }
                i = j
                prevWasSpace = false
                continue
            }
            // Quotation marks.
            var kind: TextToken.Kind = .punct
            let nextIsSpace: Bool = {
                let k = i + len
                if k >= n { return true }
                let (c, _) = scalar(b, k)
                return isSpace(c) || c == "," || c == "." || c == ";" || c == ":" || c == "!" || c == "?" || c == ")"
            }()
            let afterOpener = prevWasSpace || {
                guard let last = tokens.last, last.end == i, let lastKey = keys.last else { return true }
                return lastKey == "(" || lastKey == "[" || lastKey == "—" || lastKey == "–" || lastKey == "-"
                    || last.kind == .openQuote
            }()
            switch s {
            case "\u{201C}", "\u{201E}", "\u{00AB}":
                kind = (!afterOpener && nextIsSpace) ? .closeQuote : .openQuote
            case "\u{201D}", "\u{00BB}":
                kind = (afterOpener && !nextIsSpace) ? .openQuote : .closeQuote
            case "\"":
                if afterOpener && !nextIsSpace { kind = .openQuote }
                else if !afterOpener { kind = .closeQuote }
                else { kind = straightOpen ? .closeQuote : .openQuote }
                straightOpen = kind == .openQuote
            default:
                kind = .punct
            }
            let key: String
            if s.value < 0x80 {
                key = String(Character(s))
            } else {
                key = String(decoding: UnsafeBufferPointer(rebasing: b[i..<(i + len)]), as: UTF8.self)
            }
            tokens.append(TextToken(start: i, end: i + len, kind: kind, upper: false, allCaps: false, breaks: breaks))
            keys.append(kind == .punct ? key : "\"")
            hashes.append(0)
            i += len
            prevWasSpace = false
        }
        return (tokens, keys, hashes)
    }
}
