import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Finds the article files under the given paths together with their cache stamps, in
/// one pass of `readdir` and `fstatat` (folders recursively, hidden entries skipped, each
/// folder's files sorted by path), fast enough to check a hundred thousand files for
/// changes before a warm search. The one folder walk: `CorpusLoader.files(in:)` lists
/// its paths.
public enum FileWalker {
    public struct Found: Sendable, Hashable {
        /// The path as the loader reports it (the given path joined with the relative one).
        public var path: String
        public var stamp: FileStamp
    }

    public static func files(in paths: [String]) throws -> [Found] {
        var out: [Found] = []
        for path in paths {
            let absolute = FileStamp.absolutePath(path)
            var st = stat()
            guard stat(absolute, &st) == 0 else { throw LoadError.noSuchPath(path) }
            if st.st_mode & S_IFMT != S_IFDIR {
                out.append(Found(path: path, stamp: FileStamp(path: absolute, status: st)))
                continue
            }
            var base = path
            while base.count > 1 && base.hasSuffix("/") { base.removeLast() }
            let top = Folder(display: base, absolute: absolute == "/" ? "" : absolute)
            // The top folder's own files here, its subfolders on every core; each folder's
            // entries are sorted by name, so the whole list comes out sorted by path.
            let entries = top.entries()
            let folders = entries.filter(\.isFolder)
            let nested = try ParallelWork.map(folders.count) { i -> [Found] in
                var inner: [Found] = []
                top.child(folders[i]).walk(into: &inner)
                return inner
            }
            var next = 0
            for entry in entries {
                if entry.isFolder {
                    out += nested[next]
                    next += 1
                } else {
                    out.append(top.found(entry))
                }
            }
        }
        return out
    }

    /// One entry of a folder: its name, what sorts it among its neighbours (a folder's
    /// name with "/" after it, as its files' paths continue), and its status.
    private struct Entry {
        var name: String
        var key: String
        var isFolder: Bool
        var size: Int64
        var modified: Int64
    }

    /// A folder as the loader names it (`display`) and as the cache does (`absolute`).
    private struct Folder {
        var display: String
        var absolute: String

        func child(_ entry: Entry) -> Folder {
            let shown = display + "/" + entry.name
            return Folder(display: shown, absolute: display == absolute ? shown : absolute + "/" + entry.name)
        }

        func found(_ entry: Entry) -> Found {
            let shown = display + "/" + entry.name
            let full = display == absolute ? shown : absolute + "/" + entry.name
            return Found(path: shown, stamp: FileStamp(path: full, size: entry.size, modified: entry.modified))
        }

        /// Its visible entries, sorted; folders reached through symbolic links are left out
        /// (like FileManager's enumerator).
        func entries() -> [Entry] {
            guard let dir = opendir(absolute.isEmpty ? "/" : absolute) else { return [] }
            defer { closedir(dir) }
            let fd = dirfd(dir)
            var out: [Entry] = []
            while let entry = readdir(dir) {
                let name = withUnsafePointer(to: entry.pointee.d_name) { ptr in
                    ptr.withMemoryRebound(to: CChar.self, capacity: 256) { String(cString: $0) }
                }
                if name.hasPrefix(".") { continue }
                var st = stat()
                guard fstatat(fd, name, &st, 0) == 0 else { continue }
                if st.st_mode & S_IFMT == S_IFDIR {
                    var own = stat()
                    if fstatat(fd, name, &own, AT_SYMLINK_NOFOLLOW) == 0, own.st_mode & S_IFMT == S_IFLNK { continue }
                    out.append(Entry(name: name, key: name + "/", isFolder: true, size: 0, modified: 0))
                } else {
                    out.append(Entry(name: name, key: name, isFolder: false, size: Int64(st.st_size),
                                     modified: FileStamp.modified(st)))
                }
            }
            out.sort { $0.key < $1.key }
            return out
        }

        func walk(into out: inout [Found]) {
            for entry in entries() {
                if entry.isFolder { child(entry).walk(into: &out) } else { out.append(found(entry)) }
            }
        }
    }
}
