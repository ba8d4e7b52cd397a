import Foundation
import GRDB
import GRDBSQLite

/// What a warm start must do before trusting the cache: the files to read again (new or
/// changed, as indices into the stamps, ascending), the cached files that are gone (their
/// ids), and the warnings recorded for every file that is still current.
struct Freshness {
    var todo: [Int]
    var removed: [Int64]
    /// Warnings of the unchanged files, by index into the stamps.
    var warnings: [Int: [LoadWarning]]
}

extension CorpusCache {
    /// Compares the files found now with the cache's stamps in one ordered pass over the
    /// `file` table (a merge of two lists sorted by path bytes), without a dictionary of
    /// paths and without a query per file.
    func freshness(stamps: [FileStamp]) throws -> Freshness {
        var order = Array(stamps.indices)
        let sorted = zip(order, order.dropFirst()).allSatisfy {
            Self.compare(stamps[$0.0].path, stamps[$0.1].path) <= 0
        }
        if !sorted { order.sort { Self.compare(stamps[$0].path, stamps[$1].path) < 0 } }
        return try queue.read { db in
            var out = Freshness(todo: [], removed: [], warnings: [:])
            // SQLite's BINARY collation orders by bytes, as `compare` does.
            let statement = try db.makeStatement(sql: "SELECT id, path, size, modified, changed, warnings FROM file ORDER BY path")
            let stmt = statement.sqliteStatement
            defer { sqlite3_reset(stmt) }
            var hasRow = sqlite3_step(stmt) == SQLITE_ROW
            var rowMatched = false
            func advance() {
                if !rowMatched { out.removed.append(sqlite3_column_int64(stmt, 0)) }
                rowMatched = false
                hasRow = sqlite3_step(stmt) == SQLITE_ROW
            }
            for i in order {
                let stamp = stamps[i]
                var c: Int32 = -1
                while hasRow {
                    let n = Int(sqlite3_column_bytes(stmt, 1))
                    let p = sqlite3_column_text(stmt, 1)
                    c = Self.compare(stamp.path, p, n)
                    if c > 0 { advance() } else { break }
                }
                guard hasRow, c == 0 else { out.todo.append(i); continue }
                rowMatched = true
                if !stamp.matches(size: sqlite3_column_int64(stmt, 2), modified: sqlite3_column_int64(stmt, 3),
                                  changed: sqlite3_column_int64(stmt, 4)) {
                    out.todo.append(i)
                    continue
                }
                let blobSize = Int(sqlite3_column_bytes(stmt, 5))
                if blobSize > 1, let blob = sqlite3_column_blob(stmt, 5) {
                    let messages = try {
                        var r = BinaryReader(UnsafeRawBufferPointer(start: blob, count: blobSize))
                        return try r.strings()
                    }()
                    if !messages.isEmpty {
                        let path = Self.string(stmt, 1) ?? stamp.path
                        out.warnings[i] = messages.map { LoadWarning(path: path, message: $0) }
                    }
                }
            }
            while hasRow { advance() }
            if !sorted { out.todo.sort() }
            return out
        }
    }

    /// Orders two paths by their UTF-8 bytes.
    static func compare(_ a: String, _ b: String) -> Int32 {
        var b = b
        return b.withUTF8 { compare(a, $0.baseAddress, $0.count) }
    }

    /// Orders a path against `n` bytes at `p` (as SQLite's BINARY collation does).
    static func compare(_ a: String, _ p: UnsafePointer<UInt8>?, _ n: Int) -> Int32 {
        var a = a
        return a.withUTF8 { buf in
            let m = min(buf.count, n)
            if m > 0, let base = buf.baseAddress, let p {
                let c = memcmp(base, p, m)
                if c != 0 { return c < 0 ? -1 : 1 }
            }
            return buf.count < n ? -1 : (buf.count > n ? 1 : 0)
        }
    }
}
