import Testing
@testable import ParleyCore

/// The header shapes news sites give their saved pages, written here in our own words.
@Suite struct HeaderStyleTests {
    let story = CorpusTestSupport.storyParagraphs

    @Test func agencyStyleWithTimeAgeAndStandards() {
        let a = CorpusTestSupport.article("""
            Kyiv ready to send a delegation to Istanbul, minister says
            By Olena Shevchuk and Mark Daley
            May 12, 2025 5:32 PM GMT+3 Updated 2 hours ago

            KYIV, May 12 (Newswire) - Ukraine will send a delegation to Istanbul, its foreign minister said on Monday, a day after the Kremlin proposed talks.

            """ + story + """


            Reporting by Olena Shevchuk; Editing by Mark Daley
            Our Standards: The Newswire Trust Principles.
            """)
        #expect(a.title == "Kyiv ready to send a delegation to Istanbul, minister says")
        #expect(a.author == "Olena Shevchuk and Mark Daley")
        #expect(a.published == "2025-05-12")
        #expect(a.dateline == "KYIV, May 12 (Newswire)")
        #expect(!a.text.contains("Editing") && !a.text.contains("Standards"))
    }

    @Test func timeBeforeTheDateAndCapitalisedByline() {
        let a = CorpusTestSupport.article("""
            Rubio says talks could move forward this week
            BY SAMUEL ORTIZ
            Updated 3:42 PM GMT+3, Mon May 12, 2025

            """ + story)
        #expect(a.author == "Samuel Ortiz")
        #expect(a.published == "2025-05-12")
    }

    @Test func bareNameAboveARoleIsTheAuthor() {
        let a = CorpusTestSupport.article("""
            What Europe wants from a ceasefire
            14 May 2025
            Share
            Save
            Harriet Vale
            Diplomatic correspondent

            """ + story)
        #expect(a.author == "Harriet Vale")
        #expect(a.published == "2025-05-14")
        #expect(!a.text.contains("Harriet") && !a.text.contains("correspondent") && !a.text.contains("Save"))
    }

    @Test func bareNameAboveAKnownOutletIsTheAuthor() {
        let a = CorpusTestSupport.article("Kremlin sets out its terms\nHarriet Vale\nBBC News\n\n" + story)
        #expect(a.author == "Harriet Vale")
        #expect(a.outlet == "BBC News")
    }

    @Test func staffBylinesAreNotPeople() {
        let a = CorpusTestSupport.article("""
            Istanbul talks end after two hours
            By Al Jazeera Staff
            Published On 16 May 2025

            """ + story)
        #expect(a.author == nil)
        #expect(a.published == "2025-05-16")
    }

    @Test func loneTimesAndAgesAreDropped() {
        let a = CorpusTestSupport.article("Talks end\n\n10:41 PM\n\n3 hours ago\n\n" + story)
        #expect(a.paragraphs.count == 2)
    }

    @Test func imageSourceAndCaptionLines() {
        let a = CorpusTestSupport.article("""
            Delegations arrive in Istanbul

            Image source, Some Agency
            Image caption, The Ukrainian delegation walks into the palace on Friday morning

            """ + story)
        #expect(a.captions == ["Image caption, The Ukrainian delegation walks into the palace on Friday morning"])
        #expect(a.paragraphs.count == 2)
    }
}
