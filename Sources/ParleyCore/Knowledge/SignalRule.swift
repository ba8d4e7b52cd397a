/// Phrases that signal an issue, with the side they state on their own and, optionally,
/// words that must stand near them for them to count.
public struct SignalRule: Sendable, Hashable {
    public var issue: Issue
    /// `.support` for phrases of the proposition itself, `.oppose` for its opposite
    /// ("neutrality" for `nato`).
    public var polarity: Stance
    public var phrases: [String]
    /// Words (or `@party` for a mention of that party) of which one must stand within five
    /// words; empty when the phrases count anywhere.
    public var near: [String]
    /// Words (or `@party`) of which none may stand within five words: "talks with the US"
    /// are no Russia–Ukraine talks.
    public var notNear: [String]
    /// The parties whose claims these phrases can carry; empty for every party. Plain
    /// "talks" are direct talks when Russia or Ukraine is ready for them, not when the US is.
    public var holders: [Party]
    /// The side the phrases take by themselves, with no other cue ("waiting for Putin" in
    /// Istanbul is support for direct talks); nil when they need a cue.
    public var cue: Stance?

    public init(issue: Issue, polarity: Stance = .support, phrases: [String], near: [String] = [],
                notNear: [String] = [], holders: [Party] = [], cue: Stance? = nil) {
        self.issue = issue
        self.polarity = polarity
        self.phrases = phrases
        self.near = near
        self.notNear = notNear
        self.holders = holders
        self.cue = cue
    }
}
