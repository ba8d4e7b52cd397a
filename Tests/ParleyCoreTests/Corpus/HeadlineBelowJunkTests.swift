import Testing
@testable import ParleyCore

/// A saved page that opens with banners, "Skip to content" and editor links before its
/// headline: the headline, outlet, byline and date under them are still read.
@Suite struct HeadlineBelowJunkTests {
    @Test func theHeadlineUnderBannersAndEditorLinksIsTheTitle() {
        let a = CorpusTestSupport.article("""
            The Ledger Quarterly: our new magazine on the war. Be the first to get it.

            pre-order now
            Skip to content
            Edit post

            Envoys prepare a second round of talks in Geneva
            The Kyiv Independent
            by Mira Holub May 3, 2025 9:15 AM 4 min read

            """ + CorpusTestSupport.storyParagraphs)
        #expect(a.title == "Envoys prepare a second round of talks in Geneva")
        #expect(a.outlet == "The Kyiv Independent")
        #expect(a.published == "2025-05-03")
        #expect(a.author == "Mira Holub")
        #expect(a.text.hasPrefix("Negotiators from both countries"))
        #expect(a.paragraphs.count == 2)
    }

    @Test func theHeadlineUnderACookieLineIsTheTitle() {
        let a = CorpusTestSupport.article("""
            We use cookies to improve your experience on our site. By continuing to browse, you agree to our use of cookies. OK
            Envoys prepare a second round of talks in Geneva
            Harbour Daily
            Tuesday, 6 May 2025

            """ + CorpusTestSupport.storyParagraphs)
        #expect(a.title == "Envoys prepare a second round of talks in Geneva")
        #expect(a.published == "2025-05-06")
        #expect(a.paragraphs.count == 2)
    }

    @Test func theAudioNoteUnderTheBylineIsNotPartOfTheStory() {
        let a = CorpusTestSupport.article("""
            Envoys prepare a second round of talks in Geneva
            by Mira Holub May 3, 2025 9:15 AM 4 min read

            A caption of the delegates at the table in Geneva on May 2, 2025. (Jan Roe / AFP via Getty Images)
            A caption of the delegates at the table in Geneva on May 2, 2025. (Jan Roe / AFP via Getty Images)
            This audio is created with AI assistance

            """ + CorpusTestSupport.storyParagraphs)
        #expect(a.author == "Mira Holub")
        #expect(a.captions.count == 1)
        #expect(a.text.hasPrefix("Negotiators from both countries"))
    }
}
