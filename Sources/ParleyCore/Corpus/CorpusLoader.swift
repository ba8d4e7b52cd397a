import Foundation
#if canImport(Glibc)
import Glibc
#endif

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
        load(found: FileWalker.Found(path: path, stamp: FileStamp(path: path, size: -1, modified: 0)))
    }

    /// The articles in a file the walk found (opened by its real bytes when its name is
    /// not UTF-8); an entry the walk found unreadable gives its warning.
    func load(found: FileWalker.Found) -> (articles: [Article], warnings: [LoadWarning]) {
        if let problem = found.problem { return ([], [LoadWarning(path: found.path, message: problem)]) }
        switch FileBytes.read(found.rawPath ?? Array(found.path.utf8)) {
        case .bytes(let bytes): return load(bytes: bytes, path: found.path)
        case .skipped(let reason): return ([], [LoadWarning(path: found.path, message: reason)])
        }
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

/// Reads a whole file with the system's calls: only a regular file (a named pipe or a
/// device that slipped in as a path would block or never end), and a file that shows
/// itself binary in its first 64 KB (a NUL byte, no UTF-16 byte order mark) is refused
/// before the rest of it is read.
enum FileBytes {
    enum Result: Equatable {
        case bytes([UInt8])
        case skipped(String)
    }

    /// The largest file read (a String cannot hold much more, and no article is this big).
    static let limit = 1 << 31 - 1

    static func read(_ path: [UInt8]) -> Result {
        let fd = (path + [0]).withUnsafeBufferPointer { buf in
            open(UnsafeRawPointer(buf.baseAddress!).assumingMemoryBound(to: CChar.self), O_RDONLY | O_NONBLOCK | O_CLOEXEC)
        }
        guard fd >= 0 else { return .skipped("could not be read (\(String(cString: strerror(errno)))), skipped") }
        defer { close(fd) }
        var st = stat()
        guard fstat(fd, &st) == 0 else { return .skipped("could not be read (\(String(cString: strerror(errno)))), skipped") }
        if let problem = FileWalker.problem(mode: st.st_mode) { return .skipped(problem) }
        let size = Int(st.st_size)
        if size > limit {
            return .skipped("too large to be an article (\(size >> 20) MB), skipped")
        }
        // The size said, read straight into the array; then whatever the file grew by.
        var failure: Int32 = 0
        var binary = false
        let head = min(size, 1 << 16)
        var out = [UInt8](unsafeUninitializedCapacity: size) { buf, count in
            var got = 0
            var checked = false
            while got < size {
                let n = Glibc.read(fd, buf.baseAddress! + got, (checked ? size : head) - got)
                if n < 0 {
                    if errno == EINTR { continue }
                    failure = errno
                    break
                }
                if n == 0 { break }
                got += n
                if !checked && got >= head {
                    checked = true
                    let first = UnsafeBufferPointer(rebasing: buf[..<got])
                    if Self.looksBinary(first) { binary = true; break }
                }
            }
            count = got
        }
        if failure != 0 { return .skipped("could not be read (\(String(cString: strerror(failure)))), skipped") }
        if binary { return .skipped("binary file (not text), skipped") }
        if out.count == size {
            var more = [UInt8](repeating: 0, count: 1 << 16)
            while true {
                let n = more.withUnsafeMutableBufferPointer { Glibc.read(fd, $0.baseAddress!, $0.count) }
                if n < 0 && errno == EINTR { continue }
                if n < 0 { return .skipped("could not be read (\(String(cString: strerror(errno)))), skipped") }
                if n == 0 { break }
                if out.count + n > limit { return .skipped("too large to be an article, skipped") }
                out.append(contentsOf: more[..<n])
            }
        }
        return .bytes(out)
    }

    /// A NUL byte in a file's first bytes without a UTF-16 byte order mark: binary
    /// (`TextDecoding` would refuse it once read whole).
    static func looksBinary(_ head: UnsafeBufferPointer<UInt8>) -> Bool {
        if head.count >= 2 && ((head[0] == 0xFF && head[1] == 0xFE) || (head[0] == 0xFE && head[1] == 0xFF)) {
            return false
        }
        return head.contains(0)
    }
}
