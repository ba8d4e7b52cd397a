import Foundation
import ParleyCore

/// `ParleyBench run --sizes 1000,10000,100000 [--root DIR] [--seed S]`: generates (once)
/// and measures corpora of each size, and prints a table: cold load+analysis with and
/// without the cache, warm start, `parley search` against `rg -il`, in-memory search per
/// keystroke, and peak memory.
struct BenchRunner {
    var sizes = [1000, 10000, 100_000]
    var root = "/tmp/parley-bench"
    var seed: UInt64 = 2025
    var words = ["zelensky", "istanbul", "moratorium", "polcha"]

    let bench = Bundle.main.executablePath ?? CommandLine.arguments[0]
    var parley: String { (bench as NSString).deletingLastPathComponent + "/parley" }

    init(_ args: [String]) throws {
        var i = 0
        while i < args.count {
            let value = i + 1 < args.count ? args[i + 1] : ""
            switch args[i] {
            case "--sizes": sizes = value.split(separator: ",").compactMap { Int($0) }
            case "--root": root = value
            case "--seed": seed = UInt64(value) ?? seed
            case "--words": words = value.split(separator: ",").map(String.init)
            default: throw BenchError.usage("run [--sizes 1000,10000,100000] [--root DIR] [--seed S] [--words a,b]")
            }
            i += 2
        }
    }

    struct Row {
        var size = 0
        var files = 0
        var bytes = 0
        var textBytes = 0
        var coldNoCache = 0.0
        var coldNoCacheCPU = 0.0
        var coldCache = 0.0
        var coldCacheCPU = 0.0
        var warmLoadCPU = 0.0
        var indexCPU = 0.0
        var analysis = ""
        var warmProcess = 0.0
        var warmLoad = 0.0
        var peakNoCache = 0
        var peakWarm = 0
        var indexBuild = 0.0
        var typingMedian = 0.0
        var typingMax = 0.0
        var searchMs: [String: Double] = [:]
        var parleySearch: [(word: String, seconds: Double, hits: Int)] = []
        var rg: [(word: String, seconds: Double, hits: Int)] = []
        var keypress: String?
        var keypressMedian = 0.0
        var firstFrame = 0.0
        var browserData = 0.0
        /// The browser's first frame on a warm start: the first articles, drawn while the
        /// rest load (`LoadingPreview`), and how many it showed.
        var previewFrame = 0.0
        var previewArticles = 0
        /// `parley search --cached` (no examination of the files).
        var parleyCached: [(word: String, seconds: Double, hits: Int)] = []
    }

