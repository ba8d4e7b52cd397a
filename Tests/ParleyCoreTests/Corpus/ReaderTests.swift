import Foundation
import Testing
@testable import ParleyCore

@Suite struct ReaderTests {
    let loader = CorpusTestSupport.loader

    func loadFixture(_ name: String) -> [Article] {
        let r = loader.load(file: CorpusTestSupport.fixture(name))
        #expect(r.warnings.isEmpty, "\(r.warnings)")
        return r.articles
    }

    @Test func plainTextGivesTitleAndParagraphs() {
        let a = CorpusTestSupport.article("""
            Ceasefire offer meets a cool response

            The offer was made on Tuesday evening and rejected within the hour by the other side.

            Officials said they would study it again next week.
            """)
        #expect(a.id == "story")
        #expect(a.title == "Ceasefire offer meets a cool response")
        #expect(a.paragraphs.count == 2)
    }

    @Test func htmlPageGivesMetadataAndOnlyTheStory() throws {
        let a = try #require(loadFixture("page.html").first)
        #expect(a.id == "page")
        #expect(a.title == "Vatican meeting: Trump and Zelensky talk before the funeral")
        #expect(a.outlet == "The Daily Ledger")
        #expect(a.published == "2025-04-26")
        #expect(a.author == "Lucia Bianchi")
        #expect(a.url == "https://ledger.example.com/world/vatican-meeting")
        #expect(a.dateline == "VATICAN CITY")
        #expect(a.text.hasPrefix("Donald Trump and Volodymyr Zelensky spoke"))
        #expect(a.text.contains("St. Peter’s Basilica"))            // entities decoded
        #expect(a.text.contains("ceasefire & a lasting peace"))
        #expect(a.text.contains("since the February argument"))    // <br> inside a paragraph joins
        #expect(a.captions == ["The two presidents sit facing each other inside St. Peter’s Basilica. Photo: Pool"])
        for junk in ["Accept cookies", "not text", "Share on X", "Related", "earlier coverage", "Home",
                     "All rights reserved", "Short teaser", "track()", "I agree", "By Lucia"] {
            #expect(!a.text.contains(junk), "kept \(junk)")
        }
        #expect(a.paragraphs.count == 4)
    }

    @Test func htmlWithoutArticleUsesBodyAndTitleTag() {
        let html = """
            <html><head><title>Sybiha meets Rubio - GlobalSecurity.org</title>
            <meta name="date" content="2025-05-02"></head><body>
            <div id="menu"><a>News</a><a>Opinion</a></div>
            <p>Andrii Sybiha and Marco Rubio discussed the minerals deal in Washington.</p>
            <p>Both men described the talks as constructive.</p></body></html>
            """
        let a = CorpusTestSupport.article(html, name: "x.html")
        #expect(a.title == "Sybiha meets Rubio")
        #expect(a.outlet == nil)
        #expect(a.published == "2025-05-02")
        #expect(a.paragraphs.count == 2)
        #expect(!a.text.contains("Opinion"))
    }

    @Test func aStoryBoxWithAShareClassIsKept() {
        let html = #"<div class="article-body share-enabled"><p>Rubio said the United States would step back if no progress came soon.</p></div><div class="share-tools"><p>Share this on every network you like today</p></div>"#
        let a = CorpusTestSupport.article(html, name: "s.html")
        #expect(a.text == "Rubio said the United States would step back if no progress came soon.")
    }

