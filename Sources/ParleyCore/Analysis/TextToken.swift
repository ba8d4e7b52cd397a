/// One word, number, punctuation mark or quotation mark of an article's text, with its
/// place as UTF-8 byte offsets. Its folded key (lower case, no accents, straight apostrophe)
/// is kept in a separate array so that tokens stay plain values, cheap to copy.
struct TextToken: Sendable {
    enum Kind: UInt8, Sendable {
        case word, number, punct, openQuote, closeQuote, possessive
    }

    var start: Int
    var end: Int
    /// The word's number in the knowledge base's vocabulary, -1 when no phrase uses it.
    var id: Int32 = -1
    var kind: Kind
    /// The first letter is upper case (or the token is not a letter at all).
    var upper: Bool
    /// Every letter is upper case ("US", "NATO").
    var allCaps: Bool
    /// Line breaks between this token and the one before: 0, 1, or 2 for a new paragraph.
    var breaks: UInt8

    var isWord: Bool { kind == .word || kind == .number }
    var isQuote: Bool { kind == .openQuote || kind == .closeQuote }
}
