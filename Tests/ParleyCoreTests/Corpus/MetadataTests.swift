import Testing
@testable import ParleyCore

@Suite struct MetadataTests {
    @Test func theClutteredFixtureCleansUp() throws {
        let r = CorpusTestSupport.loader.load(file: CorpusTestSupport.fixture("cluttered.txt"))
        let a = try #require(r.articles.first)
        #expect(a.title == "Envoys gather in London as Washington's framework meets a European reply")
        #expect(a.outlet == "Kyiv Post")
        #expect(a.published == "2025-04-23")
        #expect(a.author == "Marta Hrytsenko")
        #expect(a.dateline == "LONDON")
        #expect(a.captions.count == 1)
        #expect(a.text.hasPrefix("Officials from Ukraine, the United States"))
        #expect(a.text.contains("“We will not recognise the occupation of Crimea under any circumstances,” Sybiha told reporters after the session."))
        #expect(a.text.hasSuffix("declining to give a date."))
        for junk in ["cookies", "Accept", "EUROPE", "305", "Photo: IC", "Subscribe", "inbox", "Sign up",
                     "Reporting by", "About the author", "Brussels", "Leave a Reply", "email address"] {
            #expect(!a.text.contains(junk), "kept \(junk)")
        }
        #expect(a.paragraphs.count == 5)
    }

    @Test func titleIsTheHeadlineNotALabelBannerOrOutlet() {
        let a = CorpusTestSupport.article("""
            WORLD / EUROPE
            CGTN
            Kyiv and Moscow trade accusations over the truce
            """ + "\n\n" + CorpusTestSupport.storyParagraphs)
        #expect(a.title == "Kyiv and Moscow trade accusations over the truce")
        #expect(a.outlet == "CGTN")
    }

    @Test func aShortKickerAboveTheHeadlineIsNotTheTitle() {
        let a = CorpusTestSupport.article("Analysis\n\nWhy the Istanbul format matters to both sides\n\n" + CorpusTestSupport.storyParagraphs)
        #expect(a.title == "Why the Istanbul format matters to both sides")
        #expect(!a.text.contains("Analysis"))
    }

    @Test func aSentenceIsNotAHeadlineButAOneWordFirstLineIs() {
        let a = CorpusTestSupport.article("Briefing\n\nThe envoy went to Riga.\n")
        #expect(a.title == "Briefing")
        #expect(a.text == "The envoy went to Riga.")
    }

    @Test func noHeadlineMeansNoTitle() {
        let a = CorpusTestSupport.article(CorpusTestSupport.storyParagraphs)
        #expect(a.title == nil)
        #expect(a.paragraphs.count == 2)
    }

    @Test func outletNameLinesAndMastheadsAreKnown() {
        let rules = CleaningRules.bundled
        #expect(rules.outlet(named: "Global Times") == "Global Times")
        #expect(rules.outlet(named: "the kyiv independent") == "The Kyiv Independent")
        #expect(rules.outlet(named: "Xinhua News Agency") == "Xinhua")
        #expect(rules.outlet(named: "Global Times reported that the talks failed") == nil)
        #expect(rules.outlet(forURL: "https://www.globaltimes.cn/page/202504/1332.shtml") == "Global Times")
        #expect(rules.outlet(forURL: "https://unknown.example.org/x") == nil)
    }

    @Test func aMastheadBetweenHeadlineAndBylineIsTheOutlet() {
        let a = CorpusTestSupport.article("Envoys meet again in Riyadh\nThe Saltmarsh Chronicle\nBy Ada Quill\n\n" + CorpusTestSupport.storyParagraphs)
        #expect(a.outlet == "The Saltmarsh Chronicle")
        #expect(a.author == "Ada Quill")
        #expect(!a.text.contains("Saltmarsh"))
    }

    @Test func aStandfirstIsNotAMasthead() {
        let a = CorpusTestSupport.article("Envoys meet again in Riyadh\nThe talks were the third round this month\nBy Ada Quill\n\n" + CorpusTestSupport.storyParagraphs)
        #expect(a.outlet == nil)
        #expect(a.text.hasPrefix("The talks were the third round this month"))
    }

