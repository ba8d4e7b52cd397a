import Foundation
@testable import ParleyCore

/// A corpus folder and a cache folder under the temporary directory, removed on deinit.
final class TempCorpus {
    let root: String
    let corpus: String
    let cache: String

    init() throws {
        root = (NSTemporaryDirectory() as NSString).appendingPathComponent("parley-test-\(UUID().uuidString)")
        corpus = root + "/corpus"
        cache = root + "/cache"
        try FileManager.default.createDirectory(atPath: corpus, withIntermediateDirectories: true)
    }

    deinit { try? FileManager.default.removeItem(atPath: root) }

    @discardableResult
    func write(_ name: String, _ text: String) throws -> String {
        let path = corpus + "/" + name
        try text.write(toFile: path, atomically: false, encoding: .utf8)
        return path
    }

    func remove(_ name: String) throws {
        try FileManager.default.removeItem(atPath: corpus + "/" + name)
    }

    func options(_ knowledge: KnowledgeBase = SearchFixture.knowledge, cache useCache: Bool = true) -> LoadOptions {
        LoadOptions(useCache: useCache, cacheDirectory: cache, knowledge: knowledge)
    }

    func load(_ knowledge: KnowledgeBase = SearchFixture.knowledge, cache useCache: Bool = true) throws -> LoadedCorpus {
        try ModelLoader.load(paths: [corpus], options: options(knowledge, cache: useCache))
    }

    var databasePath: String { CacheLocation.databasePath(for: [corpus], in: cache) }

    /// The fixture articles as plain-text files: a title line, a blank line, the body.
    func writeFixture() throws {
        for t in SearchFixture.texts {
            try write(t.id + ".txt", "Title \(t.id)\n\n\(t.text)\n")
        }
    }
}
