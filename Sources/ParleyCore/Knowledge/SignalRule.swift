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

    public init(issue: Issue, polarity: Stance = .support, phrases: [String], near: [String] = []) {
        self.issue = issue
        self.polarity = polarity
        self.phrases = phrases
        self.near = near
    }
}
