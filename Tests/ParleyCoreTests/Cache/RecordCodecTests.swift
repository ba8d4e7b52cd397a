import Foundation
import Testing
@testable import ParleyCore

@Suite struct RecordCodecTests {
    @Test func binaryFormCoversEveryModelField() {
        #expect(RecordCodec.binaryIsComplete)
    }

    @Test func roundTripKeepsEverything() throws {
        let span = TextSpan(start: 3, end: 9)
        let article = Article(id: "x#2", path: "/c/x.jsonl", title: "Talks", outlet: "Café Monde", published: "2025-05-02",
                              author: "A. Writer", dateline: "KYIV", url: "https://example.org/a", captions: ["A caption"],
                              text: "Zelenskyy said “yes”.")
        let analysis = ArticleAnalysis(
            article: "x#2",
            discoveredActors: [Actor(id: "cui-hongjian", name: "Cui Hongjian", party: .other, kind: .person,
                                     role: "professor", aliases: ["Cui"])],
            mentions: [Mention(actor: "volodymyr-zelenskyy", article: "x#2", span: span, surface: "Zelenskyy")],
            quotes: [Quote(article: "x#2", speaker: "volodymyr-zelenskyy", speakerName: "Volodymyr Zelenskyy",
                           party: .ukraine, text: "yes", direct: true, span: span),
                     Quote(article: "x#2", speaker: nil, speakerName: nil, party: nil, text: "no", direct: false, span: span)],
            claims: [Claim(article: "x#2", holder: .ukraine, issue: .ceasefire, stance: .conditional,
                           actor: "volodymyr-zelenskyy", source: "emmanuel-macron", sentence: "Zelenskyy said yes.",
                           span: span, cue: "only if", published: "2025-05-02")])
        let bytes = try RecordCodec.encode(article, analysis)
        let (a, b) = try bytes.withUnsafeBytes { try RecordCodec.decode($0, text: article.text) }
        #expect(a == article)
        #expect(b == analysis)
    }

    @Test func truncatedRecordsAreRejected() throws {
        let bytes = try RecordCodec.encode(Article(id: "a", path: "/a", title: "T", text: ""), ArticleAnalysis(article: "a"))
        for cut in [1, bytes.count / 2, bytes.count - 1] {
            #expect(throws: (any Error).self) {
                try Array(bytes.prefix(cut)).withUnsafeBytes { try RecordCodec.decode($0, text: "") }
            }
        }
    }
}
