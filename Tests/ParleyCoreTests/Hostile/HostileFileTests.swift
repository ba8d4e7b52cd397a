import Foundation
import Testing
@testable import ParleyCore
#if canImport(Glibc)
import Glibc
#endif

/// Entries of a corpus folder that are not plain readable files: each gets one warning
/// naming it, and everything else loads.
@Suite struct HostileFileTests {
    static let article = "Envoys meet again\n\nRubio went to Paris on Monday. The talks went on late.\n"

    /// Creates a file whose name is the given bytes, in `folder`.
    func create(_ folder: String, name: [UInt8], _ text: String) throws {
        let path = Array(folder.utf8) + [UInt8(ascii: "/")] + name + [0]
        let fd = path.withUnsafeBufferPointer {
            open(UnsafeRawPointer($0.baseAddress!).assumingMemoryBound(to: CChar.self), O_WRONLY | O_CREAT | O_TRUNC, 0o644)
        }
        try #require(fd >= 0)
        defer { close(fd) }
        var bytes = Array(text.utf8)
        #expect(write(fd, &bytes, bytes.count) == bytes.count)
    }

    @Test func aFileNameThatIsNotUTF8IsReadAndShownWithItsBytesWrittenOut() throws {
        let t = try TempCorpus()
        try create(t.corpus, name: Array("lat".utf8) + [0xE9, 0xFF] + Array(".txt".utf8), Self.article)
        let loaded = try t.load(cache: false)
        #expect(loaded.warnings.isEmpty)
        #expect(loaded.model.articles.map(\.path) == [t.corpus + #"/lat\xE9\xFF.txt"#])
        #expect(loaded.model.articles.map(\.id) == [#"lat\xE9\xFF"#])
        // And through the cache.
        _ = try t.load()
        let warm = try t.load()
        #expect(warm.filesFromCache == 1 && warm.model.articles == loaded.model.articles)
    }

    @Test func aNonUTF8FolderNameIsWalkedIntoByItsRealBytes() throws {
        let t = try TempCorpus()
        let folder = Array(t.corpus.utf8) + [UInt8(ascii: "/"), 0xC0, 0xAF] + [0]
        _ = folder.withUnsafeBufferPointer { mkdir(UnsafeRawPointer($0.baseAddress!).assumingMemoryBound(to: CChar.self), 0o755) }
        try create(t.corpus, name: [0xC0, 0xAF, UInt8(ascii: "/")] + Array("a.txt".utf8), Self.article)
        let loaded = try t.load(cache: false)
        #expect(loaded.warnings.isEmpty)
        #expect(loaded.model.articles.map(\.path) == [t.corpus + #"/\xC0\xAF/a.txt"#])
    }

    @Test func aNamedPipeIsSkippedWithAWarningNotWaitedFor() throws {
        let t = try TempCorpus()
        try t.write("a.txt", Self.article)
        #expect(mkfifo(t.corpus + "/pipe.txt", 0o644) == 0)
        for run in 0..<2 {   // read, then from the cache (the pipe's warning too)
            let loaded = try t.load()
            #expect(loaded.model.articles.map(\.id) == ["a"])
            #expect(loaded.warnings == [LoadWarning(path: t.corpus + "/pipe.txt", message: "a named pipe, not a file; skipped")])
            #expect(loaded.filesAnalysed == (run == 0 ? 2 : 0))
        }
        // A pipe named on the command line is refused the same way.
        #expect(CorpusLoader().load(file: t.corpus + "/pipe.txt").warnings.map(\.message) == ["a named pipe, not a file; skipped"])
    }

    @Test func brokenAndLoopingSymbolicLinksAreSkippedWithAWarning() throws {
        let t = try TempCorpus()
        try t.write("a.txt", Self.article)
        #expect(symlink("missing.txt", t.corpus + "/dangling.txt") == 0)
        #expect(symlink("loop.txt", t.corpus + "/loop.txt") == 0)
        for _ in 0..<2 {   // and the same from the cache
            let loaded = try t.load()
            #expect(loaded.model.articles.map(\.id) == ["a"])
            #expect(loaded.warnings.map(\.path) == [t.corpus + "/dangling.txt", t.corpus + "/loop.txt"])
            #expect(loaded.warnings.map(\.message) == ["a broken symbolic link, skipped", "a symbolic link that loops, skipped"])
        }
    }

    @Test func aBinaryFileIsRefusedFromItsFirstBytes() throws {
        let t = try TempCorpus()
        let path = t.corpus + "/big.txt"
        // A text header, then a hole of zeros: refused without reading it all.
        let handle = try #require(FileManager.default.createFile(atPath: path, contents: Data(Self.article.utf8)) ? FileHandle(forWritingAtPath: path) : nil)
        try handle.truncate(atOffset: 64 << 20)
        try handle.close()
        #expect(FileBytes.read(Array(path.utf8)) == .skipped("binary file (not text), skipped"))
        // UTF-16 with its byte order mark has zeros and is text.
        let utf16 = t.corpus + "/u.txt"
        #expect(FileManager.default.createFile(atPath: utf16, contents: Data([0xFF, 0xFE]) + Self.article.data(using: .utf16LittleEndian)!))
        #expect(CorpusLoader().load(file: utf16).articles.count == 1)
    }

    @Test func nothingLoadableSaysWhyForEachFile() throws {
        let t = try TempCorpus()
        try t.write("empty.txt", "")
        #expect(FileManager.default.createFile(atPath: t.corpus + "/bin.txt", contents: Data([0, 1])))
        do {
            _ = try t.load(cache: false)
            Testing.Issue.record("expected nothing loadable")
        } catch let error as LoadError {
            #expect(error.description == "no article could be read from \(t.corpus)")
            #expect(error.warnings == [LoadWarning(path: t.corpus + "/bin.txt", message: "binary file (not text), skipped"),
                                       LoadWarning(path: t.corpus + "/empty.txt", message: "empty file, skipped")])
        }
        // The search answering from the cache says the same.
        do {
            _ = try IndexedSearch.search(SearchQuery.parse("putin"), paths: [t.corpus], options: t.options())
            Testing.Issue.record("expected nothing loadable")
        } catch let error as LoadError {
            #expect(error.warnings.map(\.message) == ["binary file (not text), skipped", "empty file, skipped"])
        }
    }
}
