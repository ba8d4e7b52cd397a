import Testing
@testable import ParleyCore

/// One test per bundled rule category: the junk goes, the story stays.
@Suite struct CleaningRuleTests {
    let rules = CleaningRules.bundled

    func category(_ line: String) -> String? { rules.rule(for: line)?.category }

    /// An article of `junk` lines around a two-paragraph story.
    func clean(before: String = "", after: String = "") -> Article {
        CorpusTestSupport.article("Prisoner exchange agreed in Istanbul\n\n" + before + "\n\n"
                                  + CorpusTestSupport.storyParagraphs + "\n\n" + after)
    }

    @Test func consentBannersAreDropped() {
        #expect(category("Our Privacy Statement & Cookie Policy") == "consent")
        #expect(category("I agree") == "consent")
        #expect(category("By continuing to browse our site you agree to our use of cookies and our Terms of Use.") == "consent")
        let a = clean(before: "We use cookies to give you the best experience on our site.\n\nAccept all")
        #expect(!a.text.contains("cookies") && !a.text.contains("Accept"))
        #expect(a.title == "Prisoner exchange agreed in Istanbul")
    }

    @Test func aLongParagraphThatMentionsCookiesStays() {
        let long = String(repeating: "The delegations talked about many things over a long lunch. ", count: 8)
            + "Nobody mentioned the use of cookies."
        #expect(category(long) == nil)
    }

    @Test func sectionLabelsAreDropped() {
        #expect(category("CHINA / DIPLOMACY") == "section-label")
        #expect(category("WORLD/EUROPE") == "section-label")
        #expect(category("POLITICS / RUSSIA-UKRAINE") == "section-label")
        #expect(category("Russia / Ukraine talks resume") == nil)   // a headline is not a label
        let a = clean(before: "NEWS / WORLD")
        #expect(!a.text.contains("WORLD"))
    }

    @Test func shareCountersAreDropped() {
        for line in ["0", "44", "1,204", "3.4K", "12 shares", "Share 1.2K", "Share 318 | Comments 41"] {
            #expect(category(line) == "share-counter", "\(line)")
        }
        #expect(category("2025") == "share-counter")
        let a = clean(before: "7\n18")
        #expect(a.paragraphs.count == 2)
    }

    @Test func searchTrendsAndEverythingAfterAreDropped() {
        let a = clean(after: "Search Trends\n\nCeasefire\n\nIstanbul talks\n\nPutin news")
        #expect(!a.text.contains("Search Trends") && !a.text.contains("Putin news"))
        #expect(a.paragraphs.count == 2)
    }

    @Test func commentPromptsAreDropped() {
        #expect(category("Add a comment") == "comment-prompt")
        #expect(category("THE MORNING LEDGER NEWSLETTER") == "newsletter")
        #expect(category("Your email address will not be published. Required fields are marked *") == "comment-prompt")
        #expect(category("We appreciate your thoughts. Please leave a comment.") == "comment-prompt")
        let a = clean(before: "Add a comment", after: "Tell us what you think in the form below.")
        #expect(!a.text.contains("comment") && !a.text.contains("Tell us"))
    }

    @Test func aCommentSectionIsDroppedToTheEnd() {
        let a = clean(after: "Leave a Reply\n\nName *\n\nIvan P. wrote: this deal will never happen, mark my words, it is a trap for everyone.")
        #expect(a.paragraphs.count == 2)
        #expect(!a.text.contains("Ivan"))
    }

    @Test func newsletterBoxesAreDroppedToTheirEnd() {
        let a = clean(after: """
            NEWSLETTER
            |
            Join our mailing list |
            Enter your email to get the morning briefing in your inbox every weekday.
            |

            Officials said the next round could come within two weeks, though no venue was named.
            """)
        #expect(!a.text.contains("NEWSLETTER") && !a.text.contains("mailing") && !a.text.contains("|"))
        #expect(a.text.hasSuffix("though no venue was named."))
    }

    @Test func authorProfilesAreDroppedAndNameTheAuthor() {
        let a = clean(after: """
            About the author

            Tomas Reyes has covered European security for twenty years and studied in Lisbon.

            More stories you may like
            """)
        #expect(!a.text.contains("Tomas") && !a.text.contains("Lisbon") && !a.text.contains("More stories"))
        #expect(a.author == "Tomas Reyes")
    }

    @Test func aProfileHeadingBeforeTheStoryDropsOnlyItself() {
        let a = CorpusTestSupport.article("Author\n\n" + CorpusTestSupport.storyParagraphs)
        #expect(a.paragraphs.count == 2)
    }

    @Test func signOffsAreDropped() {
        #expect(category("(With input from agencies)") == "sign-off")
        #expect(category("(Reporting by Anna Berg; Editing by Paul Kent)") == "sign-off")
        #expect(category("Source: Xinhua") == "sign-off")
        let a = clean(after: "(With input from agencies)")
        #expect(!a.text.contains("agencies"))
    }

    @Test func standalonePhotoCreditsAreDropped() {
        #expect(category("Photo: VCG") == "photo-credit")
        #expect(category("Photo: Reuters/Staff") == "photo-credit")
        #expect(category("/VCG") == "photo-credit")
        let a = clean(before: "Photo: Xinhua")
        #expect(!a.text.contains("Xinhua") && a.captions.isEmpty)
    }

    @Test func aListOfOtherStoriesIsDroppedWithTheList() {
        let a = CorpusTestSupport.article("Talks resume\n\nNegotiators met again in Istanbul on Friday for the second round of talks this month.\n\nMost read\n1. Markets rise on hopes of a truce\n2. What the memorandum would contain\n\n"
                                          + CorpusTestSupport.storyParagraphs)
        #expect(!a.text.contains("Markets") && !a.text.contains("memorandum") && !a.text.contains("Most read"))
        #expect(a.paragraphs.count == 3)
    }

    @Test func navigationLinesAreDropped() {
        let a = clean(before: "Skip to content\n\nAdvertisement", after: "Share this article\n\nBack to top")
        #expect(a.paragraphs.count == 2)
    }

    @Test func appealsForSupportAreDroppedWithTheirBox() {
        let a = clean(after: """
            Support independent journalism from the front line
            Become a member
            Donate

            The next round of talks has not yet been scheduled, officials in both capitals said on Sunday.
            """)
        #expect(!a.text.contains("journalism") && !a.text.contains("member") && !a.text.contains("Donate"))
        #expect(a.text.hasSuffix("said on Sunday."))
    }

    @Test func staffCreditsAndRelatedLinksAreDropped() {
        for line in ["Video editor: Wang Lin", "Source(s): Xinhua", "Read more: Putin proposes Istanbul talks",
                     "Tags: Russia, Ukraine, ceasefire", "Click to share on X (Opens in new window)"] {
            #expect(category(line) != nil, "\(line)")
        }
    }

    @Test func aWholeLineCreditIsNotACaption() {
        // "Photo: VCG" alone is a credit (exact), though it also ends like a caption.
        #expect(category("Photo: VCG") == "photo-credit")
        #expect(category("Officials arrive for the talks in Istanbul, May 16, 2025. Photo: VCG") == "caption")
    }
}
