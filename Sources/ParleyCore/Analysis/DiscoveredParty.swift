/// The party of a newly found person, read from the words that introduce them: a role of
/// someone who speaks for themselves (analyst, scholar, think tank: `independent_roles`)
/// is `other` whatever the nationality; otherwise the owner of the role — a person with a
/// possessive or right before the title ("Zelensky's spokesman", "Putin aide"), a known
/// country or body ("White House communications director", "Britain's then-Prime
/// Minister") — or a nationality or place word (`party_words`: "Chinese", "former British").
extension ArticleScan {
    /// The party the words `a..<b` give a person, nil when they name none. With
    /// `nearestFirst` the words are read from `b` back (the word closest to the title or
    /// name decides: "Trump's envoy met Zelensky's spokesman X" is Ukraine's); otherwise from
    /// `a` on (an apposition: "an adviser to the Russian ambassador in Washington").
    func roleParty(_ a: Int, _ b: Int, nearestFirst: Bool) -> Party? {
        let lower = max(0, a), upper = min(b, tokens.count)
        guard lower < upper else { return nil }
        if (lower..<upper).contains(where: { flags($0).contains(.independentRole) }) { return .other }
        var k = nearestFirst ? upper - 1 : lower
        while k >= lower && k < upper {
            if let p = partyAt(k, upper: upper) { return p }
            k += nearestFirst ? -1 : 1
        }
        return nil
    }

    /// The party token `k` stands for in a role phrase ending before `upper`, if any.
    private func partyAt(_ k: Int, upper: Int) -> Party? {
        if mentionAt[k] >= 0 {
            let f = found[Int(mentionAt[k])]
            guard f.entity >= 0 else { return nil }
            if !isPerson(f.entity) { return party(of: f.entity) }
            // A person owns the role only with a possessive or right before the title.
            if f.end < tokens.count && (tokens[f.end].kind == .possessive || f.end == upper
                    || !flags(f.end).intersection([.title, .role, .titleModifier]).isEmpty) {
                return party(of: f.entity)
            }
            return nil
        }
        if lex.partyWords.hasFirst(tokens[k]), let (_, p) = lex.partyWords.longest(at: k, in: tokens) { return p }
        return nil
    }
}
