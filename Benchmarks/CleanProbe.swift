import Foundation
import ParleyCore

/// `ParleyBench clean DIR [--rounds N]`: reads, decodes and cleans every file under DIR on
/// one core with `CorpusLoader` alone (no analysis, no cache) and prints the throughput,
/// the best of N rounds. The corpus work's target is 30 MB/s for ordinary 4 KB articles.
enum CleanProbe {
    /// CPU time of this thread, so that other programs on a busy machine do not count.
    static func threadSeconds() -> Double {
        var t = timespec()
        clock_gettime(CLOCK_THREAD_CPUTIME_ID, &t)
        return Double(t.tv_sec) + Double(t.tv_nsec) / 1e9
    }

    static func run(_ arguments: [String]) throws {
        guard let dir = arguments.first else { throw BenchError.usage("clean DIR [--rounds N]") }
        var rounds = 3
        if let i = arguments.firstIndex(of: "--rounds"), i + 1 < arguments.count { rounds = Int(arguments[i + 1]) ?? rounds }
        let loader = CorpusLoader()
        let files = try loader.files(in: [dir])
        // Read every file once first, so the figure is about decoding and cleaning.
        let contents = files.map { [UInt8](FileManager.default.contents(atPath: $0) ?? Data()) }
        let bytes = contents.reduce(0) { $0 + $1.count }
        var best = Double.infinity
        var bestWall = Double.infinity
        var articles = 0
        for _ in 0..<rounds {
            let wall = DispatchTime.now().uptimeNanoseconds
            let cpu = threadSeconds()
            articles = 0
            for (path, data) in zip(files, contents) {
                articles += loader.load(bytes: data, path: path).articles.count
            }
            best = min(best, threadSeconds() - cpu)
            bestWall = min(bestWall, Double(DispatchTime.now().uptimeNanoseconds - wall) / 1e9)
        }
        print(String(format: "cleaned %d files (%.1f MB, %d articles) in %.3f s of CPU (%.3f s wall): %.1f MB/s, %.0f articles/s on one core",
                     files.count, Double(bytes) / 1e6, articles, best, bestWall, Double(bytes) / 1e6 / best,
                     Double(articles) / best))
    }
}
