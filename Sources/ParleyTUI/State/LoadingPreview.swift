import Foundation
import ParleyCore
import Synchronization

/// The articles a load has reported so far, turned into browser data while the rest
/// load, so that the browser draws its first screen from the first articles in instead of
/// a progress bar.
///
/// A preview is made as soon as any article is in, then each time their number has at
/// least doubled and a second has passed, up to `largest` articles: enough to browse
/// while the rest load, and bounded in the time and memory the previews take from the
/// load itself. A preview's search index is built only if the user searches before the
/// load ends.
public final class LoadingPreview: Sendable {
    private struct Collected {
        var articles: [Article] = []
        var analyses: [ArticleAnalysis] = []
        var ids: Set<String> = []
        var shown = 0
        var lastShown = 0.0
        var finished = false
    }

    private let collected = Mutex(Collected())
    private let knowledge: KnowledgeBase
    private let largest: Int

    public init(knowledge: KnowledgeBase, largest: Int = 4096) {
        self.knowledge = knowledge
        self.largest = max(1, largest)
    }

    /// Takes the articles of a progress report (from any thread). An article reported
    /// again (a load that found its cache damaged starts over) is taken once.
    public func add(_ progress: LoadProgress) {
        guard !progress.articles.isEmpty else { return }
        collected.withLock { c in
            for (article, analysis) in zip(progress.articles, progress.analyses) {
                guard !c.finished, c.articles.count < largest else { return }
                guard c.ids.insert(article.id).inserted else { continue }
                c.articles.append(article)
                c.analyses.append(analysis)
            }
        }
    }

    /// The browser data for the articles in so far, if a new preview is due at `now`
    /// (seconds on any steady clock); nil otherwise.
    public func next(now: Double) -> BrowserData? {
        let taken: (articles: [Article], analyses: [ArticleAnalysis])? = collected.withLock { c in
            let n = c.articles.count
            let grown = n >= 2 * c.shown || (n == largest && c.shown < largest)
            guard !c.finished, n > 0, grown, c.shown == 0 || now - c.lastShown >= 1 else { return nil }
            c.shown = n
            c.lastShown = now
            return (c.articles, c.analyses)
        }
        guard let taken else { return nil }
        let model = ParleyModel(articles: taken.articles, analyses: taken.analyses, knownActors: knowledge.actors)
        return BrowserData(model: model, knowledge: knowledge,
                           index: SearchIndex(model: model, knowledge: knowledge, background: false))
    }

    /// Makes previews until `finish` is called, handing each to `post`; for a thread of
    /// its own.
    public func run(post: (BrowserData) -> Void) {
        let clock = ContinuousClock()
        let start = clock.now
        while !isFinished {
            let elapsed = start.duration(to: clock.now).components
            if let data = next(now: Double(elapsed.seconds) + Double(elapsed.attoseconds) * 1e-18) { post(data) }
            Thread.sleep(forTimeInterval: 0.02)
        }
    }

    /// The load is over: no more previews, and the articles collected are let go.
    public func finish() {
        collected.withLock { c in
            c.finished = true
            c.articles = []
            c.analyses = []
            c.ids = []
        }
    }

    public var isFinished: Bool { collected.withLock { $0.finished } }
}
