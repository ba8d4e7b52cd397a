import Foundation
import Synchronization
import Testing
@testable import ParleyCore

@Suite struct ParallelLoadingTests {
    @Test func orderIsFileOrderWhateverFinishesFirst() throws {
        let t = try TempCorpus()
        var expected: [String] = []
        for i in 0..<300 {
            let name = String(format: "f%04d", i)
            // Sizes vary so that files finish out of order.
            let body = String(repeating: "Kyiv and Moscow discussed a truce. ", count: (i * 37) % 200 + 1)
            try t.write(name + ".txt", "Title \(i)\n\n\(body)\n")
            expected.append(name)
        }
        for _ in 0..<3 {
            let loaded = try t.load(cache: false)
            #expect(loaded.model.articles.map(\.id) == expected)
            #expect(loaded.model.analyses.map(\.article) == expected)
        }
        let cold = try t.load()
        let warm = try t.load()
        #expect(cold.model.articles.map(\.id) == expected)
        #expect(warm.model.articles.map(\.id) == expected)
    }

    @Test func progressCountsEveryFileOnce() throws {
        let t = try TempCorpus()
        for i in 0..<40 { try t.write("f\(i).txt", "Title\n\nText \(i).\n") }
        let reports = Mutex<[Int]>([])
        _ = try ModelLoader.load(paths: [t.corpus], options: t.options(cache: false)) { p in
            reports.withLock { $0.append(p.filesDone) }
            #expect(p.filesTotal == 40)
        }
        #expect(reports.withLock { $0 } == Array(1...40))
    }

    /// The browser previews what progress reports carry: every article must come exactly
    /// once, with its analysis, whether analysed now or read back from the cache (in
    /// batches, the first of 256 articles).
    @Test func progressCarriesEveryArticleOnceWithItsAnalysis() throws {
        let t = try TempCorpus()
        for i in 0..<300 { try t.write(String(format: "f%03d.txt", i), "Title \(i)\n\nKyiv said \(i) things.\n") }
        for round in 0..<3 {
            if round == 2 { try t.write("f007.txt", "Title changed\n\nMoscow said more.\n") }
            let seen = Mutex<[(article: String, analysis: String)]>([])
            let done = Mutex<[Int]>([])
            let loaded = try ModelLoader.load(paths: [t.corpus], options: t.options()) { p in
                #expect(p.articles.count == p.analyses.count)
                seen.withLock { $0 += zip(p.articles, p.analyses).map { ($0.id, $1.article) } }
                done.withLock { $0.append(p.filesDone) }
            }
            #expect(loaded.filesFromCache == [0, 300, 299][round])
            let pairs = seen.withLock { $0 }
            #expect(pairs.count == loaded.model.articles.count)
            #expect(Set(pairs.map(\.article)) == Set(loaded.model.articles.map(\.id)))
            #expect(pairs.allSatisfy { $0.article == $0.analysis })
            let counts = done.withLock { $0 }
            #expect(counts == counts.sorted())
            #expect(counts.last == 300)
        }
    }

    @Test func parallelMapKeepsIndexOrderAndRethrows() throws {
        let squares = try ParallelWork.map(1000) { $0 * $0 }
        #expect(squares == (0..<1000).map { $0 * $0 })
        struct Boom: Error {}
        #expect(throws: Boom.self) { try ParallelWork.map(100) { i -> Int in if i == 50 { throw Boom() }; return i } }
    }
}

@Suite struct FileWalkerTests {
    @Test func findsWhatTheCorpusLoaderFindsInTheSameOrder() throws {
        let t = try TempCorpus()
        let fm = FileManager.default
        for dir in ["b", "a/deep", ".hidden", "c"] {
            try fm.createDirectory(atPath: t.corpus + "/" + dir, withIntermediateDirectories: true)
        }
        for file in ["z.txt", "b/2.html", "b/10.txt", "a/deep/x.jsonl", "a/y.txt", ".hidden/h.txt", ".dot.txt", "c/Ä.txt"] {
            try t.write(file, "Title\n\nText.\n")
        }
        try fm.createSymbolicLink(atPath: t.corpus + "/link", withDestinationPath: t.corpus + "/b")
        try fm.createSymbolicLink(atPath: t.corpus + "/filelink.txt", withDestinationPath: t.corpus + "/z.txt")
        let whole = ["a/deep/x.jsonl", "a/y.txt", "b/10.txt", "b/2.html", "c/Ä.txt", "filelink.txt", "z.txt"]
        let cases: [([String], [String])] = [
            ([t.corpus], whole), ([t.corpus + "/"], whole),
            ([t.corpus + "/b", t.corpus + "/z.txt"], ["b/10.txt", "b/2.html", "z.txt"]),
        ]
        for (paths, expected) in cases {
            let walked = try FileWalker.files(in: paths)
            #expect(walked.map(\.path) == expected.map { t.corpus + "/" + $0 })
            #expect(try CorpusLoader().files(in: paths) == walked.map(\.path))
            for f in walked { #expect(f.stamp == FileStamp.of(f.path)) }
        }
        #expect(throws: LoadError.self) { try FileWalker.files(in: [t.corpus + "/missing"]) }
    }
}
