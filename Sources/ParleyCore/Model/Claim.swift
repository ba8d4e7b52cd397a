/// A statement of where a party stands on an issue, with the sentence as evidence.
///
/// The holder is the party whose position the sentence states, which may differ from the
/// actor who said it: Macron saying "Ukraine is ready for a ceasefire" is a Ukrainian claim
/// with Macron as its source.
public struct Claim: Codable, Sendable, Hashable {
    public var article: String
    public var holder: Party
    public var issue: Issue
    /// `support`, `oppose` or `conditional`.
    public var stance: Stance
    /// The actor whose position it is (an actor of `holder`), if one is named.
    public var actor: String?
    /// The actor who made the statement when that is not the holder (e.g. Macron for Ukraine).
    public var source: String?
    public var sentence: String
    public var span: TextSpan
    /// The cue words that made this a claim ("rejected", "ready for", "only after").
    public var cue: String
    /// The article's publication day (`YYYY-MM-DD`), if known.
    public var published: String?
    /// The reading rule that made the claim ("cue chain", "possessive owner", "headline" ...),
    /// so a user checking the matrix sees why it was made.
    public var rule: String
    /// How sure the reading is, from 0 to 1. Claims below `Claim.confidentFrom` are kept
    /// as uncertain evidence: shown on request, never counted in a cell's stance.
    public var confidence: Double

    /// The confidence from which a claim counts in the matrix.
    public static let confidentFrom = 0.5

    /// Whether the claim counts in the matrix (see `confidence`).
    public var isConfident: Bool { confidence >= Self.confidentFrom }

    /// The claim's identity across runs and rule changes: its article, a hash of the
    /// sentence's normalised text (case, spacing and quotation marks folded), party and
    /// issue. Judgements an analyst keeps point at claims by this key.
    public var evidenceID: String {
        "\(article)|\(Claim.sentenceKey(sentence))|\(holder.rawValue)|\(issue.rawValue)"
    }

    /// A stable hash of a sentence's normalised text (lower case, single spaces, straight
    /// quotation marks), the same in every run.
    public static func sentenceKey(_ sentence: String) -> String {
        var h = StableHash()
        var folded = ""
        folded.reserveCapacity(sentence.utf8.count)
        var space = false
        for ch in sentence.lowercased() {
            if ch.isWhitespace { space = !folded.isEmpty; continue }
            if space { folded.append(" "); space = false }
            switch ch {
            case "\u{2018}", "\u{2019}": folded.append("'")
            case "\u{201C}", "\u{201D}", "\u{00AB}", "\u{00BB}", "\u{201E}": folded.append("\"")
            default: folded.append(ch)
            }
        }
        h.add(folded)
        return h.hex
    }

    public init(article: String, holder: Party, issue: Issue, stance: Stance, actor: String?,
                source: String? = nil, sentence: String, span: TextSpan, cue: String,
                published: String?, rule: String = "", confidence: Double = 1) {
        self.article = article
        self.holder = holder
        self.issue = issue
        self.stance = stance
        self.actor = actor
        self.source = source
        self.sentence = sentence
        self.span = span
        self.cue = cue
        self.published = published
        self.rule = rule
        self.confidence = confidence
    }
}
