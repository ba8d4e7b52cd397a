import Foundation
import GRDB
import Testing
@testable import ParleyCore

@Suite struct CacheInvalidationTests {
    /// The same corpus loaded without the cache: what every cached load must equal.
    func uncached(_ t: TempCorpus, _ kb: KnowledgeBase = SearchFixture.knowledge) throws -> LoadedCorpus {
        try t.load(kb, cache: false)
    }

    func expectSame(_ a: LoadedCorpus, _ b: LoadedCorpus) {
        #expect(a.model.articles == b.model.articles)
        #expect(a.model.analyses == b.model.analyses)
        #expect(a.warnings == b.warnings)
    }

    @Test func secondLoadReadsNothing() throws {
        let t = try TempCorpus()
        try t.writeFixture()
        let first = try t.load()
        #expect(first.filesAnalysed == 5 && first.filesFromCache == 0)
        let second = try t.load()
        #expect(second.filesAnalysed == 0 && second.filesFromCache == 5)
        expectSame(second, first)
        expectSame(second, try uncached(t))
    }

    @Test func changedFileIsReadAgain() throws {
        let t = try TempCorpus()
        try t.writeFixture()
        _ = try t.load()
        try t.write("a3.txt", "Title a3\n\nA new text about Odesa, longer than before and different.\n")
        let after = try t.load()
        #expect(after.filesAnalysed == 1 && after.filesFromCache == 4)
        #expect(after.model.article("a3")?.text.contains("Odesa") == true)
        expectSame(after, try uncached(t))
    }

    @Test func sameSizeChangeIsNoticedByModificationTime() throws {
        let t = try TempCorpus()
        let article = "Envoys meet again\n\nThe envoy went to Kyiv on Monday. The talks went on late into the night.\n"
        let path = try t.write("one.txt", article)
        _ = try t.load()
        try article.replacingOccurrences(of: "Kyiv", with: "Riga").write(toFile: path, atomically: false, encoding: .utf8)
        try FileManager.default.setAttributes([.modificationDate: Date().addingTimeInterval(5)], ofItemAtPath: path)
        let after = try t.load()
        #expect(after.filesAnalysed == 1)
        #expect(after.model.articles.first?.text.contains("Riga") == true)
    }

    @Test func deletedFileIsDropped() throws {
        let t = try TempCorpus()
        try t.writeFixture()
        _ = try t.load()
        try t.remove("a2.txt")
        let after = try t.load()
        #expect(after.model.articles.map(\.id) == ["a1", "a3", "a4", "a5"])
        #expect(after.filesAnalysed == 0)
        let count = try DatabaseQueue(path: t.databasePath).read { db in
            try Int.fetchOne(db, sql: "SELECT count(*) FROM article")
        }
        #expect(count == 4)
        expectSame(after, try uncached(t))
    }

    @Test func addedFileIsAdded() throws {
        let t = try TempCorpus()
        try t.writeFixture()
        _ = try t.load()
        try t.write("a0.txt", "Title a0\n\nA brand new article about Istanbul.\n")
        let after = try t.load()
        #expect(after.filesAnalysed == 1 && after.filesFromCache == 5)
        #expect(after.model.articles.map(\.id) == ["a0", "a1", "a2", "a3", "a4", "a5"])
        expectSame(after, try uncached(t))
    }

    @Test func knowledgeBaseChangeReanalysesEverything() throws {
        let t = try TempCorpus()
        try t.writeFixture()
        _ = try t.load()
        var kb = SearchFixture.knowledge
        kb.version = "test-2"
        let after = try t.load(kb)
        #expect(after.filesAnalysed == 5 && after.filesFromCache == 0)
        #expect(after.warnings.isEmpty)
        #expect(try t.load(kb).filesFromCache == 5)
    }

    @Test func analyserCodeChangeReanalysesEverything() throws {
        let t = try TempCorpus()
        try t.writeFixture()
        _ = try t.load()
        // As if an older parley, whose analyser found other things, wrote this cache.
        try DatabaseQueue(path: t.databasePath).write { db in
            try db.execute(sql: "UPDATE meta SET value = 'older' WHERE key = 'analyzer'")
        }
        let after = try t.load()
        #expect(after.filesAnalysed == 5 && after.filesFromCache == 0)
        #expect(after.warnings.isEmpty)
    }

