/// Turns sentences into claims: who (holder) supports, opposes or conditionally supports
/// which issue, by which cue.
///
/// A sentence is read as a row of events: actor mentions, stance cues, negations,
/// conditions, issue signals and clause breaks. For each issue signal, the cues before it
/// in its clause form a chain ("rejected ... to agree to a ceasefire"); the signal's own
/// polarity times each cue's polarity, from the inside out, gives each cue's owner's stance.
/// The outermost cue belongs to the clause's subject (its first name not after a
/// preposition), or, when the clause has none, to the previous clause's subject or to the
/// speaker ("Macron stated that Ukraine is ready": Ukraine holds, Macron is the source).
/// Inner cues belong to an agent named with "by" ("an ultimatum by European leaders").
/// A negation turns the next cue or signal around; a condition word makes support
/// conditional, and the signals inside the condition itself make no claim.
extension ArticleScan {
    struct FoundClaim {
        var holder: Int
        var issue: Issue
        var stance: Stance
        var cue: String
        var sentence: Int
        var source: Int
        /// The reading rule that made the claim.
        var rule: String
        var confidence: Double
        /// Whether a negation turned the claim's cue ("will not agree to").
        var negated = false
    }

    func findClaims(quotes: [FoundQuote]) -> [FoundClaim] {
        var speakerAt = [Int32](repeating: -1, count: tokens.count)
        for q in quotes where q.speaker >= 0 {
            for i in q.first..<min(q.end, tokens.count) { speakerAt[i] = Int32(q.speaker) }
        }
        var out: [FoundClaim] = []
        var previousClaims: [FoundClaim] = []
        var documentSubject = -1
        var previousSubjects: [Int] = []
        for (si, s) in sentences.enumerated() {
            var reader = SentenceReader(self, sentence: si, speakerAt: speakerAt, previousSubjects: previousSubjects,
                                        previousClaims: previousClaims)
            for ev in events(s, speakerAt: speakerAt, itMeans: documentSubject) { reader.read(ev) }
            reader.finish()
            var claims = reader.claims
            documentSubject = reader.documentSubject
            previousSubjects = reader.sentenceSubjects
            if !claims.isEmpty { previousClaims = claims } else if !reader.sentenceSignals.isEmpty { previousClaims = [] }
            if claims.contains(where: { $0.issue == .civilianStrikes }) && hasDuration(s) {
                // A halt to strikes on cities or power plants "for 30 days" is a truce.
                for c in claims where c.issue == .civilianStrikes && c.stance != .oppose
                    && !claims.contains(where: { $0.issue == .ceasefire && party(of: $0.holder) == party(of: c.holder) }) {
                    var truce = c
                    truce.issue = .ceasefire
                    truce.rule = "partial truce, " + c.rule
                    truce.confidence = c.confidence - 0.1
                    claims.append(truce)
                }
            }
            // One claim per party and issue in a sentence: the surest reading, else the first.
            var kept: [Int: Int] = [:]
            for c in claims {
                let key = (Party.allCases.firstIndex(of: party(of: c.holder)) ?? 0) * 16
                    + (Issue.allCases.firstIndex(of: c.issue) ?? 0)
                if let k = kept[key] {
                    if c.confidence > out[k].confidence { out[k] = c }
                } else {
                    kept[key] = out.count
                    out.append(c)
                }
            }
        }
        return out
    }
}
