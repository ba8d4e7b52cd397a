/// Words attributed to a speaker: quoted directly, or reported ("Putin said that ...").
public struct Quote: Codable, Sendable, Hashable {
    public var article: String
    /// Actor id of the speaker, or nil when no speaker could be found.
    public var speaker: String?
    public var speakerName: String?
    public var party: Party?
    /// The quoted words without quotation marks.
    public var text: String
    public var direct: Bool
    /// Where the quoted words stand in the article's text.
    public var span: TextSpan

    public init(article: String, speaker: String?, speakerName: String?, party: Party?,
                text: String, direct: Bool, span: TextSpan) {
        self.article = article
        self.speaker = speaker
        self.speakerName = speakerName
        self.party = party
        self.text = text
        self.direct = direct
        self.span = span
    }
}
