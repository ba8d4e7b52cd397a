import Testing
@testable import ParleyCore

@Suite struct ArticleFormatTests {
    @Test func extensionsNameTheirFormats() {
        #expect(ArticleFormat.byExtension("TXT") == .text)
        #expect(ArticleFormat.byExtension("md") == .markdown)
        #expect(ArticleFormat.byExtension("htm") == .html)
        #expect(ArticleFormat.byExtension("rss") == .feed)
        #expect(ArticleFormat.byExtension("atom") == .feed)
        #expect(ArticleFormat.byExtension("json") == .json)
        #expect(ArticleFormat.byExtension("jsonl") == .jsonLines)
        #expect(ArticleFormat.byExtension("dat") == nil)
    }

    @Test func unknownExtensionsAreSniffed() {
        #expect(ArticleFormat.sniff("<?xml version=\"1.0\"?>\n<rss version=\"2.0\">") == .feed)
        #expect(ArticleFormat.sniff("  <!doctype html><html><body><p>x</p>") == .html)
        #expect(ArticleFormat.sniff("{\"title\": \"a\"}") == .json)
        #expect(ArticleFormat.sniff("{\"title\": \"a\"}\n{\"title\": \"b\"}\n") == .jsonLines)
        #expect(ArticleFormat.sniff("---\ntitle: x\n---\nBody") == .markdown)
        #expect(ArticleFormat.sniff("Plain headline\n\nPlain body.") == .text)
    }

    @Test func aSniffedFileIsReadInItsFormat() {
        let html = "<html><head><title>Envoy lands in Moscow</title></head><body><p>Steve Witkoff arrived in Moscow on Friday for a fourth meeting with the Russian president.</p></body></html>"
        let a = CorpusTestSupport.article(html, name: "saved-page.download")
        #expect(a.title == "Envoy lands in Moscow")
        #expect(a.text.hasPrefix("Steve Witkoff arrived"))
    }
}