    func run() throws {
        let rg = Measure.which("rg")
        if rg == nil { print("note: ripgrep (rg) is not installed: the comparison is skipped (apt-get install -y ripgrep)") }
        print("parley benchmarks on \(ProcessInfo.processInfo.activeProcessorCount) cores; corpora under \(root)")
        print("load average at start: \(Self.loadAverage())  (other work on the machine slows every figure)")
        var rows: [Row] = []
        for size in sizes {
            let corpus = "\(root)/corpus-\(size)"
            try generateIfNeeded(corpus, size: size)
            var row = Row(size: size)
            (row.files, row.bytes) = try Self.census(corpus)
            // Warm the page cache so that every contender reads from memory.
            if let rg { _ = try Measure.run(rg, ["-il", "qqqxqqq", corpus], discardOutput: true) }
            else { _ = try Self.census(corpus, read: true) }

            log("\(size): cold load without cache")
            let cold = try probe(corpus, ["--no-cache"])
            row.coldNoCache = cold.number("loadSeconds")
            row.coldNoCacheCPU = cold.number("loadCPUSeconds")
            row.analysis = "\(Int(cold.number("articles"))) articles, \(Int(cold.number("actors"))) actors, \(Int(cold.number("quotes"))) quotes, \(Int(cold.number("claims"))) claims"
            row.peakNoCache = Int(cold.number("peakBytes"))
            row.textBytes = Int(cold.number("textBytes"))

            let cacheDir = "\(root)/cache-\(size)"
            try? FileManager.default.removeItem(atPath: cacheDir)
            log("\(size): cold load filling the cache")
            let filling = try probe(corpus, ["--cache", cacheDir])
            row.coldCache = filling.number("loadSeconds")
            row.coldCacheCPU = filling.number("loadCPUSeconds")

            log("\(size): warm starts")
            var walls: [Double] = [], loads: [Double] = [], cpus: [Double] = [], previews: [Double] = []
            for _ in 0..<3 {
                let (result, wall) = try probeTimed(corpus, ["--cache", cacheDir])
                walls.append(wall)
                previews.append(result.number("previewFrameSeconds"))
                row.previewArticles = Int(result.number("previewArticles"))
                loads.append(result.number("loadSeconds"))
                cpus.append(result.number("loadCPUSeconds"))
                row.peakWarm = max(row.peakWarm, Int(result.number("peakBytes")))
            }
            row.previewFrame = Measure.median(previews)
            row.warmProcess = Measure.median(walls)
            row.warmLoad = Measure.median(loads)
            row.warmLoadCPU = Measure.median(cpus)

            log("\(size): in-memory index and searches")
            let indexed = try probe(corpus, ["--cache", cacheDir, "--index"])
            row.indexBuild = indexed.number("indexSeconds")
            row.indexCPU = indexed.number("indexCPUSeconds")
            row.typingMedian = indexed.number("typingMedianMs")
            row.typingMax = indexed.number("typingMaxMs")
            row.searchMs = (indexed["searchMs"] as? [String: Double]) ?? [:]

            log("\(size): parley search vs rg -il")
            for word in words {
                for cached in [false, true] {
                    var times: [Double] = []
                    var hits = 0
                    for _ in 0..<3 {
                        let r = try Measure.run(parley, ["search"] + (cached ? ["--cached"] : []) + [word, corpus, "--format", "json"],
                                                environment: ["PARLEY_CACHE_DIR": cacheDir])
                        guard r.status == 0 else { throw BenchError.failed("parley search failed: \(r.stderr)") }
                        times.append(r.seconds)
                        hits = ((try? JSONSerialization.jsonObject(with: r.stdout)) as? [Any])?.count ?? -1
                    }
                    if cached { row.parleyCached.append((word, Measure.median(times), hits)) }
                    else { row.parleySearch.append((word, Measure.median(times), hits)) }
                }
                if let rg {
                    var rgTimes: [Double] = []
                    var rgHits = 0
                    for _ in 0..<3 {
                        let r = try Measure.run(rg, ["-il", word, corpus])
                        rgTimes.append(r.seconds)
                        rgHits = r.stdout.reduce(0) { $0 + ($1 == 0x0A ? 1 : 0) }
                    }
                    row.rg.append((word, Measure.median(rgTimes), rgHits))
                }
            }
            row.firstFrame = row.warmLoad + indexed.number("browserDataSeconds") + indexed.number("firstRenderSeconds")
            row.browserData = indexed.number("browserDataSeconds")
            row.keypress = KeypressProbe.describe(KeypressProbe.Figures(
                browserDataSeconds: indexed.number("browserDataSeconds"),
                firstRenderSeconds: indexed.number("firstRenderSeconds"),
                perKind: (indexed["keypressByKindMs"] as? [String: Double]) ?? [:],
                median: indexed.number("keypressMedianMs"), worst: indexed.number("keypressWorstMs"),
                session: (indexed["keypressSession"] as? String) ?? "",
                sessionMedian: indexed.number("keypressSessionMedianMs")))
            row.keypressMedian = indexed.number("keypressMedianMs")
            rows.append(row)
            print(Self.table([row]))
        }
        print("\nAll sizes:")
        print(Self.table(rows))
        try writeJSON(rows)
    }