    @Test func corruptCacheFileIsRebuiltWithAWarning() throws {
        let t = try TempCorpus()
        try t.writeFixture()
        _ = try t.load()
        for suffix in ["-wal", "-shm"] { try? FileManager.default.removeItem(atPath: t.databasePath + suffix) }
        try Data(repeating: 0x5A, count: 8192).write(to: URL(fileURLWithPath: t.databasePath))
        let after = try t.load()
        #expect(after.warnings.count == 1)
        #expect(after.warnings.first?.message.contains("cache") == true)
        #expect(after.filesAnalysed == 5)
        #expect(after.model.articles.count == 5)
        let again = try t.load()
        #expect(again.warnings.isEmpty && again.filesFromCache == 5)
        expectSame(again, try uncached(t))
    }

    @Test func foreignDatabaseIsRebuiltWithAWarning() throws {
        let t = try TempCorpus()
        try t.writeFixture()
        try FileManager.default.createDirectory(atPath: t.cache, withIntermediateDirectories: true)
        try DatabaseQueue(path: t.databasePath).write { db in
            try db.execute(sql: "CREATE TABLE meta(key TEXT, value TEXT); INSERT INTO meta VALUES ('format', 'other')")
        }
        let after = try t.load()
        #expect(after.warnings.count == 1)
        #expect(after.filesAnalysed == 5)
        #expect(try t.load().filesFromCache == 5)
    }

    @Test func damagedRecordIsNeverTrusted() throws {
        let t = try TempCorpus()
        try t.writeFixture()
        let first = try t.load()
        try DatabaseQueue(path: t.databasePath).write { db in
            try db.execute(sql: "UPDATE article SET record = x'00FFFFFF' WHERE id = 'a2'")
        }
        let after = try t.load()
        #expect(after.warnings.count == 1)
        #expect(after.filesAnalysed == 5)
        #expect(after.model.articles == first.model.articles)
        #expect(try t.load().warnings.isEmpty)
    }

    @Test func unwritableCacheFallsBackWithOneWarning() throws {
        let t = try TempCorpus()
        try t.writeFixture()
        // A file where the cache folder should be: nothing can be created there.
        try Data("not a folder".utf8).write(to: URL(fileURLWithPath: t.cache))
        let loaded = try t.load()
        #expect(loaded.warnings.count == 1)
        #expect(loaded.model.articles.count == 5)
    }

    @Test func skippedFilesWarnEveryTime() throws {
        let t = try TempCorpus()
        try t.writeFixture()
        try Data().write(to: URL(fileURLWithPath: t.corpus + "/empty.txt"))
        let first = try t.load()
        let second = try t.load()
        #expect(first.warnings.count == 1)
        #expect(second.warnings == first.warnings)
    }

    /// If writing the cache fails half-way, the load still returns everything, warns
    /// once, and the cache is left as it was (the files are read again next time, never
    /// half-stored).
    @Test func aCacheWriteFailingHalfWayLosesNothing() throws {
        let t = try TempCorpus()
        try t.writeFixture()
        _ = try t.load()
        try DatabaseQueue(path: t.databasePath).write { db in
            try db.execute(sql: "CREATE TRIGGER full BEFORE INSERT ON article WHEN NEW.id = 'a6' BEGIN SELECT RAISE(ABORT, 'disk full'); END")
        }
        try t.write("a5.txt", "Title a5\n\nTalks moved to Riyadh.\n")
        try t.write("a6.txt", "Title a6\n\nTalks may move to Istanbul.\n")
        let failed = try t.load()
        #expect(failed.model.articles.count == 6)
        #expect(failed.model.articles.first { $0.id == "a5" }?.text.contains("Riyadh") == true)
        #expect(failed.warnings.count == 1)
        #expect(failed.warnings.first?.message.contains("could not update the cache") == true)
        let again = try t.load()
        #expect(again.filesAnalysed == 2)
        #expect(again.model.articles.count == 6)
        try DatabaseQueue(path: t.databasePath).write { db in try db.execute(sql: "DROP TRIGGER full") }
        let fixed = try t.load()
        #expect(fixed.filesAnalysed == 2 && fixed.warnings.isEmpty)
        let warm = try t.load()
        #expect(warm.filesAnalysed == 0 && warm.filesFromCache == 6)
        #expect(warm.model.articles.first { $0.id == "a5" }?.text.contains("Riyadh") == true)
    }
}
