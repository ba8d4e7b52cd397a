import Testing
@testable import ParleyCore

/// The readings look a few words ahead and behind; a text may end anywhere. Every prefix
/// of sentences that exercise each reading is analysed, with and without a headline, and
/// must come back (an out-of-range look would stop the process).
@Suite struct AnalysisRobustnessTests {
    let f = AnalysisFixture.self

    static let sentences = [
        "Kyiv accepted Washington's proposal for a 30-day truce, which Moscow rejected.",
        "“We will be waiting for Putin in Istanbul,” Zelenskyy said, adding that the two sides should meet.",
        "Merz threatened Moscow with new sanctions if it does not accept a ceasefire by Monday, or face more.",
        "The peace plan drafted by Washington foresees recognition of Russian control over Crimea. It also provides for lifting sanctions.",
        "Trump accused him of refusing to cede Crimea, and the sides agreed to curbs on strikes on energy targets for 30 days.",
        "Ukraine and the U.S. say they're ready to sign the minerals deal; those calls were rebuffed by Russia's delegation.",
        "Putin proposed on Sunday that Russia and Ukraine resume direct talks, the Kremlin said, according to Peskov.",
        "Recognising Crimea as Russia's is a red line, said",
    ]

    @Test func everyPrefixOfTheTextIsReadWithoutFailing() {
        let text = Self.sentences.joined(separator: " ")
        var cuts = [text.startIndex]
        for i in text.indices where text[i] == " " || text[i] == "," || text[i] == "“" || text[i] == "’" {
            cuts.append(i)
            cuts.append(text.index(after: i))
        }
        var claims = 0
        for cut in cuts {
            let prefix = String(text[..<cut])
            claims += f.analyze(prefix).claims.count
            claims += f.analyze(prefix, title: prefix.isEmpty ? "Kremlin: talks" : String(prefix.suffix(40))).claims.count
        }
        #expect(claims > 0)
    }

    @Test func aHeadlineAloneIsRead() {
        let a = f.analyze("", title: "Kremlin rejects truce ultimatum")
        #expect(a.claims.contains { $0.holder == .russia && $0.issue == .ceasefire })
    }
}
