import Testing
@testable import ParleyCore

/// The standfirst (dek, subtitle, summary under the headline) is kept as the text's first
/// paragraph, in every format that carries one, without repeating it or keeping junk.
@Suite struct StandfirstTests {
    let dek = "Negotiators expect a long night in Geneva."

    func page(header: String, body: String = "<p>GENEVA &mdash; Negotiators from both countries met for two hours on Friday and agreed to exchange prisoners.</p><p>The head of one delegation said the sides would set out their visions of a ceasefire in writing.</p>") -> Article {
        CorpusTestSupport.article("""
            <html><head><meta property="og:site_name" content="Harbour Daily"></head><body><main><article>
            <header class="article-header"><h1>Second round of talks opens</h1>\(header)
            <div class="byline">By Mira Holub</div><div class="share-tools">Share</div></header>
            <div class="article-content">\(body)</div></article></main></body></html>
            """, name: "page.html")
    }

    @Test func aDekInsideThePageHeaderIsTheFirstParagraph() {
        let a = page(header: "<p class=\"dek\">\(dek)</p>")
        #expect(a.title == "Second round of talks opens")
        #expect(a.paragraphs.first.map(String.init) == dek)
        #expect(a.paragraphs.count == 3)
        #expect(a.author == "Mira Holub")
        // The story's dateline is still read after the standfirst.
        #expect(a.dateline == "GENEVA")
        #expect(a.paragraphs[1].hasPrefix("Negotiators from both countries"))
    }

    @Test func otherStandfirstClassesAreKept() {
        for cls in ["article__standfirst", "post-subtitle", "summary", "lede"] {
            let a = page(header: "<div class=\"\(cls)\">\(dek)</div>")
            #expect(a.paragraphs.first.map(String.init) == dek, "\(cls)")
        }
    }

    @Test func otherHeaderLinesStayOut() {
        let a = page(header: "<p class=\"kicker\">World news</p><p class=\"dek\">\(dek)</p>")
        #expect(!a.text.contains("World news"))
        #expect(!a.text.contains("Share"))
    }

    @Test func frontMatterDescriptionOpensTheText() {
        let a = CorpusTestSupport.article("""
            ---
            title: Second round of talks opens
            description: "\(dek)"
            ---

            """ + CorpusTestSupport.storyParagraphs, name: "story.md")
        #expect(a.paragraphs.first.map(String.init) == dek)
        #expect(a.paragraphs.count == 3)
    }

    @Test func aStandfirstTheTextAlreadyOpensWithIsNotRepeated() {
        let first = "Negotiators from both countries met for two hours on Friday and agreed to exchange prisoners of war."
        let a = CorpusTestSupport.article("""
            ---
            title: Second round of talks opens
            subtitle: \(first)
            ---

            """ + CorpusTestSupport.storyParagraphs, name: "story.md")
        #expect(a.paragraphs.count == 2)
    }

    @Test func aCutOffTeaserIsNotAStandfirst() {
        let a = CorpusTestSupport.article("""
            {"title": "Second round of talks opens", "description": "Negotiators expect a long night as the...",
             "text": "\(CorpusTestSupport.storyParagraphs.replacingOccurrences(of: "\n", with: "\\n"))"}
            """, name: "story.json")
        #expect(a.paragraphs.count == 2)
    }

    @Test func aJSONStandfirstFieldOpensTheText() {
        let a = CorpusTestSupport.article("""
            {"title": "Second round of talks opens", "standfirst": "\(dek)",
             "text": "\(CorpusTestSupport.storyParagraphs.replacingOccurrences(of: "\n", with: "\\n"))"}
            """, name: "story.json")
        #expect(a.paragraphs.first.map(String.init) == dek)
        #expect(a.paragraphs.count == 3)
    }

    @Test func aLineUnderThePlainTextHeadlineStays() {
        let a = CorpusTestSupport.article("""
            Second round of talks opens
            Harbour Daily
            May 6, 2025
            By Mira Holub

            Negotiators expect a long night in Geneva

            """ + "\n" + CorpusTestSupport.storyParagraphs)
        #expect(a.title == "Second round of talks opens")
        #expect(a.author == "Mira Holub")
        #expect(a.paragraphs.first.map(String.init) == "Negotiators expect a long night in Geneva")
        #expect(a.paragraphs.count == 3)
    }
}
