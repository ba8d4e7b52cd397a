import Foundation
import GRDB
import Testing
@testable import ParleyCore
#if canImport(Glibc)
import Glibc
#endif

/// What the cache gives back is what reading the files gives: the whole text, the path as
/// spelled this time, and a file edited behind its size and modification time.
@Suite struct CacheFaithfulnessTests {
    @Test func aNulCharacterInTheTextDoesNotCutItInTheCache() throws {
        let t = try TempCorpus()
        try t.write("nul.json", #"{"title":"NUL","text":"Putin said the talks will go on.\u0000 Zelensky said Ukraine wants a ceasefire."}"#)
        let uncached = try t.load(cache: false)
        let text = try #require(uncached.model.articles.first?.text)
        #expect(text.contains("Zelensky"))
        _ = try t.load()
        let warm = try t.load()
        #expect(warm.filesFromCache == 1)
        #expect(warm.model.articles.first?.text == text)
        let stored = try DatabaseQueue(path: t.databasePath).read { db in
            try Int.fetchOne(db, sql: "SELECT length(CAST(text AS BLOB)) FROM article")
        }
        #expect(stored == text.utf8.count)
        let result = try #require(try IndexedSearch.search(SearchQuery.parse("zelensky"), paths: [t.corpus], options: t.options()))
        #expect(result.hits.map(\.article) == ["nul"])
    }

    @Test func cachedArticlesAndWarningsNameTheFileAsGivenThisTime() throws {
        let t = try TempCorpus()
        try t.writeFixture()
        try t.write("empty.txt", "")
        let roundabout = t.root + "/./corpus/../corpus"
        _ = try ModelLoader.load(paths: [roundabout], options: t.options())
        let warm = try ModelLoader.load(paths: [t.corpus], options: t.options())
        #expect(warm.filesFromCache == 6)
        #expect(warm.model.articles.allSatisfy { $0.path.hasPrefix(t.corpus + "/") })
        #expect(warm.warnings.map(\.path) == [t.corpus + "/empty.txt"])
        let uncached = try ModelLoader.load(paths: [t.corpus], options: t.options(cache: false))
        #expect(warm.model.articles == uncached.model.articles)
        #expect(warm.warnings == uncached.warnings)
    }

    /// Writes `text` over the file at `path` and puts its access and modification times
    /// back to `times`, to the nanosecond.
    func rewrite(_ path: String, _ text: String, keeping times: stat) throws {
        try text.write(toFile: path, atomically: false, encoding: .utf8)
        var put = [times.st_atim, times.st_mtim]
        #expect(utimensat(AT_FDCWD, path, &put, 0) == 0)
        let stamp = try #require(FileStamp.of(path))
        #expect(stamp.size == Int64(times.st_size) && stamp.modified == FileStamp.modified(times))
        try #require(stamp.changed != FileStamp.changed(times), "the file system did not move the status change time")
    }

    @Test func anEditKeepingSizeAndModificationTimeIsReadAgain() throws {
        let t = try TempCorpus()
        let path = try t.write("a.txt", "Envoys meet again\n\nRubio went to Paris on Monday. The talks went on late.\n")
        var original = stat()
        #expect(stat(path, &original) == 0)
        _ = try t.load()
        // Same size, same modification time: only the status change time tells.
        try rewrite(path, "Envoys meet again\n\nXubio went to Paris on Monday. The talks went on late.\n", keeping: original)
        let after = try t.load()
        #expect(after.filesAnalysed == 1)
        #expect(after.model.articles.first?.text.contains("Xubio") == true)
        // The search's own check of the files sees it too.
        try rewrite(path, "Envoys meet again\n\nYubio went to Paris on Monday. The talks went on late.\n", keeping: original)
        let result = try #require(try IndexedSearch.search(SearchQuery.parse("yubio"), paths: [t.corpus], options: t.options()))
        #expect(result.filesAnalysed == 1)
        #expect(result.hits.map(\.article) == ["a"])
    }
}
