import Testing
@testable import ParleyCore

@Suite struct ParagraphTests {
    @Test func aQuoteBrokenBeforeItsAttributionIsJoined() {
        let a = CorpusTestSupport.article("""
            Kremlin reply

            “We are open to any initiative that brings peace, and we expect the same from the other side,”
            Putin said.

            Peskov repeated the point later on Monday in a call with reporters.
            """)
        #expect(a.paragraphs == [
            "“We are open to any initiative that brings peace, and we expect the same from the other side,” Putin said.",
            "Peskov repeated the point later on Monday in a call with reporters.",
        ])
    }

    @Test func linesEndingSentencesStaySeparateParagraphs() {
        let a = CorpusTestSupport.article("""
            Headline for the day
            The first paragraph ends here with a full stop.
            The second paragraph starts on the next line without a blank one.
            “A quoted paragraph stands alone too.”
            """)
        #expect(a.paragraphs.count == 3)
    }

    @Test func aLineThatStopsMidSentenceContinues() {
        let a = CorpusTestSupport.article("""
            Headline for the day

            Zelensky warned that the strikes during the truce showed Moscow
            was not serious about ending the war, and he said so twice.
            """)
        #expect(a.paragraphs.count == 1)
    }

    @Test func aLineStartingInLowerCaseContinues() {
        let a = CorpusTestSupport.article("""
            Headline for the day

            “The answer will be symmetrical. Ceasefire will be met with ceasefire.”
            he posted on X late on Sunday.
            """)
        #expect(a.paragraphs.count == 1)
    }

    @Test func hardWrappedTextIsJoinedIntoParagraphs() {
        let a = CorpusTestSupport.article("""
            Wrapped dispatch

            The delegations met for less than two hours in the Dolmabahce Palace.
            Both sides agreed to exchange a thousand prisoners each. The Ukrainian
            side asked for a meeting of the two presidents, which the Russian
            side said it had noted.

            Officials from Turkey and the United States were in the room for part
            of the session, according to people who were briefed on the talks.
            """)
        #expect(a.paragraphs.count == 2)
    }

    @Test func paragraphsAreSeparatedByOneBlankLine() {
        let a = CorpusTestSupport.article("Headline for the day\n\n\n\nFirst paragraph of the story is here.\n\n\n\nSecond paragraph of the story is here.")
        #expect(a.text == "First paragraph of the story is here.\n\nSecond paragraph of the story is here.")
    }
}
