import Testing
@testable import ParleyCore

/// One test per kind of page furniture that saved news pages carry around the story
/// (reading times, sharing rows, app and channel prompts, paywall lines, disclaimers,
/// promotions, credits): the junk goes, and story sentences that look a little like it stay.
@Suite struct PageJunkRuleTests {
    let rules = CleaningRules.bundled

    func category(_ line: String) -> String? { rules.rule(for: line)?.category }

    /// An article of `junk` lines around a two-paragraph story.
    func clean(before: String = "", after: String = "") -> Article {
        CorpusTestSupport.article("Envoys prepare a second round in Geneva\n\n" + before + "\n\n"
                                  + CorpusTestSupport.storyParagraphs + "\n\n" + after)
    }

    @Test func readingTimesAndAudioNotesAreDropped() {
        for line in ["4 min read", "12-minute read", "Reading time: 5 minutes", "Listen · 6:12", "Listen 2:45",
                     "This recording was created with AI assistance", "Narrated by AI"] {
            #expect(category(line) == "reading-time", "\(line)")
        }
        let a = clean(before: "6 min read\n\nListen · 4:20\n\nThe voice you hear was produced with AI assistance.")
        #expect(a.paragraphs.count == 2)
    }

    @Test func editorAndPlayerLabelsAreDropped() {
        for line in ["Edit post", "Loading…", "Loading...", "Advertisement:", "Advertisement - scroll to continue",
                     "12:05 GMT 03.06.2025 Subscribe", "Now playing on Harbour FM"] {
            #expect(category(line) == "navigation", "\(line)")
        }
        let a = clean(before: "Edit post\n\nLoading…", after: "Advertisement:")
        #expect(a.paragraphs.count == 2)
    }

    @Test func sharingRowsAreDropped() {
        for line in ["Share this:", "Share this story:", "Share on:", "Share on Telegram · Share on X · Copy link",
                     "Share · Facebook · X · Email", "Share:", "X", "VK"] {
            #expect(category(line) == "navigation", "\(line)")
        }
        let a = clean(after: "Share this:\nX\nBluesky\nThreads")
        #expect(a.paragraphs.count == 2)
    }

    @Test func followAndChannelPromptsAreDropped() {
        #expect(category("Follow topic:") == "navigation")
        for line in ["Join the Ledger's Telegram channel for the latest updates.",
                     "Follow the Ledger on WhatsApp for breaking news",
                     "Subscribe to our YouTube channel"] {
            #expect(category(line) != nil, "\(line)")
        }
        // A statement published on a channel is news.
        #expect(category("The president wrote on his Telegram channel that the talks would go ahead.") == nil)
    }

    @Test func linksToOtherStoriesAreDroppedWhateverTheirLength() {
        let line = "Read also: Envoy outlines the sequence of a truce, a prisoner exchange and talks on a settlement"
        #expect(line.count > 80)
        #expect(category(line) == "read-more")
        let a = clean(after: line)
        #expect(!a.text.contains("Read also"))
    }

    @Test func aListOfTopNewsGoesDownToTheNextParagraph() {
        let a = clean(after: "Top news\nHarbour traffic resumes after the storm\n\n"
                      + "The envoy is expected to brief the foreign ministers of the group on Monday evening.")
        #expect(!a.text.contains("Top news") && !a.text.contains("storm"))
        #expect(a.text.hasSuffix("on Monday evening."))
    }

    @Test func appPromptsAreDropped() {
        #expect(category("Download the Ledger app for the latest news from Europe and around the world.") == "app-promo")
        #expect(category("Get the Harbour Daily app") == "app-promo")
        let a = clean(after: "Download the Ledger app for alerts on every development.")
        #expect(!a.text.contains("Download"))
    }

    @Test func subscriptionPromptsAreDropped() {
        for line in ["Read the full story on the Morning Ledger with a Harbour subscription.",
                     "Continue reading with a Ledger Plus subscription",
                     "Subscribe for unlimited access to every story.", "Start reading"] {
            #expect(category(line) == "subscription", "\(line)")
        }
    }

    @Test func appealsOfPublicRadioAndLocalNewsAreDropped() {
        #expect(category("Support local journalism. KXYZ is a listener-supported station. Give today") == "appeal")
        #expect(category("Harbour FM is a member-supported public radio station.") == "appeal")
        let a = clean(after: "Support local news.\nDonate now")
        #expect(a.paragraphs.count == 2)
    }

    @Test func aNoteFromTheAuthorGoesWithItsBox() {
        let a = clean(after: """
            Note from the author:
            Hello, it's Mira here. Please consider becoming a member to support our reporting from the region.
            """)
        #expect(!a.text.contains("Note from") && !a.text.contains("Mira"))
        #expect(a.paragraphs.count == 2)
    }

    @Test func aLegalDisclaimerGoesWithItsBox() {
        let a = clean(after: """
            Legal Disclaimer:
            The Wire Hub provides this content "as is" without warranty of any kind and does not accept any responsibility or liability for its accuracy.
            """)
        #expect(!a.text.contains("Disclaimer") && !a.text.contains("warranty"))
        #expect(a.paragraphs.count == 2)
    }

    @Test func bookAndMagazinePromotionsAreDropped() {
        for line in ["Our new book on the war is out in June – pre-order now.", "Pre-order now",
                     "Coming soon: the Harbour Daily's first-ever magazine."] {
            #expect(category(line) == "promo", "\(line)")
        }
        // Plain reporting that uses the same words stays.
        #expect(category("Poland will be among the first to receive the new air-defence systems, the minister said.") == nil)
    }

    @Test func stockPhotoAndAgencyCreditsAreDropped() {
        for line in ["Alamy", "Alamy Stock Photo", "iStock", "EPA-EFE", "Jane Roe / Alamy"] {
            #expect(category(line) == "photo-credit", "\(line)")
        }
        for line in ["Reuters via Harbour Newsource", "Jane Roe / AFP via Getty Images", "Harbour Daily via AP"] {
            #expect(category(line) == "agency-credit", "\(line)")
        }
        // A short caption that ends with the credit is still a caption.
        #expect(category("Talks in Geneva. AFP via Getty Images") == "caption")
        let a = CorpusTestSupport.article("Envoys prepare a second round in Geneva\n\n![Alamy](pic.jpg)\n*Alamy*\n\nAlamy\n\n"
                                          + CorpusTestSupport.storyParagraphs, name: "story.md")
        #expect(!a.text.contains("Alamy"))
        #expect(a.captions.isEmpty)
    }
}
