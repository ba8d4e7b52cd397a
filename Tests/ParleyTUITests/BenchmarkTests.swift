import ParleyCore
import Testing
@testable import ParleyTUI

@Suite("Benchmark helpers")
struct BenchmarkTests {
    @Test func syntheticCorpusHasAnalysesThatFillTheMatrix() {
        let (model, _) = SyntheticCorpus.make(articles: 50, words: 120)
        #expect(model.articles.count == 50)
        #expect(model.actors.count > 5)
        #expect(!model.claims.isEmpty)
        #expect(model.matrix().cells.contains { $0.stance != .none })
        for claim in model.claims.prefix(20) {
            let article = model.article(claim.article)!
            #expect(String(claim.span.slice(of: article.text)) == claim.sentence)
        }
    }

    @Test func keypressBenchmarkTimesEveryKey() {
        let (model, knowledge) = SyntheticCorpus.make(articles: 30, words: 100)
        let result = benchmarkKeypress(model: model, knowledge: knowledge, size: Size(width: 80, height: 24))
        #expect(result.frames == FrameBenchmark.session.count)
        #expect(result.max >= result.median && result.median > 0)
    }
}
