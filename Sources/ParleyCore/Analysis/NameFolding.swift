/// Folds the Latin transliterations of one name to one key, so that Umerov and Umierov,
/// Serhii, Serhiy, Sergiy, Sergei and Sergey, Zelensky and Zelenskyy, Yermak and Iermak are
/// the same person. Works on a word's folded key (lower case, no accents): `y` and `j` read
/// as `i`, `w` as `v`, `x` as `ks`, a Ukrainian `h` after a consonant or at the start as the
/// Russian `g` (not in `sh`, `ch`, `zh`, `kh`, `th`), doubled letters once, `ie` as `e` and
/// `ei` as `i`. Keys of two different names can only meet in these folded forms, never in
/// the text, so the folding is used to find the person a spelling means, not to match text.
enum NameFolding {
    /// The folded form of one word's key; empty for a word that is not plain Latin letters.
    static func fold(_ key: String) -> String {
        var mapped: [UInt8] = []
        mapped.reserveCapacity(key.utf8.count + 2)
        var previous: UInt8 = 0
        for b in key.utf8 {
            guard (b >= 97 && b <= 122) || b == 45 || b == 39 else { return "" }
            switch b {
            case 121, 106: mapped.append(105)            // y, j → i
            case 119: mapped.append(118)                 // w → v
            case 120: mapped.append(107); mapped.append(115) // x → ks
            case 104:                                    // h → g, but not in sh, ch, zh, kh, th, ph, gh
                if [115, 99, 122, 107, 116, 112, 103].contains(previous) { mapped.append(104) } else { mapped.append(103) }
            default: mapped.append(b)
            }
            previous = b
        }
        var once = collapse(mapped)
        var out: [UInt8] = []
        out.reserveCapacity(once.count)
        var i = 0
        while i < once.count {
            if i + 1 < once.count && once[i] == 105 && once[i + 1] == 101 { out.append(101); i += 2; continue } // ie → e
            if i + 1 < once.count && once[i] == 101 && once[i + 1] == 105 { out.append(105); i += 2; continue } // ei → i
            out.append(once[i]); i += 1
        }
        once = collapse(out)
        return String(decoding: once, as: UTF8.self)
    }

    /// The folded form of a name of several word keys, the words joined by a space; empty
    /// when any word is not plain Latin letters.
    static func fold(words: [String]) -> String {
        var parts: [String] = []
        for w in words {
            let f = fold(w)
            if f.isEmpty { return "" }
            parts.append(f)
        }
        return parts.joined(separator: " ")
    }

    private static func collapse(_ bytes: [UInt8]) -> [UInt8] {
        var out: [UInt8] = []
        out.reserveCapacity(bytes.count)
        for b in bytes where out.last != b { out.append(b) }
        return out
    }
}
