import Foundation
@testable import ParleyCore

/// Shared helpers for the corpus tests: a loader with the bundled rules only (never the
/// user's), the fixture folder, and scratch folders.
enum CorpusTestSupport {
    static let loader = CorpusLoader(rules: .bundled)

    static var fixtures: String {
        URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("Fixtures/corpus").path
    }

    static func fixture(_ name: String) -> String { fixtures + "/" + name }

    static func load(_ text: String, name: String = "story.txt") -> (articles: [Article], warnings: [LoadWarning]) {
        loader.load(bytes: Array(text.utf8), path: "/virtual/" + name)
    }

    /// The one article in `text`.
    static func article(_ text: String, name: String = "story.txt") -> Article {
        let r = load(text, name: name)
        precondition(r.articles.count == 1, "expected one article, got \(r.articles.count): \(r.warnings)")
        return r.articles[0]
    }

    /// A new empty folder under the system's temporary folder.
    static func scratchFolder() -> String {
        let path = NSTemporaryDirectory() + "parley-corpus-" + UUID().uuidString
        try? FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
        return path
    }

    static func write(_ text: String, to path: String) {
        FileManager.default.createFile(atPath: path, contents: Data(text.utf8))
    }

    /// Bytes that look like a compressed or random file (fixed seed, so the test is stable).
    static func noise(_ count: Int) -> [UInt8] {
        var state: UInt64 = 0x9E37_79B9_7F4A_7C15
        return (0..<count).map { _ in
            state = state &* 6364136223846793005 &+ 1442695040888963407
            return UInt8(truncatingIfNeeded: state >> 33)
        }
    }

    /// A plain article body of a few paragraphs, for tests that need a story to begin.
    static let storyParagraphs = """
        Negotiators from both countries met for two hours on Friday and agreed to exchange prisoners of war.

        The head of one delegation said the sides would set out their visions of a future ceasefire in writing.
        """
}
