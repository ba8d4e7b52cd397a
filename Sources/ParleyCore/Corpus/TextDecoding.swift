import Foundation

/// What reading a file's bytes as text gave: the text (with a warning when a fallback
/// encoding was used), or the reason the file is skipped.
enum DecodedFile: Sendable, Equatable {
    case text(String, warning: String?)
    case skipped(String)
}

/// Turns a file's bytes into clean text for the readers: UTF-8 with or without a byte
/// order mark, UTF-16 with one, Windows-1252 as a fallback (with a warning); CRLF and lone
/// CR become LF, non-breaking and other odd spaces become spaces, invisible characters
/// (zero-width space, soft hyphen, stray BOMs) go. Binary and empty files are refused.
enum TextDecoding {
    static func decode(_ bytes: [UInt8]) -> DecodedFile {
        if bytes.isEmpty { return .skipped("empty file, skipped") }
        var body = bytes[...]
        var utf16: String.Encoding?
        if body.starts(with: [0xEF, 0xBB, 0xBF]) {
            body = body.dropFirst(3)
        } else if body.starts(with: [0xFF, 0xFE]) {
            utf16 = .utf16LittleEndian
        } else if body.starts(with: [0xFE, 0xFF]) {
            utf16 = .utf16BigEndian
        }
        if let encoding = utf16 {
            guard let s = String(data: Data(body.dropFirst(2)), encoding: encoding) else {
                return .skipped("broken UTF-16 text, skipped")
            }
            return finish(Array(s.utf8), warning: nil)
        }
        if looksBinary(body) { return .skipped("binary file (not text), skipped") }
        if String(validating: body, as: UTF8.self) != nil {
            return finish(Array(body), warning: nil)
        }
        return finish(Array(windows1252(body).utf8), warning: "not valid UTF-8; read as Windows-1252 (Latin-1)")
    }

    /// NUL bytes, or more than 2% control characters other than tab, LF, CR and form feed.
    static func looksBinary(_ bytes: ArraySlice<UInt8>) -> Bool {
        var controls = 0
        for b in bytes {
            if b == 0 { return true }
            if (b < 0x20 && b != 0x09 && b != 0x0A && b != 0x0D && b != 0x0C) || b == 0x7F { controls += 1 }
        }
        return controls * 50 > bytes.count
    }

    static func finish(_ utf8: [UInt8], warning: String?) -> DecodedFile {
        let text = String(decoding: normalize(utf8), as: UTF8.self)
        if text.utf8.allSatisfy({ $0 == 0x20 || $0 == 0x0A || $0 == 0x09 || $0 == 0x0C }) {
            return .skipped("empty file (no text), skipped")
        }
        return .text(text, warning: warning)
    }

    /// Line ends to LF; NBSP, figure and narrow no-break spaces to a space; zero-width
    /// spaces, word joiners, soft hyphens and BOMs dropped. Works on valid UTF-8 bytes.
    static func normalize(_ bytes: [UInt8]) -> [UInt8] {
        bytes.withUnsafeBufferPointer { normalize($0) } ?? bytes
    }

    /// nil when nothing needs changing.
    private static func normalize(_ b: UnsafeBufferPointer<UInt8>) -> [UInt8]? {
        guard let first = b.firstIndex(where: { $0 == 0x0D || $0 == 0xC2 || $0 == 0xE2 || $0 == 0xEF || $0 == 0x0C })
        else { return nil }
        var out: [UInt8] = []
        out.reserveCapacity(b.count)
        out.append(contentsOf: b[..<first])
        var i = first
        let n = b.count
        while i < n {
            let x = b[i]
            switch x {
            case 0x0D:
                out.append(0x0A)
                if i + 1 < n && b[i + 1] == 0x0A { i += 1 }
            case 0x0C:
                out.append(0x0A)
            case 0xC2 where i + 1 < n && (b[i + 1] == 0xA0 || b[i + 1] == 0xAD):
                if b[i + 1] == 0xA0 { out.append(0x20) }
                i += 1
            case 0xE2 where i + 2 < n && b[i + 1] == 0x80:
                let y = b[i + 2]
                if y == 0x87 || y == 0xAF || y == 0xA8 || (y >= 0x80 && y <= 0x8A) {
                    out.append(y == 0xA8 ? 0x0A : 0x20)   // figure/narrow/en/em spaces; line separator
                } else if y == 0x8B || y == 0x8C || y == 0x8D {
                    // zero-width space / non-joiner / joiner: dropped
                } else {
                    out.append(contentsOf: b[i...(i + 2)])
                }
                i += 2
            case 0xE2 where i + 2 < n && b[i + 1] == 0x81 && b[i + 2] == 0xA0:
                i += 2   // word joiner
            case 0xEF where i + 2 < n && b[i + 1] == 0xBB && b[i + 2] == 0xBF:
                i += 2   // a stray BOM
            default:
                out.append(x)
            }
            i += 1
        }
        return out
    }

    /// Windows-1252 (a superset of Latin-1 for printable text) to a String.
    static func windows1252<C: Collection>(_ bytes: C) -> String where C.Element == UInt8 {
        var s = String.UnicodeScalarView()
        for b in bytes {
            if b >= 0x80 && b <= 0x9F, let mapped = cp1252High[Int(b - 0x80)] {
                s.append(mapped)
            } else {
                s.append(Unicode.Scalar(b))
            }
        }
        return String(s)
    }

    private static let cp1252High: [Unicode.Scalar?] = [
        "\u{20AC}", nil, "\u{201A}", "\u{0192}", "\u{201E}", "\u{2026}", "\u{2020}", "\u{2021}",
        "\u{02C6}", "\u{2030}", "\u{0160}", "\u{2039}", "\u{0152}", nil, "\u{017D}", nil,
        nil, "\u{2018}", "\u{2019}", "\u{201C}", "\u{201D}", "\u{2022}", "\u{2013}", "\u{2014}",
        "\u{02DC}", "\u{2122}", "\u{0161}", "\u{203A}", "\u{0153}", nil, "\u{017E}", "\u{0178}",
    ]
}
