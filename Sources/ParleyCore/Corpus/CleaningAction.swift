/// What a cleaning rule does with a line it matches.
public enum CleaningAction: String, Sendable, Codable, CaseIterable {
    /// Remove the line.
    case drop
    /// Remove the line and the rest of its box (a newsletter sign-up, say): the lines after
    /// it while they are short or hold one of the rule's `box_words`.
    case dropBox = "drop-box"
    /// Remove the line and everything after it (a comment section, "Search Trends"). Only
    /// once the story has begun: before the first paragraph it acts as `drop`.
    case dropRest = "drop-rest"
    /// Like `dropRest`, and the first name in the section is taken as the author when the
    /// article names none.
    case authorProfile = "author-profile"
    /// The line is a photo caption: kept once among the captions, never in the body.
    case caption
    /// The line is a caption when it stands before the story's first paragraph.
    case captionHint = "caption-hint"
}
