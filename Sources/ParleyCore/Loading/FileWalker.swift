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
                out.append(Found(path: path, stamp: stamp(absolute, st)))
                continue
            }
            var found: [Found] = []
            var base = path
            while base.count > 1 && base.hasSuffix("/") { base.removeLast() }
            // The top folder's own files here, its subfolders on every core (the sort below
            // puts everything in order whatever order the walks finish in).
            var folders: [(display: String, absolute: String)] = []
            walk(display: base, absolute: absolute == "/" ? "" : absolute, into: &found, folders: &folders)
            let list = folders
            let nested = try ParallelWork.map(list.count) { i -> [Found] in
                var inner: [Found] = []
                var none: [(display: String, absolute: String)]? = nil
                walk(display: list[i].display, absolute: list[i].absolute, into: &inner, folders: &none)
                return inner
            }
            for part in nested { found += part }
            found.sort { $0.path < $1.path }
            out += found
        }
        return out
    }

    private static func walk(display: String, absolute: String, into out: inout [Found],
                             folders: inout [(display: String, absolute: String)]) {
        var optional: [(display: String, absolute: String)]? = []
        walk(display: display, absolute: absolute, into: &out, folders: &optional)
        folders = optional ?? []
    }

    /// Walks a folder; its subfolders are walked here, or listed in `folders` when given.
    private static func walk(display: String, absolute: String, into out: inout [Found],
                             folders: inout [(display: String, absolute: String)]?) {
        guard let dir = opendir(absolute.isEmpty ? "/" : absolute) else { return }
        defer { closedir(dir) }
        let fd = dirfd(dir)
        while let entry = readdir(dir) {
            let name = withUnsafePointer(to: entry.pointee.d_name) { ptr in
                ptr.withMemoryRebound(to: CChar.self, capacity: 256) { String(cString: $0) }
            }
            if name.hasPrefix(".") { continue }
            var st = stat()
            guard fstatat(fd, name, &st, 0) == 0 else { continue }
            let shown = display + "/" + name
            let full = absolute + "/" + name
            switch st.st_mode & S_IFMT {
            case S_IFDIR:
                // Like FileManager's enumerator: descend into real folders, not links to them.
                var own = stat()
                if fstatat(fd, name, &own, AT_SYMLINK_NOFOLLOW) == 0, own.st_mode & S_IFMT == S_IFLNK { continue }
                if folders != nil {
                    folders!.append((shown, full))
                } else {
                    var none: [(display: String, absolute: String)]? = nil
                    walk(display: shown, absolute: full, into: &out, folders: &none)
                }
            default:
                out.append(Found(path: shown, stamp: stamp(full, st)))
            }
        }
    }

    private static func stamp(_ absolute: String, _ st: stat) -> FileStamp {
        FileStamp(path: absolute, size: Int64(st.st_size),
                  modified: Int64(st.st_mtim.tv_sec) * 1_000_000_000 + Int64(st.st_mtim.tv_nsec))
    }
}
