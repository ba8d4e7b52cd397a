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
        /// Bytes of a name that are not UTF-8 are written `\xE9` here and in the stamp.
        public var path: String
        public var stamp: FileStamp
        /// Why the entry cannot be read as an article (a broken symbolic link, a FIFO or
        /// device, a folder that cannot be listed), for its one warning; nil for a file.
        /// An entry that could not be examined has a size below zero in its stamp, so that
        /// it is looked at again every time (a link's target may have appeared since).
        public var problem: String?
        /// The path's real bytes, when a name in it is not valid UTF-8 (nil otherwise: the
        /// loader opens `path`).
        public var rawPath: [UInt8]?

        public init(path: String, stamp: FileStamp, problem: String? = nil, rawPath: [UInt8]? = nil) {
            self.path = path
            self.stamp = stamp
            self.problem = problem
            self.rawPath = rawPath
        }
    }

    public static func files(in paths: [String]) throws -> [Found] {
        var out: [Found] = []
        for path in paths {
            let absolute = FileStamp.absolutePath(path)
            var st = stat()
            guard stat(absolute, &st) == 0 else { throw LoadError.noSuchPath(path) }
            if st.st_mode & S_IFMT != S_IFDIR {
                out.append(Found(path: path, stamp: FileStamp(path: absolute, status: st),
                                 problem: Self.problem(mode: st.st_mode)))
                continue
            }
            var base = path
            while base.count > 1 && base.hasSuffix("/") { base.removeLast() }
            let top = Folder(display: base, absolute: absolute == "/" ? "" : absolute, raw: nil)
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

    /// Why a file of this type is not read (nil for a regular file).
    static func problem(mode: mode_t) -> String? {
        switch mode & S_IFMT {
        case S_IFREG: nil
        case S_IFIFO: "a named pipe, not a file; skipped"
        case S_IFCHR, S_IFBLK: "a device, not a file; skipped"
        case S_IFSOCK: "a socket, not a file; skipped"
        default: "not a regular file, skipped"
        }
    }

    /// A file name's bytes as a String, and whether they were UTF-8: the name itself, or
    /// with each byte that is not written `\xE9`.
    static func name(_ bytes: UnsafeBufferPointer<UInt8>) -> (name: String, valid: Bool) {
        if let s = String(validating: bytes, as: UTF8.self) { return (s, true) }
        var out = ""
        var rest = bytes[...]
        while !rest.isEmpty {
            // The longest valid prefix, then one byte written out.
            var end = rest.endIndex
            while end > rest.startIndex, String(validating: rest[rest.startIndex..<end], as: UTF8.self) == nil {
                end -= 1
            }
            out += String(decoding: rest[rest.startIndex..<end], as: UTF8.self)
            if end < rest.endIndex {
                out += "\\x" + String(rest[end], radix: 16, uppercase: true).leftPadded(to: 2)
                rest = rest[(end + 1)...]
            } else {
                rest = rest[end...]
            }
        }
        return (out, false)
    }

    /// One entry of a folder: its name, what sorts it among its neighbours (a folder's
    /// name with "/" after it, as its files' paths continue), and its status.
    private struct Entry {
        var name: String
        var key: String
        var isFolder: Bool
        var size: Int64
        var modified: Int64
        var changed: Int64
        /// The name's bytes, when they are not UTF-8 (`name` then shows them escaped).
        var raw: [UInt8]?
        var problem: String?
    }

    /// A folder as the loader names it (`display`) and as the cache does (`absolute`), and
    /// its real bytes when a name on the way is not UTF-8.
    private struct Folder {
        var display: String
        var absolute: String
        var raw: [UInt8]?

        /// The path to open: the real bytes when they differ from `display`.
        private func rawChild(_ entry: Entry) -> [UInt8]? {
            guard raw != nil || entry.raw != nil else { return nil }
            return (raw ?? Array(display.utf8)) + [UInt8(ascii: "/")] + (entry.raw ?? Array(entry.name.utf8))
        }

        func child(_ entry: Entry) -> Folder {
            let shown = display + "/" + entry.name
            return Folder(display: shown, absolute: display == absolute ? shown : absolute + "/" + entry.name,
                          raw: rawChild(entry))
        }

        func found(_ entry: Entry) -> Found {
            if entry.name.isEmpty {   // the folder itself, which cannot be read
                return Found(path: display, stamp: FileStamp(path: absolute, size: -1, modified: 0),
                             problem: entry.problem, rawPath: raw)
            }
            let shown = display + "/" + entry.name
            let full = display == absolute ? shown : absolute + "/" + entry.name
            return Found(path: shown,
                         stamp: FileStamp(path: full, size: entry.size, modified: entry.modified, changed: entry.changed),
                         problem: entry.problem, rawPath: rawChild(entry))
        }

        /// Its visible entries, sorted; folders reached through symbolic links are left out
        /// (like FileManager's enumerator). An entry that cannot be examined (a broken or
        /// looping link) is listed with its problem, and so is a folder that cannot be read.
        func entries() -> [Entry] {
            let opened: OpaquePointer?
            if let raw {
                opened = (raw + [0]).withUnsafeBufferPointer {
                    opendir(UnsafeRawPointer($0.baseAddress!).assumingMemoryBound(to: CChar.self))
                }
            } else {
                opened = opendir(absolute.isEmpty ? "/" : absolute)
            }
            guard let dir = opened else {
                // Listed as the folder itself (an entry without a name), with the reason.
                let reason = String(cString: strerror(errno))
                return [Entry(name: "", key: "", isFolder: false, size: -1, modified: 0, changed: 0, raw: nil,
                              problem: "folder cannot be read (\(reason)), skipped")]
            }
            defer { closedir(dir) }
            let fd = dirfd(dir)
            var out: [Entry] = []
            while let entry = readdir(dir) {
                let (name, valid, isHidden, raw) = withUnsafePointer(to: entry.pointee.d_name) { ptr in
                    ptr.withMemoryRebound(to: UInt8.self, capacity: 256) { p -> (String, Bool, Bool, [UInt8]) in
                        let bytes = UnsafeBufferPointer(start: p, count: strlen(UnsafeRawPointer(p).assumingMemoryBound(to: CChar.self)))
                        let (name, valid) = FileWalker.name(bytes)
                        return (name, valid, bytes.first == UInt8(ascii: "."), valid ? [] : Array(bytes))
                    }
                }
                if isHidden { continue }
                var st = stat()
                let examined = withUnsafePointer(to: entry.pointee.d_name) { ptr in
                    ptr.withMemoryRebound(to: CChar.self, capacity: 256) { fstatat(fd, $0, &st, 0) == 0 }
                }
                guard examined else {
                    let problem = switch errno {
                    case ENOENT: "a broken symbolic link, skipped"
                    case ELOOP: "a symbolic link that loops, skipped"
                    default: "cannot be examined (\(String(cString: strerror(errno)))), skipped"
                    }
                    out.append(Entry(name: name, key: name, isFolder: false, size: -1, modified: 0, changed: 0,
                                     raw: valid ? nil : raw, problem: problem))
                    continue
                }
                if st.st_mode & S_IFMT == S_IFDIR {
                    var own = stat()
                    let isLink = withUnsafePointer(to: entry.pointee.d_name) { ptr in
                        ptr.withMemoryRebound(to: CChar.self, capacity: 256) {
                            fstatat(fd, $0, &own, AT_SYMLINK_NOFOLLOW) == 0 && own.st_mode & S_IFMT == S_IFLNK
                        }
                    }
                    if isLink { continue }
                    out.append(Entry(name: name, key: name + "/", isFolder: true, size: 0, modified: 0, changed: 0,
                                     raw: valid ? nil : raw))
                } else {
                    // A pipe, device or socket keeps its stamp: its warning comes from the cache.
                    let problem = FileWalker.problem(mode: st.st_mode)
                    out.append(Entry(name: name, key: name, isFolder: false, size: Int64(st.st_size),
                                     modified: FileStamp.modified(st), changed: FileStamp.changed(st),
                                     raw: valid ? nil : raw, problem: problem))
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

extension String {
    /// The string with zeros in front up to `width` characters.
    func leftPadded(to width: Int) -> String {
        count >= width ? self : String(repeating: "0", count: width - count) + self
    }
}