    static func loadAverage() -> String {
        (try? String(contentsOfFile: "/proc/loadavg", encoding: .utf8))?.split(separator: " ").prefix(3)
            .joined(separator: " ") ?? "unknown"
    }

    func log(_ s: String) {
        FileHandle.standardError.write(Data("  … \(s)\n".utf8))
    }

    func generateIfNeeded(_ corpus: String, size: Int) throws {
        let marker = corpus + "/.complete"
        if FileManager.default.fileExists(atPath: marker) { return }
        try? FileManager.default.removeItem(atPath: corpus)
        log("generating \(size) articles in \(corpus)")
        var generator = CorpusGenerator(seed: seed, knowledge: (try? KnowledgeBase.standard()) ?? KnowledgeBase())
        _ = try generator.write(count: size, to: corpus)
        try Data("seed \(seed)\n".utf8).write(to: URL(fileURLWithPath: marker))
    }

    /// Files and bytes under a folder (hidden files left out, as parley does).
    static func census(_ dir: String, read: Bool = false) throws -> (Int, Int) {
        var files = 0, bytes = 0
        let e = FileManager.default.enumerator(atPath: dir)
        while let rel = e?.nextObject() as? String {
            if (rel as NSString).lastPathComponent.hasPrefix(".") { continue }
            let full = dir + "/" + rel
            let attrs = try FileManager.default.attributesOfItem(atPath: full)
            guard attrs[.type] as? FileAttributeType == .typeRegular else { continue }
            files += 1
            bytes += (attrs[.size] as? Int) ?? 0
            if read { _ = FileManager.default.contents(atPath: full) }
        }
        return (files, bytes)
    }

    func probe(_ corpus: String, _ options: [String]) throws -> [String: Any] {
        try probeTimed(corpus, options).0
    }

    func probeTimed(_ corpus: String, _ options: [String]) throws -> ([String: Any], Double) {
        let r = try Measure.run(bench, ["load", corpus] + options)
        guard r.status == 0,
              let object = (try? JSONSerialization.jsonObject(with: r.stdout)) as? [String: Any] else {
            throw BenchError.failed("load probe failed (\(r.status)): \(r.stderr.prefix(500))")
        }
        return (object, r.seconds)
    }

