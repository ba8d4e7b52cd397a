import Foundation
import ParleyCore
import ParleyTUI

/// `ParleyBench load DIR [--no-cache | --cache DIR] [--index]`: one load in a fresh
/// process (so that peak memory and start-up are those of a real start), printing its
/// figures as one JSON object.
enum LoadProbe {
    static let queries = ["zelensky", "istanbul", "moratorium", "polcha", "\"energy truce\"",
                          "crimea party:ukraine", "kyiv after:2025-06-01"]

    static func run(_ args: [String]) throws {
        guard let dir = args.first else { throw BenchError.usage("load DIR [--no-cache | --cache DIR] [--index]") }
        var useCache = false
        var cacheDir: String?
        var index = false
        var i = 1
        while i < args.count {
            switch args[i] {
            case "--no-cache": useCache = false
            case "--cache": useCache = true; i += 1; cacheDir = args[i]
            case "--index": index = true
            default: throw BenchError.usage("unknown option \(args[i])")
            }
            i += 1
        }
        let start = Measure.now()
        let cpuStart = Measure.cpuSeconds()
        // As the browser loads: previews of the first articles drawn while the rest load
        // (`LoadingPreview`); the first one drawn is the browser's first frame.
        let knowledge = try KnowledgeBase.standard()
        let preview = LoadingPreview(knowledge: knowledge)
        let firstFrame = FirstFrame()
        let previewer = Thread {
            preview.run { data in firstFrame.draw(data, since: start) }
        }
        previewer.stackSize = 8 << 20
        previewer.start()
        let loaded = try ModelLoader.load(paths: [dir], options: LoadOptions(useCache: useCache, cacheDirectory: cacheDir,
                                                                             knowledge: knowledge)) { preview.add($0) }
        preview.finish()
        let loadSeconds = Measure.now() - start
        var out: [String: Any] = [
            "loadSeconds": loadSeconds,
            "loadCPUSeconds": Measure.cpuSeconds() - cpuStart,
            "articles": loaded.model.articles.count,
            "textBytes": loaded.model.articles.reduce(0) { $0 + $1.text.utf8.count },
            "filesAnalysed": loaded.filesAnalysed,
            "filesFromCache": loaded.filesFromCache,
            "claims": loaded.model.claims.count,
            "quotes": loaded.model.quotes.count,
            "actors": loaded.model.actors.count,
        ]
        if index {
            let cpuBefore = Measure.cpuSeconds()
            let (searchIndex, buildSeconds) = Measure.time { () -> SearchIndex in
                let index = SearchIndex(model: loaded.model, knowledge: loaded.knowledge)
                index.prepare()
                return index
            }
            out["indexSeconds"] = buildSeconds
            out["indexCPUSeconds"] = Measure.cpuSeconds() - cpuBefore
            var perQuery: [String: Double] = [:]
            var hits: [String: Int] = [:]
            for q in queries {
                let parsed = try SearchQuery.parse(q)
                var times: [Double] = []
                var n = 0
                for _ in 0..<7 {
                    let (h, t) = Measure.time { searchIndex.search(parsed, snippets: 50) }
                    times.append(t)
                    n = h.count
                }
                perQuery[q] = Measure.median(times) * 1000
                hits[q] = n
            }
            out["searchMs"] = perQuery
            out["searchHits"] = hits
            // Typing a query letter by letter, as the browser searches on every keystroke.
            var typing: [Double] = []
            for word in ["zelensky", "istanbul", "ceasefire"] {
                for k in 1...word.count {
                    var parsed = try SearchQuery.parse(String(word.prefix(k)))
                    parsed.matchPrefix = true   // as the browser searches while typing
                    let (_, t) = Measure.time { searchIndex.search(parsed, snippets: 50) }
                    typing.append(t * 1000)
                }
            }
            out["typingMedianMs"] = Measure.median(typing)
            out["typingMaxMs"] = typing.max() ?? 0
            let keys = KeypressProbe.measure(model: loaded.model, knowledge: loaded.knowledge)
            out["browserDataSeconds"] = keys.browserDataSeconds
            out["firstRenderSeconds"] = keys.firstRenderSeconds
            out["keypressMedianMs"] = keys.median
            out["keypressWorstMs"] = keys.worst
            out["keypressByKindMs"] = keys.perKind
            out["keypressSession"] = keys.session
            out["keypressSessionMedianMs"] = keys.sessionMedian
        }
        if let (seconds, articles) = firstFrame.figures {
            out["previewFrameSeconds"] = seconds
            out["previewArticles"] = articles
        }
        out["peakBytes"] = Measure.peakMemory()
        let data = try JSONSerialization.data(withJSONObject: out, options: [.sortedKeys])
        FileHandle.standardOutput.write(data + Data("\n".utf8))
    }
}

enum BenchError: Error, CustomStringConvertible {
    case usage(String)
    case failed(String)
    var description: String {
        switch self {
        case .usage(let s): "usage: ParleyBench \(s)"
        case .failed(let s): s
        }
    }
}

/// The time to the first screen the browser draws during a load (a preview), and how many
/// articles it showed.
final class FirstFrame: @unchecked Sendable {
    private let lock = NSLock()
    private var drawn: (Double, Int)?

    func draw(_ data: BrowserData, since start: Double) {
        let size = Size(width: 120, height: 40)
        var state = AppState(size: size, corpusName: "bench")
        reduce(&state, .corpusPreview(data))
        _ = render(state, theme: Theme(name: "default", styles: [:]), size: size)
        let t = Measure.now() - start
        lock.lock(); defer { lock.unlock() }
        if drawn == nil { drawn = (t, data.model.articles.count) }
    }

    var figures: (Double, Int)? {
        lock.lock(); defer { lock.unlock() }
        return drawn
    }
}