    @Test func noOutletLineMeansNoOutlet() {
        let a = CorpusTestSupport.article("Talks end early\n\nXinhua News Agency reported that the talks in Istanbul ended after two hours on Friday.")
        #expect(a.outlet == nil)
    }

    @Test(arguments: [
        ("By Xu Keyue", "Xu Keyue"),
        ("By Xu Keyue Published: Apr 22, 2025 10:41 PM", "Xu Keyue"),
        ("By JANE DOE | Reuters", "Jane Doe"),
        ("Written by Ana Costa and Henrik Dahl", "Ana Costa and Henrik Dahl"),
        ("Author: Jean-Luc de la Tour", "Jean-Luc de la Tour"),
        ("By Maria O'Neill, Global Times", "Maria O'Neill"),
        ("By Lee Min-jun in Seoul", "Lee Min-jun"),
    ])
    func bylines(_ line: String, _ name: String) {
        #expect(Byline.parse(line, rules: .bundled)?.author == name)
    }

    @Test func bylineDatesAreRead() {
        #expect(Byline.parse("By Xu Keyue Published: Apr 22, 2025 10:41 PM", rules: .bundled)?.published == "2025-04-22")
        let placeAndDate = Byline.parse("By Ana Lupu, Vatican City · Saturday 26 April 2025", rules: .bundled)
        #expect(placeAndDate?.author == "Ana Lupu")
        #expect(placeAndDate?.published == "2025-04-26")
    }

    @Test(arguments: [
        "By contrast, the Kremlin said nothing.",
        "By Monday, both sides had agreed to meet.",
        "By Shutterstock.com / Frederic Someone",
        "By the end of the week the talks had stalled completely and both delegations went home.",
    ])
    func notBylines(_ line: String) {
        #expect(Byline.parse(line, rules: .bundled)?.author == nil)
    }

    @Test func aKnownOutletAfterTheBylineNameIsTheOutlet() {
        let a = CorpusTestSupport.article("Talks resume\n\nBy Dana Pryce, CNN\n\n" + CorpusTestSupport.storyParagraphs)
        #expect(a.author == "Dana Pryce")
        #expect(a.outlet == "CNN")
    }

    @Test func agencyBylinesAreNotAuthors() {
        let a = CorpusTestSupport.article("Talks resume\n\nBy Reuters\n\n" + CorpusTestSupport.storyParagraphs)
        #expect(a.author == nil)
        #expect(!a.text.contains("Reuters"))
    }

    @Test func photographersAreNotAuthors() {
        let a = CorpusTestSupport.article("Talks resume\n\nPhoto by Ivan Petrov\n\n" + CorpusTestSupport.storyParagraphs)
        #expect(a.author == nil)
    }

    @Test(arguments: [
        ("MOSCOW/KYIV. For the first time in years the two sides spoke.", "MOSCOW/KYIV", "For the first time in years the two sides spoke."),
        ("KYIV, May 11 (Reuters) - Ukraine said it was ready to talk.", "KYIV, May 11 (Reuters)", "Ukraine said it was ready to talk."),
        ("WASHINGTON (AP) — The White House welcomed the offer.", "WASHINGTON (AP)", "The White House welcomed the offer."),
        ("ISTANBUL, TURKEY — Delegations arrived on Friday.", "ISTANBUL, TURKEY", "Delegations arrived on Friday."),
    ])
    func datelines(_ paragraph: String, _ dateline: String, _ rest: String) {
        let d = Dateline.split(paragraph)
        #expect(d?.dateline == dateline)
        #expect(d?.rest == rest)
    }

    @Test(arguments: [
        "US President Donald Trump said the talks went well.",
        "NATO allies met in Brussels on Thursday.",
        "EU leaders want a ceasefire first.",
        "A deal is not close, officials said.",
    ])
    func notDatelines(_ paragraph: String) {
        #expect(Dateline.split(paragraph) == nil)
    }

    @Test func theDatelineLeavesTheBodyAndTheTitle() {
        let a = CorpusTestSupport.article("Truce ends\n\nKYIV. Air raid alerts sounded across the country on Monday morning after the truce ended.")
        #expect(a.title == "Truce ends")
        #expect(a.dateline == "KYIV")
        #expect(a.text.hasPrefix("Air raid alerts"))
    }
}
