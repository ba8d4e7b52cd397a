import Foundation
import Testing
@testable import ParleyCore

@Suite struct CorpusFolderTests {
    let loader = CorpusTestSupport.loader

    /// A folder with good articles, a file of random bytes, an empty file, a Latin-1 file,
    /// a hidden file and a hidden folder.
    func mixedFolder() -> String {
        let dir = CorpusTestSupport.scratchFolder()
        let fm = FileManager.default
        CorpusTestSupport.write("Good one\n\n" + CorpusTestSupport.storyParagraphs, to: dir + "/b_good.txt")
        try? fm.createDirectory(atPath: dir + "/sub", withIntermediateDirectories: true)
        CorpusTestSupport.write("# Good two\n\n" + CorpusTestSupport.storyParagraphs, to: dir + "/sub/a_good.md")
        fm.createFile(atPath: dir + "/noise.bin", contents: Data(CorpusTestSupport.noise(2048)))
        fm.createFile(atPath: dir + "/empty.txt", contents: Data())
        let latin1: [UInt8] = Array("Caf".utf8) + [0xE9] + Array(" diplomacy\n\nThe envoys met in a caf".utf8) + [0xE9]
            + Array(" near the palace and talked for an hour about the prisoner exchange.".utf8)
        fm.createFile(atPath: dir + "/latin1.txt", contents: Data(latin1))
        CorpusTestSupport.write("Hidden\n\nShould never be read at all by the loader.", to: dir + "/.hidden.txt")
        try? fm.createDirectory(atPath: dir + "/.cache", withIntermediateDirectories: true)
        CorpusTestSupport.write("Cached\n\nShould never be read at all by the loader.", to: dir + "/.cache/x.txt")
        return dir
    }

    @Test func filesAreSortedRecursiveAndHiddenOnesSkipped() throws {
        let dir = mixedFolder()
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let files = try loader.files(in: [dir]).map { String($0.dropFirst(dir.count + 1)) }
        #expect(files == ["b_good.txt", "empty.txt", "latin1.txt", "noise.bin", "sub/a_good.md"])
    }

    @Test func goodFilesLoadAndEachBadOneGetsOneWarning() throws {
        let dir = mixedFolder()
        defer { try? FileManager.default.removeItem(atPath: dir) }
        var articles: [Article] = []
        var warnings: [LoadWarning] = []
        for f in try loader.files(in: [dir]) {
            let r = loader.load(file: f)
            articles += r.articles
            warnings += r.warnings
        }
        #expect(articles.map(\.id) == ["b_good", "latin1", "a_good"])
        #expect(articles.first { $0.id == "latin1" }?.title == "Café diplomacy")
        let byFile = Dictionary(grouping: warnings) { ($0.path as NSString).lastPathComponent }
        #expect(byFile.keys.sorted() == ["empty.txt", "latin1.txt", "noise.bin"])
        #expect(byFile.values.allSatisfy { $0.count == 1 })
        #expect(byFile["noise.bin"]?.first?.message.contains("binary") == true)
        #expect(byFile["empty.txt"]?.first?.message.contains("empty") == true)
        #expect(byFile["latin1.txt"]?.first?.message.contains("Windows-1252") == true)
    }

    @Test func severalPathsMergeInTheGivenOrder() throws {
        let a = CorpusTestSupport.fixture("feed.rss")
        let b = CorpusTestSupport.fixture("articles.json")
        #expect(try loader.files(in: [a, b]) == [a, b])
    }

    @Test func aMissingPathIsAnError() {
        #expect(throws: LoadError.self) { try loader.files(in: ["/no/such/folder/for/parley"]) }
    }

    @Test func aFileWithNoStoryGetsOneWarning() {
        let r = CorpusTestSupport.load("Accept all cookies\n\nI agree\n\n12\n", name: "banner.txt")
        #expect(r.articles.isEmpty)
        #expect(r.warnings.count == 1)
    }

    @Test func everyFixtureLoadsWithoutWarnings() throws {
        for f in try loader.files(in: [CorpusTestSupport.fixtures]) {
            let r = loader.load(file: f)
            #expect(!r.articles.isEmpty, "\(f)")
            #expect(r.warnings.isEmpty, "\(f): \(r.warnings)")
        }
    }
}
