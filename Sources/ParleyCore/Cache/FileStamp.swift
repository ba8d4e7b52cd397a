import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// What the cache knows a file by: its absolute path, size and modification time
/// (nanoseconds). A file whose stamp changed is read and analysed again.
public struct FileStamp: Sendable, Hashable {
    public var path: String
    public var size: Int64
    public var modified: Int64

    public init(path: String, size: Int64, modified: Int64) {
        self.path = path
        self.size = size
        self.modified = modified
    }

    /// The stamp of a file from its status.
    init(path: String, status st: stat) {
        self.init(path: path, size: Int64(st.st_size), modified: Self.modified(st))
    }

    /// A status's modification time in nanoseconds.
    static func modified(_ st: stat) -> Int64 {
        Int64(st.st_mtim.tv_sec) * 1_000_000_000 + Int64(st.st_mtim.tv_nsec)
    }

    /// The stamp of the file at `path` now, or nil when it cannot be examined.
    public static func of(_ path: String) -> FileStamp? {
        let absolute = absolutePath(path)
        var st = stat()
        guard stat(absolute, &st) == 0 else { return nil }
        return FileStamp(path: absolute, status: st)
    }

    /// `path` made absolute against the working directory, with `.`, `..` and repeated
    /// slashes resolved by spelling alone (symbolic links are kept as given).
    public static func absolutePath(_ path: String) -> String {
        let full = path.hasPrefix("/") ? path : FileManager.default.currentDirectoryPath + "/" + path
        var parts: [Substring] = []
        for part in full.split(separator: "/", omittingEmptySubsequences: true) {
            if part == "." { continue }
            if part == ".." { if !parts.isEmpty { parts.removeLast() }; continue }
            parts.append(part)
        }
        return "/" + parts.joined(separator: "/")
    }
}
