import Foundation

/// Reads files and folders of articles into clean `Article`s.
///
/// (Skeleton: plain text only. The corpus work replaces this with every format,
/// cleaning and metadata.)
public struct CorpusLoader: Sendable {
    public init() {}

    /// The article files under `paths`: folders recursively, sorted, hidden files skipped.
    public func files(in paths: [String]) throws -> [String] {
        var out: [String] = []
        let fm = FileManager.default
        for path in paths {
            var isDir: ObjCBool = false
            guard fm.fileExists(atPath: path, isDirectory: &isDir) else {
                throw LoadError.noSuchPath(path)
            }
            if !isDir.boolValue { out.append(path); continue }
            var found: [String] = []
            if let e = fm.enumerator(atPath: path) {
                while let rel = e.nextObject() as? String {
                    let name = (rel as NSString).lastPathComponent
                    if name.hasPrefix(".") { e.skipDescendants(); continue }
                    let full = (path as NSString).appendingPathComponent(rel)
                    var d: ObjCBool = false
                    if fm.fileExists(atPath: full, isDirectory: &d), !d.boolValue { found.append(full) }
                }
            }
            out.append(contentsOf: found.sorted())
        }
        return out
    }

    /// The articles in one file (several for feeds and JSON lines).
    public func load(file path: String) -> (articles: [Article], warnings: [LoadWarning]) {
        guard let data = FileManager.default.contents(atPath: path),
              let text = String(data: data, encoding: .utf8), !text.isEmpty else {
            return ([], [LoadWarning(path: path, message: "could not be read as an article")])
        }
        let id = ((path as NSString).lastPathComponent as NSString).deletingPathExtension
        let lines = text.components(separatedBy: "\n")
        let title = lines.first { !$0.trimmingCharacters(in: .whitespaces).isEmpty }
        return ([Article(id: id, path: path, title: title, text: text)], [])
    }
}
