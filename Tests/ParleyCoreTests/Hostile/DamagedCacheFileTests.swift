import Foundation
import GRDB
import Testing
@testable import ParleyCore

/// A cache file damaged on disk is rebuilt from the files, with one warning, and the next
/// run uses the new one quietly.
@Suite struct DamagedCacheFileTests {
    /// Overwrites every third 4 KB page from the third on with junk, as a failing disk might.
    func damagePages(_ path: String) throws {
        let handle = try #require(FileHandle(forUpdatingAtPath: path))
        defer { try? handle.close() }
        let size = try handle.seekToEnd()
        var page: UInt64 = 2
        var junk = [UInt8](repeating: 0, count: 4096)
        for k in junk.indices { junk[k] = UInt8(truncatingIfNeeded: k &* 131 &+ 7) }
        while page * 4096 < size {
            try handle.seek(toOffset: page * 4096)
            try handle.write(contentsOf: junk)
            page += 3
        }
    }

    /// A corpus big enough for the cache to span many pages: the fixture, many times.
    func corpus() throws -> TempCorpus {
        let t = try TempCorpus()
        for k in 0..<40 {
            for f in SearchFixture.texts {
                try t.write("\(f.id)-\(k).txt", "Title \(f.id) \(k)\n\n\(f.text)\n\n\(f.text)\n")
            }
        }
        return t
    }

    @Test func malformedPagesAreRebuiltOnceNotWarnedAboutOnEveryRun() throws {
        let t = try corpus()
        let first = try t.load()
        try damagePages(t.databasePath)
        let damaged = try t.load()
        #expect(damaged.warnings.count == 1)
        #expect(damaged.warnings.first?.message.contains("damaged") == true)
        #expect(damaged.warnings.first?.message.contains("rebuilding it") == true)
        #expect(damaged.model.articles == first.model.articles)
        #expect(damaged.model.analyses == first.model.analyses)
        for _ in 0..<2 {
            let again = try t.load()
            #expect(again.warnings.isEmpty)
            #expect(again.filesAnalysed == 0 && again.filesFromCache == 200)
        }
    }

    @Test func aSearchOnADamagedCacheRebuildsItAndStillAnswers() throws {
        let t = try TempCorpus()
        try t.writeFixture()
        _ = try t.load()
        try DatabaseQueue(path: t.databasePath).write { db in try db.execute(sql: "DROP TABLE article_fts") }
        let result = try #require(try IndexedSearch.search(SearchQuery.parse("zelensky"), paths: [t.corpus], options: t.options()))
        #expect(result.hits.map(\.article).sorted() == ["a1", "a2", "a5"])
        #expect(result.warnings.map(\.message) == ["the cache file is damaged; rebuilding it"])
        let again = try #require(try IndexedSearch.search(SearchQuery.parse("zelensky"), paths: [t.corpus], options: t.options()))
        #expect(again.warnings.isEmpty && again.filesAnalysed == 0)
        #expect(again.hits.map(\.article).sorted() == ["a1", "a2", "a5"])
    }

    @Test func damageFoundWhileWritingRemovesTheFileForTheNextRunToRebuild() throws {
        let t = try TempCorpus()
        try t.writeFixture()
        _ = try t.load()
        // The table the writer needs is gone, the ones a warm read uses are fine.
        try DatabaseQueue(path: t.databasePath).write { db in try db.execute(sql: "DROP TABLE discovered") }
        try t.write("a0.txt", "Title a0\n\nA new article about Istanbul.\n")
        let damaged = try t.load()
        #expect(damaged.warnings.map(\.message) == ["the cache file is damaged; removed it, the next run rebuilds it"])
        #expect(damaged.model.articles.count == 6)
        #expect(!FileManager.default.fileExists(atPath: t.databasePath))
        let next = try t.load()
        #expect(next.warnings.isEmpty && next.filesAnalysed == 6)
        #expect(try t.load().filesFromCache == 6)
    }
}
