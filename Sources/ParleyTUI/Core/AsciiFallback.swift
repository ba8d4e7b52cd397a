import Foundation

/// What parley draws instead of a non-ASCII character when the locale is not UTF-8
/// (`LC_ALL=C`): borders become `+ - |`, the stance and list glyphs get ASCII look-alikes
/// that stay distinct from one another, and any other character becomes `?` for each
/// column it takes, so rows keep their alignment.
public enum AsciiFallback {
    /// Replacements for the glyphs parley itself draws.
    static let table: [Character: Character] = [
        "─": "-", "━": "-", "│": "|", "┃": "|", "┌": "+", "┐": "+", "└": "+", "┘": "+",
        "├": "+", "┤": "+", "┬": "+", "┴": "+", "┼": "+",
        "▶": ">", "▌": ">", "█": "#", "●": "o", "·": ".", "…": "~", "±": "~",
        "—": "-", "–": "-", "“": "\"", "”": "\"", "‘": "'", "’": "'", "«": "\"", "»": "\"",
        "→": ">", "←": "<", "↑": "^", "↓": "v", "×": "x", "✓": "v", "✗": "x",
        "\u{00A0}": " ",
    ]

    /// The ASCII text, exactly `width` columns wide, to draw for one grapheme.
    public static func replacement(for grapheme: String, width: Int) -> String {
        let width = max(1, width)
        if grapheme.utf8.allSatisfy({ $0 < 0x80 }) { return grapheme }
        if let first = grapheme.first, grapheme.count == 1, let mapped = table[first] {
            return String(mapped) + String(repeating: " ", count: width - 1)
        }
        // Letters with accents keep their base letter (é → e, ğ → g).
        if let base = grapheme.decomposedStringWithCanonicalMapping.unicodeScalars.first,
           base.isASCII, base.value >= 0x20 {
            return String(Character(base)) + String(repeating: " ", count: width - 1)
        }
        return String(repeating: "?", count: width)
    }
}
