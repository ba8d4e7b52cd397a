import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// What the cache knows a file by: its absolute path, size, modification time and status
/// change time (nanoseconds). A file whose stamp changed is read and analysed again.
///
/// The status change time (`ctime`) catches an edit that keeps the size and puts the
/// modification time back (`touch -r`, a tool that preserves it, a file replaced by a copy
/// with `cp -p`): no program can set it, and every write, rename or replacement moves it.
/// A size below zero marks a file that could not be examined: it is never taken from the
/// cache.
public struct FileStamp: Sendable, Hashable {
    public var path: String
    public var size: Int64
    public var modified: Int64
    public var changed: Int64

    public init(path: String, size: Int64, modified: Int64, changed: Int64 = 0) {
        self.path = path
        self.size = size
        self.modified = modified
        self.changed = changed
    }

    /// The stamp of a file from its status.
    init(path: String, status st: stat) {
        self.init(path: path, size: Int64(st.st_size), modified: Self.modified(st), changed: Self.changed(st))
    }

    /// A status's modification time in nanoseconds.
    static func modified(_ st: stat) -> Int64 {
        Int64(st.st_mtim.tv_sec) * 1_000_000_000 + Int64(st.st_mtim.tv_nsec)
    }

    /// A status's status change time in nanoseconds.
    static func changed(_ st: stat) -> Int64 {
        Int64(st.st_ctim.tv_sec) * 1_000_000_000 + Int64(st.st_ctim.tv_nsec)
    }

    /// Whether a file cached with `size`, `modified` and `changed` is still this one.
    func matches(size: Int64, modified: Int64, changed: Int64) -> Bool {
        self.size >= 0 && self.size == size && self.modified == modified && self.changed == changed
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
