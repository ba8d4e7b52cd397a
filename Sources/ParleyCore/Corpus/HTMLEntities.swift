/// Decodes HTML character references: named ones news pages use, and numeric ones
/// (with the Windows-1252 meanings browsers give to &#128;–&#159;).
enum HTMLEntities {
    static func decode<S: StringProtocol>(_ s: S) -> String {
        guard s.utf8.contains(UInt8(ascii: "&")) else { return String(s) }
        let b = Array(s.utf8)
        var out: [UInt8] = []
        out.reserveCapacity(b.count)
        var i = 0
        while i < b.count {
            if b[i] == UInt8(ascii: "&") {
                var j = i + 1
                while j < b.count, j - i <= 33, b[j] != UInt8(ascii: ";"), b[j] != UInt8(ascii: "&"), b[j] != 0x20 { j += 1 }
                if j < b.count, b[j] == UInt8(ascii: ";"),
                   let scalar = scalar(for: String(decoding: b[(i + 1)..<j], as: UTF8.self)) {
                    out.append(contentsOf: String(Character(scalar)).utf8)
                    i = j + 1
                    continue
                }
            }
            out.append(b[i])
            i += 1
        }
        return String(decoding: out, as: UTF8.self)
    }

    static func scalar<S: StringProtocol>(for name: S) -> Unicode.Scalar? {
        if name.hasPrefix("#") {
            let body = name.dropFirst()
            let value: UInt32?
            if body.hasPrefix("x") || body.hasPrefix("X") {
                value = UInt32(body.dropFirst(), radix: 16)
            } else {
                value = UInt32(body, radix: 10)
            }
            guard let v = value else { return nil }
            if v >= 0x80 && v <= 0x9F {
                return TextDecoding.windows1252([UInt8(v)]).unicodeScalars.first
            }
            if v == 0xA0 { return " " }
            return Unicode.Scalar(v) ?? "\u{FFFD}"
        }
        return named[String(name)]
    }

    static let named: [String: Unicode.Scalar] = [
        "amp": "&", "lt": "<", "gt": ">", "quot": "\"", "apos": "'", "nbsp": " ", "ensp": " ", "emsp": " ",
        "thinsp": " ", "mdash": "\u{2014}", "ndash": "\u{2013}", "hellip": "\u{2026}", "lsquo": "\u{2018}",
        "rsquo": "\u{2019}", "sbquo": "\u{201A}", "ldquo": "\u{201C}", "rdquo": "\u{201D}", "bdquo": "\u{201E}",
        "laquo": "\u{00AB}", "raquo": "\u{00BB}", "lsaquo": "\u{2039}", "rsaquo": "\u{203A}", "copy": "\u{00A9}",
        "reg": "\u{00AE}", "trade": "\u{2122}", "deg": "\u{00B0}", "middot": "\u{00B7}", "bull": "\u{2022}",
        "prime": "\u{2032}", "Prime": "\u{2033}", "times": "\u{00D7}", "divide": "\u{00F7}", "euro": "\u{20AC}",
        "pound": "\u{00A3}", "yen": "\u{00A5}", "cent": "\u{00A2}", "sect": "\u{00A7}", "para": "\u{00B6}",
        "shy": "\u{00AD}", "zwj": "\u{200D}", "zwnj": "\u{200C}", "iexcl": "\u{00A1}", "iquest": "\u{00BF}",
        "frac12": "\u{00BD}", "frac14": "\u{00BC}", "frac34": "\u{00BE}", "plusmn": "\u{00B1}", "micro": "\u{00B5}",
        "Agrave": "À", "Aacute": "Á", "Acirc": "Â", "Atilde": "Ã", "Auml": "Ä", "Aring": "Å", "AElig": "Æ",
        "Ccedil": "Ç", "Egrave": "È", "Eacute": "É", "Ecirc": "Ê", "Euml": "Ë", "Igrave": "Ì", "Iacute": "Í",
        "Icirc": "Î", "Iuml": "Ï", "Ntilde": "Ñ", "Ograve": "Ò", "Oacute": "Ó", "Ocirc": "Ô", "Otilde": "Õ",
        "Ouml": "Ö", "Oslash": "Ø", "Ugrave": "Ù", "Uacute": "Ú", "Ucirc": "Û", "Uuml": "Ü", "Yacute": "Ý",
        "szlig": "ß", "agrave": "à", "aacute": "á", "acirc": "â", "atilde": "ã", "auml": "ä", "aring": "å",
        "aelig": "æ", "ccedil": "ç", "egrave": "è", "eacute": "é", "ecirc": "ê", "euml": "ë", "igrave": "ì",
        "iacute": "í", "icirc": "î", "iuml": "ï", "ntilde": "ñ", "ograve": "ò", "oacute": "ó", "ocirc": "ô",
        "otilde": "õ", "ouml": "ö", "oslash": "ø", "ugrave": "ù", "uacute": "ú", "ucirc": "û", "uuml": "ü",
        "yacute": "ý", "yuml": "ÿ", "OElig": "Œ", "oelig": "œ", "Scaron": "Š", "scaron": "š", "Zcaron": "Ž",
        "zcaron": "ž", "Yuml": "Ÿ", "gbreve": "ğ", "Gbreve": "Ğ", "scedil": "ş", "Scedil": "Ş", "Idot": "İ",
        "inodot": "ı", "ccaron": "č", "Ccaron": "Č", "rcaron": "ř", "ecaron": "ě", "lstrok": "ł", "Lstrok": "Ł",
        "nacute": "ń", "sacute": "ś", "zacute": "ź", "zdot": "ż", "Zdot": "Ż",
    ]
}
