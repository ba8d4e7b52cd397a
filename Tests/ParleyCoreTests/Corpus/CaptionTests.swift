import Testing
@testable import ParleyCore

@Suite struct CaptionTests {
    let rules = CleaningRules.bundled

    @Test func captionSignalsAreRecognised() {
        for line in [
            "Delegates walk to the meeting hall in Istanbul on May 16, 2025. /VCG",
            "Delegates walk to the meeting hall in Istanbul on May 16, 2025. Photo: VCG",
            "Smoke rises over the city after a strike. By Shutterstock.com / Some Photographer",
            "A handout photo released by the presidential office shows the two leaders shaking hands.",
            "LONDON, ENGLAND - APRIL 23, 2025 : Diplomats leave the building after the session.",
            "Demonstrators hold flags outside the embassy. (AP Photo/Jane Roe)",
        ] {
            #expect(rules.rule(for: line)?.action == .caption, "\(line)")
        }
    }

    @Test func aRepeatedLineIsOneCaptionAndNeverBody() {
        let caption = "The foreign ministers shake hands in front of the press in Antalya."
        let a = CorpusTestSupport.article("Ministers meet in Antalya\n\n\(caption)\n\(caption)\n\n"
                                          + CorpusTestSupport.storyParagraphs + "\n\n\(caption)")
        #expect(a.captions == [caption])
        #expect(!a.text.contains("shake hands"))
    }

    @Test func positionMarkersMakeACaptionOnlyAboveTheStory() {
        let hint = "Sybiha (L) and Lammy talk before the session in the British capital"
        let above = CorpusTestSupport.article("London talks open\n\n\(hint)\n\n" + CorpusTestSupport.storyParagraphs)
        #expect(above.captions == [hint])
        let below = CorpusTestSupport.article("London talks open\n\n" + CorpusTestSupport.storyParagraphs
                                              + "\n\nThe ministers (L) and (R) of the quote stayed on for a dinner that lasted late into the night.")
        #expect(below.captions.isEmpty)
        #expect(below.text.contains("dinner"))
    }

    @Test func aStockPhotoDateIsNeverThePublicationDate() {
        let a = CorpusTestSupport.article("""
            Putin signals openness to talks

            MADRID, SPAIN - JUNE 3, 2019 : A file picture of the Russian leader at a summit. By Shutterstock.com / A. Person

            """ + CorpusTestSupport.storyParagraphs)
        #expect(a.published == nil)
        #expect(a.author == nil)
        #expect(a.captions.count == 1)
    }

    @Test func aDateInACaptionIsNeverThePublicationDate() {
        let a = CorpusTestSupport.article("""
            Leaders meet at the Vatican

            The two presidents talk inside the basilica on April 26, 2025. /VCG

            """ + CorpusTestSupport.storyParagraphs)
        #expect(a.published == nil)
    }
}