    @Test func doubleLineBreaksEndParagraphs() {
        let html = "<div>Kellogg said the plan was fair to both sides and ready.<br>It covered the front line.<br><br>Witkoff flew to Moscow on Friday for more talks.</div>"
        let a = CorpusTestSupport.article(html, name: "br.html")
        #expect(a.paragraphs == ["Kellogg said the plan was fair to both sides and ready.", "It covered the front line.",
                                 "Witkoff flew to Moscow on Friday for more talks."])
    }

    @Test func manyUnclosedParagraphsDoNotPileUp() {
        let body = (1...3000).map { "<p>Paragraph number \($0) of a page that never closes its tags." }.joined()
        let a = CorpusTestSupport.article("<html><body>" + body, name: "many.html")
        #expect(a.paragraphs.count == 3000)
    }

    @Test func aLogoInH1IsNotTheHeadline() {
        let html = """
            <html><head><meta property="og:title" content="Merz and Macron arrive in Kyiv by train"></head><body>
            <h1><a href="/">Reuters</a></h1>
            <div class="article-body"><p>The leaders of Germany and France arrived in Kyiv by overnight train on Saturday morning.</p></div>
            </body></html>
            """
        let a = CorpusTestSupport.article(html, name: "logo.html")
        #expect(a.title == "Merz and Macron arrive in Kyiv by train")
    }

    @Test func brokenHTMLStillReads() {
        let html = "<p>First paragraph about the Istanbul talks & what followed.<p>Second one <b>bold <i>text</p><div>Tail < here"
        let a = CorpusTestSupport.article(html, name: "broken.html")
        #expect(a.paragraphs.count == 3)
        #expect(a.text.contains("Tail < here"))
    }

    @Test func rssFeedGivesOneArticlePerItem() {
        let articles = loadFixture("feed.rss")
        #expect(articles.map(\.id) == ["feed#1", "feed#2"])
        #expect(articles.map(\.title) == ["Kremlin announces a thirty-hour Easter truce", "Talks in Paris end without a joint text"])
        #expect(articles.map(\.outlet) == ["Steppe Wire", "Steppe Wire"])
        #expect(articles.map(\.published) == ["2025-04-19", "2025-04-17"])
        #expect(articles.map(\.author) == ["Anton Vasko", "Irina Lund"])
        #expect(articles[0].paragraphs.count == 2)               // content:encoded over description
        #expect(articles[1].paragraphs.count == 2)               // escaped HTML in description
        #expect(articles[1].text.hasPrefix("Delegations from the United States"))
    }

    @Test func atomFeedGivesOneArticlePerEntry() {
        let articles = loadFixture("feed.atom")
        #expect(articles.count == 2)
        #expect(articles[0].title == "Delegations meet in Istanbul for the first direct talks since 2022")
        #expect(articles[0].published == "2025-05-16")
        #expect(articles[0].author == "Selin Arslan")
        #expect(articles[0].url == "https://harbour.example.net/istanbul")
        #expect(articles[0].outlet == "Harbour Review")
        #expect(articles[0].paragraphs.count == 2)
        #expect(articles[1].published == "2025-05-17")             // updated when nothing else
        #expect(articles[1].text.hasPrefix("Turkish President"))
    }

    @Test func jsonArrayGivesArticlesWithLooseFieldNames() {
        let articles = loadFixture("articles.json")
        #expect(articles.map(\.id) == ["articles#1", "articles#2"])
        #expect(articles[0].title == "Europe sets a Monday deadline for a 30-day ceasefire")
        #expect(articles[0].outlet == "Continental Courier")
        #expect(articles[0].published == "2025-05-10")
        #expect(articles[0].author == "Henrik Dahl and Ana Costa")
        #expect(articles[0].paragraphs.count == 2)
        #expect(articles[1].outlet == "Reuters")                  // "reuters.com" is a known outlet's domain name
        #expect(articles[1].published == "2025-05-11")            // seconds since 1970
        #expect(articles[1].captions == ["Putin speaks to reporters at night. Photo: Pool"])
        #expect(!articles[1].text.contains("Pool"))
    }

    @Test func jsonObjectGivesOneArticleNamedAfterTheFile() {
        let a = CorpusTestSupport.article(#"{"title": "Vance says the US may walk away", "text": "JD Vance said the United States could step back if no progress was made."}"#, name: "vance.json")
        #expect(a.id == "vance")
        #expect(a.title == "Vance says the US may walk away")
    }

    @Test func jsonLinesGivesOneArticlePerLine() {
        let articles = loadFixture("articles.jsonl")
        #expect(articles.map(\.id) == ["articles#1", "articles#2"])
        #expect(articles[0].author == "Oksana Melnyk")
        #expect(articles[0].published == "2025-05-11")
        #expect(articles[1].author == nil)
        #expect(articles.allSatisfy { $0.outlet == "Dnipro Daily" })
    }

    @Test func markdownFrontMatterHeadingsAndMarkup() throws {
        let a = try #require(loadFixture("briefing.md").first)
        #expect(a.title == "Briefing: what the US framework proposes")
        #expect(a.published == "2025-04-24")
        #expect(a.author == "Priya Natarajan")
        #expect(a.outlet == "Policy Desk")
        #expect(a.captions == ["Map of the front line in April 2025"])
        #expect(a.text.contains("The American framework that envoys"))
        #expect(a.text.contains("of Crimea in law"))
        #expect(a.text.contains("See the full summary for details."))
        #expect(a.paragraphs.contains("Territory"))
        #expect(a.paragraphs.contains("Ukraine would not join NATO."))
        #expect(a.paragraphs.contains("\"We will never accept that,\" a Ukrainian official said."))
        #expect(!a.text.contains("**") && !a.text.contains("](") && !a.text.contains("## "))
    }

    @Test func markdownHashTitleWithoutFrontMatter() {
        let a = CorpusTestSupport.article("# Macron speaks of troops\n\nEmmanuel Macron said partners were working on a presence in Ukraine.\n", name: "m.md")
        #expect(a.title == "Macron speaks of troops")
        #expect(a.text == "Emmanuel Macron said partners were working on a presence in Ukraine.")
    }

    @Test func aFeedThatIsNotXMLGetsOneWarning() {
        let r = CorpusTestSupport.load("<rss><channel><item><title>Broken", name: "bad.rss")
        #expect(r.articles.isEmpty)
        #expect(r.warnings.count == 1)
    }

    @Test func brokenJSONGetsOneWarning() {
        let r = CorpusTestSupport.load("{\"title\": \"unfinished", name: "bad.json")
        #expect(r.articles.isEmpty)
        #expect(r.warnings.map(\.message) == ["not valid JSON, skipped"])
    }
}
