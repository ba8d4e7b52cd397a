import Testing
@testable import ParleyCore

/// Lines between a known headline and the story: bylines without a "By", an outlet with
/// its edition, section labels, and a place standing alone above the story.
@Suite struct HeaderLineTests {
    let rules = CleaningRules.bundled

    @Test(arguments: [
        ("Author: Mira Holub Date: 6 May 2025", "Mira Holub", "2025-05-06"),
        ("by Mira Holub May 3, 2025 9:15 AM 4 min read", "Mira Holub", "2025-05-03"),
        ("By Dana Pryce June 2, 2025 at 4:05pm", "Dana Pryce", "2025-06-02"),
    ])
    func bylinesWithTheirDates(_ line: String, _ name: String, _ day: String) {
        let b = Byline.parse(line, rules: rules)
        #expect(b?.author == name)
        #expect(b?.published == day)
    }

    @Test func aNameAndADateBetweenSeparatorsAreAByline() {
        #expect(Byline.parseNameAndDate("Mira Holub · 6 May 2025", knownAuthor: nil, rules: rules)?.author == "Mira Holub")
        #expect(Byline.parseNameAndDate("Desk team · 6 May 2025", knownAuthor: "Desk team", rules: rules)?.published == "2025-05-06")
        #expect(Byline.parseNameAndDate("Talks resume · Geneva", knownAuthor: nil, rules: rules) == nil)
        let a = CorpusTestSupport.article("""
            ---
            title: Second round of talks opens
            author: Desk team
            ---

            **Desk team** · 6 May 2025

            """ + CorpusTestSupport.storyParagraphs, name: "story.md")
        #expect(a.published == "2025-05-06")
        #expect(a.paragraphs.count == 2)
    }

    @Test func anOutletWithItsEditionIsTheOutlet() {
        #expect(rules.outlet(named: "The Guardian - UK") == "The Guardian")
        #expect(rules.outlet(named: "Kyiv Independent \u{2013} Europe") == "The Kyiv Independent")
        #expect(rules.outlet(named: "The Guardian | Weekend") == "The Guardian")
        #expect(rules.outlet(named: "The Guardian - a very long edition name") == nil)
        #expect(rules.outlet(named: "The Guardian - said the minister on Friday") == nil)
    }

    @Test func sectionLabelsUnderAKnownHeadlineGo() {
        let a = CorpusTestSupport.article("""
            <html><body><article><h1>Second round of talks opens</h1>
            <div class="section">World</div><div class="publisher">The Guardian - UK</div>
            <p>Negotiators from both countries met for two hours on Friday and agreed to exchange prisoners.</p>
            </article></body></html>
            """, name: "page.html")
        #expect(a.paragraphs.count == 1)
    }

    @Test func aPlaceAboveTheStoryStays() {
        #expect(Dateline.isPlaceLine("GENEVA"))
        #expect(Dateline.isPlaceLine("NEW DELHI"))
        #expect(!Dateline.isPlaceLine("ANALYSIS"))
        #expect(!Dateline.isPlaceLine("Geneva"))
        let a = CorpusTestSupport.article("{\"title\": \"Second round of talks opens\", \"text\": \"GENEVA\\n\\n"
                                          + "Negotiators from both countries met for two hours on Friday and agreed to exchange prisoners.\"}",
                                          name: "story.json")
        #expect(a.paragraphs.first.map(String.init) == "GENEVA")
    }
}
