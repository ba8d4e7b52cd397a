import Foundation
import Testing
@testable import ParleyCore

/// A search skips comparing files with the cache only when the walk finds exactly the
/// files the cache was last checked against; anything else is compared file by file.
@Suite struct CorpusSignatureTests {
    func search(_ q: String, _ t: TempCorpus) throws -> IndexedSearchResult {
        try #require(try IndexedSearch.search(SearchQuery.parse(q), paths: [t.corpus], options: t.options()))
    }

    func ids(_ q: String, _ t: TempCorpus) throws -> [String] { try search(q, t).hits.map(\.article).sorted() }

    func signature(_ t: TempCorpus) throws -> String? {
        let (cache, _) = try CorpusCache.open(directory: t.cache, paths: [t.corpus], knowledge: SearchFixture.knowledge)
        return try cache.verifiedSignature()
    }

    func setModified(_ path: String, seconds: Int) {
        var times = [timespec(tv_sec: seconds, tv_nsec: 0), timespec(tv_sec: seconds, tv_nsec: 0)]
        #expect(utimensat(AT_FDCWD, path, &times, 0) == 0)
    }

    @Test func signatureChangesWithEveryPathSizeAndTime() {
        let a = FileStamp(path: "/c/a.txt", size: 10, modified: 5)
        let b = FileStamp(path: "/c/b.txt", size: 10, modified: 5)
        let base = CorpusSignature.of([a, b])
        #expect(CorpusSignature.of([a, b]) == base)
        var bigger = b; bigger.size = 11
        var later = b; later.modified = 6
        var renamed = b; renamed.path = "/c/c.txt"
        for other in [[a], [a, bigger], [a, later], [a, renamed], [a, b, b], [b, a], []] {
            #expect(CorpusSignature.of(other) != base)
        }
    }

    @Test func loadsAndSearchesRecordTheSignatureAndUpdatesForgetIt() throws {
        let t = try TempCorpus()
        try t.writeFixture()
        _ = try t.load()
        let stamps = try FileWalker.files(in: [t.corpus]).map(\.stamp)
        #expect(try signature(t) == CorpusSignature.of(stamps))
        // An update by anyone forgets it until a full check records it again, so a cache
        // changed by a run that then failed is never trusted on the old signature.
        let (cache, _) = try CorpusCache.open(directory: t.cache, paths: [t.corpus], knowledge: SearchFixture.knowledge)
        try cache.update([], removing: [])
        #expect(try cache.verifiedSignature() == nil)
        #expect(try ids("istanbul", t) == ["a3"])
        #expect(try signature(t) == CorpusSignature.of(stamps))
    }

    @Test func anyChangeAfterTheLastCheckIsSeen() throws {
        let t = try TempCorpus()
        try t.writeFixture()
        #expect(try ids("istanbul", t) == ["a3"])
        #expect(try search("istanbul", t).filesAnalysed == 0)
        // Same size, only the modification time differs.
        let a3 = try String(contentsOfFile: t.corpus + "/a3.txt", encoding: .utf8)
        let swapped = a3.replacingOccurrences(of: "Istanbul", with: "Istanbu1")
        #expect(swapped.utf8.count == a3.utf8.count)
        try t.write("a3.txt", swapped)
        setModified(t.corpus + "/a3.txt", seconds: 1_700_000_000)
        #expect(try ids("istanbul", t) == [])
        #expect(try ids("istanbu1", t) == ["a3"])
        // Back to the first text and time: still compared, still right.
        try t.write("a3.txt", a3)
        setModified(t.corpus + "/a3.txt", seconds: 1_600_000_000)
        #expect(try ids("istanbul", t) == ["a3"])
        try t.write("a6.txt", "Title a6\n\nTalks may move to Istanbul.\n")
        #expect(try ids("istanbul", t) == ["a3", "a6"])
        try t.remove("a6.txt")
        #expect(try ids("istanbul", t) == ["a3"])
        #expect(try search("istanbul", t).filesAnalysed == 0)
    }

    @Test func warningsOfSkippedFilesSurviveAnUnchangedSignature() throws {
        let t = try TempCorpus()
        try t.writeFixture()
        try Data().write(to: URL(fileURLWithPath: t.corpus + "/empty.txt"))
        let first = try search("istanbul", t)
        let second = try search("istanbul", t)
        #expect(try signature(t) != nil)
        #expect(first.warnings.count == 1)
        #expect(second.warnings.map(\.message) == first.warnings.map(\.message))
        #expect(second.warnings.map(\.path) == first.warnings.map(\.path))
    }

    func indexOnly(_ q: String, _ t: TempCorpus) throws -> [String] {
        try #require(try IndexedSearch.search(SearchQuery.parse(q), paths: [t.corpus], options: t.options(),
                                              examineFiles: false)).hits.map(\.article).sorted()
    }

    /// `parley search --cached`: the index as last checked, like `locate`; with no such
    /// index it examines the files after all.
    @Test func searchWithoutExaminingAnswersFromTheLastCheck() throws {
        let t = try TempCorpus()
        try t.writeFixture()
        #expect(try indexOnly("istanbul", t) == ["a3"])          // no cache yet: built first
        try t.write("a6.txt", "Title a6\n\nTalks may move to Istanbul.\n")
        #expect(try indexOnly("istanbul", t) == ["a3"])          // not examined: as last checked
        #expect(try ids("istanbul", t) == ["a3", "a6"])           // a normal search brings it up to date
        #expect(try indexOnly("istanbul", t) == ["a3", "a6"])
        // An index changed since its last full check is not answered from.
        let (cache, _) = try CorpusCache.open(directory: t.cache, paths: [t.corpus], knowledge: SearchFixture.knowledge)
        try cache.update([], removing: [])
        try t.remove("a6.txt")
        #expect(try indexOnly("istanbul", t) == ["a3"])
        try t.remove("a3.txt")
        try FileManager.default.removeItem(atPath: t.corpus + "/a1.txt")
        #expect(try indexOnly("istanbul", t) == ["a3"])
        try FileManager.default.removeItem(atPath: t.corpus)
        #expect(throws: LoadError.self) {
            try IndexedSearch.search(SearchQuery.parse("istanbul"), paths: [t.corpus], options: t.options(),
                                     examineFiles: false)
        }
    }

    /// Two parley processes on one corpus: a signature from a check made before another
    /// process's update must not be recorded over that update.
    @Test func aCheckOvertakenByAnotherUpdateRecordsNothing() throws {
        let t = try TempCorpus()
        try t.writeFixture()
        _ = try t.load()
        let (cache, _) = try CorpusCache.open(directory: t.cache, paths: [t.corpus], knowledge: SearchFixture.knowledge)
        let before = try cache.generation()
        let signature = try #require(try cache.verifiedSignature())
        try cache.update([], removing: [])             // the other process
        #expect(try cache.generation() == before + 1)
        try cache.markVerified(signature, warnings: [], generation: before)
        #expect(try cache.verifiedSignature() == nil)
        try cache.markVerified(signature, warnings: [], generation: before + 1)
        #expect(try cache.verifiedSignature() == signature)
    }
}
