import Testing
@testable import ParleyCore

/// Which boxes of a page the HTML reader leaves out by their class names: a class name's
/// last word says what the box is (`article__tags`, `story-share` are tag and share rows
/// of the story; `article-body` is the story).
@Suite struct HTMLBoxClassTests {
    func article(_ boxes: String) -> Article {
        CorpusTestSupport.article("""
            <html><body><main><article class="story">
            <h1>Second round of talks opens</h1>
            <div class="story-body"><p>Negotiators from both countries met for two hours on Friday and agreed to exchange prisoners.</p></div>
            \(boxes)
            </article></main></body></html>
            """, name: "page.html")
    }

    @Test func tagAndShareRowsNamedAfterTheStoryAreLeftOut() {
        let a = article("""
            <div class="article__tags"><a>geneva talks</a> <a>prisoner exchange</a></div>
            <div class="story-share">Share · Facebook · X</div>
            <div class="article__footer-share">Telegram · VK · Email</div>
            """)
        #expect(a.paragraphs.count == 1)
        #expect(!a.text.contains("geneva talks") && !a.text.contains("Facebook") && !a.text.contains("Telegram"))
    }

    @Test func theStoryBoxWinsOverASkipWordOnTheSameBox() {
        for cls in ["article-body share-enabled", "content-wrapper with-sidebar", "main-content--no-sidebar"] {
            let a = article("<div class=\"\(cls)\"><p>The head of one delegation said the sides would write down their positions.</p></div>")
            #expect(a.paragraphs.count == 2, "\(cls)")
        }
    }

    @Test func aSkipWordInTheStoryWordsNameStillSkips() {
        let a = article("<div class=\"article-comments\"><p>Reader one wrote that the talks were a waste of everybody's time and money.</p></div>")
        #expect(a.paragraphs.count == 1)
    }
}
