/// One line of an article as a reader found it, before cleaning.
struct RawLine: Sendable, Equatable {
    /// `standfirst`: the summary under the headline (a dek, subtitle or strapline), kept as
    /// the text's first paragraph but never read as metadata or as the story's start.
    enum Kind: Sendable, Equatable { case text, heading, caption, standfirst }
    var text: String
    /// True when a blank line (or a block boundary in HTML) comes before this line, so it
    /// starts a new paragraph; false when it continues the block above it.
    var startsBlock: Bool
    var kind: Kind = .text
}

/// What a reader took from a file for one article: metadata the format states outright
/// (HTML meta tags, feed fields, JSON keys, front matter) and the body's lines. The
/// cleaner turns it into an `Article`, filling missing metadata from the text.
struct RawArticle: Sendable {
    var title: String?
    var outlet: String?
    /// A date as the source wrote it (ISO 8601, RFC 822, "Apr 22, 2025", ...).
    var published: String?
    var author: String?
    var url: String?
    /// A summary under the headline that the format states in a field of its own
    /// (front matter `description`/`subtitle`, a JSON `standfirst`); the cleaner puts it
    /// first in the text unless the text already opens with it.
    var standfirst: String?
    var lines: [RawLine] = []
    /// Captions the markup marks as such (`figcaption`, a caption class).
    var captions: [String] = []
    /// True when the lines came from markup with real block boundaries (HTML, feeds).
    var blocksAreReal = false
}
