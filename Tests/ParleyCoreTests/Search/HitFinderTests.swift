import Testing
@testable import ParleyCore

/// The hit finder cuts snippets for the cache's search and skips the text before the
/// first place a hit can start; what it finds must be what a plain scan of every folded
/// word finds.
@Suite struct HitFinderTests {
    /// Every hit, from the folded words of the whole text (no skipping, no early stop).
    func plainHits(_ text: String, _ alternatives: [[String]]) -> [TextSpan] {
        let tokens = TextFolding.tokens(text)
        var out: [TextSpan] = []
        for (i, t) in tokens.enumerated() {
            for alt in alternatives where alt.count <= i + 1 && alt.last == t.text {
                let first = i + 1 - alt.count
                if Array(tokens[first...i].map(\.text)) == alt {
                    out.append(TextSpan(start: tokens[first].start, end: t.end))
                    break
                }
            }
        }
        return out
    }

    @Test func findsWhatAPlainScanFindsWhateverComesBefore() {
        let texts = [
            "Talks in Polcha went on. POLCHA again, and polcha's mayor.",
            "“Quoted” words — then a dash… and Polcha at last.",
            "Ålesund hosted nobody; then Polcha.",
            "Erdoğan spoke; later Erdogan and ERDOĞAN spoke again.",
            "Pol\u{AD}cha with a soft hyphen, and P\u{200B}olcha with a zero-width space.",
            "Nothing to see here at all.",
            "The Kremlin's envoy met the White House envoy in Istanbul, then white house aides.",
            "12 rounds, then 2025 talks: round 12 ended.",
            "polcha",
            "xpolcha polchas, Polcha-led; polcha’s “Polcha” POLCHA.",
            "",
        ]
        let queries: [[[String]]] = [
            [["polcha"]], [["erdogan"]], [["white", "house"]], [["istanbul"], ["envoy"]], [["12"]],
            [["kremlin"]], [["ålesund"]], [["o"]],
        ]
        for alternatives in queries {
            let finder = HitFinder(alternatives: alternatives)
            for text in texts {
                let plain = plainHits(text, alternatives)
                let found = finder.hits(in: text, reach: Int.max / 2)
                #expect(found == plain, "\(alternatives) in \(text)")
                // Reading stops `reach` bytes after the first hit.
                let near = plain.filter { $0.start <= (plain.first?.start ?? 0) + 20 }
                #expect(finder.hits(in: text, reach: 20) == near, "\(alternatives) in \(text), reach 20")
            }
        }
    }
}
