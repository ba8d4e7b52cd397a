import Foundation

/// Reads files and folders of articles into clean `Article`s: finds the files, decodes
/// them, picks the reader for their format (plain text, Markdown, HTML, RSS/Atom feeds,
/// JSON, JSON lines) and cleans what it reads with the cleaning rules.
public struct CorpusLoader: Sendable {
    public let rules: CleaningRules

    /// A loader with the bundled cleaning rules and the user's additions.
    public init() { rules = .standard }

    /// Problems with the cleaning rules (a user file that does not parse, a bad regex),
    /// one warning each, for the command line to show once before loading.
    public var setupWarnings: [LoadWarning] {
        rules.problems.map { LoadWarning(path: "cleaning rules", message: $0) }
    }

    /// A loader with the given rules (for tests and tools).
    public init(rules: CleaningRules) { self.rules = rules }

    /// The article files under `paths`: folders recursively, sorted, hidden files and
    /// folders skipped. A path that does not exist throws `LoadError.noSuchPath`.
    public func files(in paths: [String]) throws -> [String] {
        try FileWalker.files(in: paths).map(\.path)
    }

    /// The articles in one file (several for feeds, JSON arrays and JSON lines), with at
    /// most one warning: the file was skipped, or read with a fallback encoding.
    public func load(file path: String) -> (articles: [Article], warnings: [LoadWarning]) {
        guard let data = FileManager.default.contents(atPath: path) else {
            return ([], [LoadWarning(path: path, message: "could not be read, skipped")])
        }
        return load(bytes: [UInt8](data), path: path)
    }

    /// The articles in a file's bytes (`path` names it and gives its extension).
    public func load(bytes: [UInt8], path: String) -> (articles: [Article], warnings: [LoadWarning]) {
        let text: String
        var warning: String?
        switch TextDecoding.decode(bytes) {
        case .skipped(let reason):
            return ([], [LoadWarning(path: path, message: reason)])
        case .text(let t, let w):
            text = t
            warning = w
        }
        let fileName = (path as NSString).lastPathComponent
        let ext = (fileName as NSString).pathExtension
        let base = (fileName as NSString).deletingPathExtension
        var format = ArticleFormat.byExtension(ext) ?? ArticleFormat.sniff(text)
        if format == .feed, ArticleFormat.sniff(text) != .feed { format = ArticleFormat.sniff(text) }

        let raws: [RawArticle]
        switch read(text, as: format) {
        case .success(let r): raws = r
        case .failure(let reason):
            return ([], [LoadWarning(path: path, message: reason)])
        }
        let cleaner = ArticleCleaner(rules: rules)
        var articles: [Article] = []
        for (n, raw) in raws.enumerated() {
            let id = raws.count > 1 ? "\(base)#\(n + 1)" : base
            if let a = cleaner.clean(raw, id: id, path: path) { articles.append(a) }
        }
        if articles.isEmpty {
            return ([], [LoadWarning(path: path, message: "no article text found, skipped")])
        }
        return (articles, warning.map { [LoadWarning(path: path, message: $0)] } ?? [])
    }

    private enum ReadResult { case success([RawArticle]), failure(String) }

    private func read(_ text: String, as format: ArticleFormat) -> ReadResult {
        switch format {
        case .text:
            return .success([PlainTextReader.read(text)])
        case .markdown:
            return .success([MarkdownReader.read(text)])
        case .html:
            return .success([HTMLReader.read(text, rules: rules)])
        case .feed:
            do { return .success(try FeedReader.read(text).articles) } catch {
                return .failure("not a readable RSS or Atom feed, skipped")
            }
        case .json, .jsonLines:
            do { return .success(try JSONArticleReader.read(text, lines: format == .jsonLines)) } catch {
                if case JSONArticleReader.Failure.noArticles = error {
                    return .failure("JSON holds no article (no title or text field), skipped")
                }
                return .failure("not valid JSON, skipped")
            }
        }
    }
}