    static func table(_ rows: [Row]) -> String {
        func mb(_ b: Int) -> String { String(format: "%.0f MB", Double(b) / 1e6) }
        func s(_ x: Double) -> String { x < 1 ? String(format: "%.0f ms", x * 1000) : String(format: "%.2f s", x) }
        var out = ""
        for r in rows {
            let mbps = Double(r.bytes) / 1e6 / r.coldNoCache
            out += "\n== \(r.size) articles: \(r.files) files, \(mb(r.bytes)) on disk, \(mb(r.textBytes)) clean text\n"
            out += "  analysis found: \(r.analysis)\n"
            out += "  cold load+analysis, no cache      \(s(r.coldNoCache))  (\(String(format: "%.1f", mbps)) MB/s; CPU \(s(r.coldNoCacheCPU)))\n"
            out += "  cold load+analysis, filling cache \(s(r.coldCache))  (CPU \(s(r.coldCacheCPU)))\n"
            out += "  warm start, process to ready model \(s(r.warmProcess))  (load itself \(s(r.warmLoad)), CPU \(s(r.warmLoadCPU)))\n"
            out += "  warm start to first frame: \(s(r.previewFrame)) showing the first \(r.previewArticles) articles while the rest load\n"
            out += "  warm start to the whole corpus on screen \(s(r.firstFrame))  (= load \(s(r.warmLoad)) + browser data incl. search index \(s(r.browserData)) + first render)\n"
            out += "  peak memory: cold \(mb(r.peakNoCache)) (\(String(format: "%.1f", Double(r.peakNoCache) / Double(max(1, r.bytes))))× corpus), warm \(mb(r.peakWarm)) (\(String(format: "%.1f", Double(r.peakWarm) / Double(max(1, r.bytes))))× corpus)\n"
            out += "  in-memory index build \(s(r.indexBuild)) (CPU \(s(r.indexCPU))); search per keystroke median \(String(format: "%.2f", r.typingMedian)) ms, worst \(String(format: "%.2f", r.typingMax)) ms\n"
            for (q, ms) in r.searchMs.sorted(by: { $0.key < $1.key }) {
                out += "    in-memory search \(q.padding(toLength: 24, withPad: " ", startingAt: 0)) \(String(format: "%7.2f", ms)) ms\n"
            }
            out += "  WORD          parley search   --cached     hits   rg -il        hits   speed-up (--cached)\n"
            for (k, p) in r.parleySearch.enumerated() {
                let g = k < r.rg.count ? r.rg[k] : nil
                let c = k < r.parleyCached.count ? r.parleyCached[k] : nil
                let speed = g.map { String(format: "%.1f×", $0.seconds / p.seconds) } ?? "-"
                let cachedSpeed = g.flatMap { g in c.map { String(format: "%.1f×", g.seconds / $0.seconds) } } ?? "-"
                out += "  " + p.word.padding(toLength: 12, withPad: " ", startingAt: 0)
                    + "  " + s(p.seconds).padding(toLength: 16, withPad: " ", startingAt: 0)
                    + (c.map { s($0.seconds) } ?? "-").padding(toLength: 10, withPad: " ", startingAt: 0)
                    + String(format: "%6d", p.hits) + "   "
                    + (g.map { s($0.seconds) } ?? "skipped").padding(toLength: 12, withPad: " ", startingAt: 0)
                    + (g.map { String(format: "%6d", $0.hits) } ?? "     -") + "   " + speed + " (" + cachedSpeed + ")\n"
            }
            out += "  keypress (reduce+render): \(r.keypress ?? "not measured")\n"
        }
        return out
    }

    func writeJSON(_ rows: [Row]) throws {
        let list: [[String: Any]] = rows.map { r in
            ["size": r.size, "files": r.files, "bytes": r.bytes, "textBytes": r.textBytes,
             "coldNoCacheSeconds": r.coldNoCache, "coldCacheSeconds": r.coldCache,
             "coldNoCacheCPUSeconds": r.coldNoCacheCPU, "coldCacheCPUSeconds": r.coldCacheCPU,
             "warmLoadCPUSeconds": r.warmLoadCPU, "indexCPUSeconds": r.indexCPU, "analysis": r.analysis,
             "loadAverageAtEnd": Self.loadAverage(),
             "warmProcessSeconds": r.warmProcess, "warmLoadSeconds": r.warmLoad,
             "peakNoCacheBytes": r.peakNoCache, "peakWarmBytes": r.peakWarm,
             "indexBuildSeconds": r.indexBuild, "typingMedianMs": r.typingMedian, "typingMaxMs": r.typingMax,
             "parleySearch": r.parleySearch.map { ["word": $0.word, "seconds": $0.seconds, "hits": $0.hits] },
             "rg": r.rg.map { ["word": $0.word, "seconds": $0.seconds, "hits": $0.hits] },
             "keypress": r.keypress ?? "", "keypressMedianMs": r.keypressMedian,
             "firstFrameSeconds": r.firstFrame, "browserDataSeconds": r.browserData,
             "previewFrameSeconds": r.previewFrame, "previewArticles": r.previewArticles,
             "parleySearchCached": r.parleyCached.map { ["word": $0.word, "seconds": $0.seconds, "hits": $0.hits] }]
        }
        let data = try JSONSerialization.data(withJSONObject: list, options: [.prettyPrinted, .sortedKeys])
        let path = root + "/results.json"
        try data.write(to: URL(fileURLWithPath: path))
        print("figures written to \(path)")
    }
}

extension Dictionary where Key == String, Value == Any {
    func number(_ key: String) -> Double {
        (self[key] as? Double) ?? (self[key] as? Int).map(Double.init) ?? .nan
    }
}
