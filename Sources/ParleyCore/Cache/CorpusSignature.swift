import Foundation
import GRDB

/// A digest of a corpus's files as one walk found them: every path, size, modification
/// and status change time, in order. The cache records the signature of the files it last checked in full;
/// when a later walk gives the same signature, nothing was added, removed or changed
/// since, and the file-by-file comparison with the cache is skipped. The files are still
/// examined (the walk), so a change is never missed.
enum CorpusSignature {
    static func of(_ stamps: [FileStamp]) -> String {
        // Two 64-bit FNV-1a streams with different offsets, over the bytes of each path
        // and its two numbers: 128 bits, so that two different corpora never collide in
        // practice.
        var a: UInt64 = 0xcbf2_9ce4_8422_2325
        var b: UInt64 = 0x6c62_272e_07bb_0142
        let prime: UInt64 = 0x0000_0100_0000_01b3
        @inline(__always) func mix(_ byte: UInt8) {
            a = (a ^ UInt64(byte)) &* prime
            b = (b ^ UInt64(byte ^ 0x5a)) &* prime &+ 0x9e37_79b9_7f4a_7c15
        }
        @inline(__always) func mix(_ n: Int64) {
            var v = UInt64(bitPattern: n)
            for _ in 0..<8 { mix(UInt8(truncatingIfNeeded: v)); v >>= 8 }
        }
        for stamp in stamps {
            var path = stamp.path
            path.withUTF8 { for byte in $0 { mix(byte) } }
            mix(UInt8(0))
            mix(stamp.size)
            mix(stamp.modified)
            mix(stamp.changed)
        }
        mix(Int64(stamps.count))
        return String(a, radix: 16) + "-" + String(b, radix: 16)
    }
}

extension CorpusCache {
    static let verifiedKey = "verified"
    static let verifiedWarningsKey = "verified-warnings"

    /// The signature of the files the cache was last brought fully up to date with, and
    /// the warnings those files gave (in the files' order), if nothing has changed the
    /// cache since.
    func verified() throws -> (signature: String, warnings: [LoadWarning])? {
        try queue.read { db in
            guard let signature = try String.fetchOne(db, sql: "SELECT value FROM meta WHERE key = ?",
                                                      arguments: [Self.verifiedKey]),
                  let stored = try String.fetchOne(db, sql: "SELECT value FROM meta WHERE key = ?",
                                                   arguments: [Self.verifiedWarningsKey]),
                  let pairs = try? JSONSerialization.jsonObject(with: Data(stored.utf8)) as? [[String]]
            else { return nil }
            return (signature, pairs.compactMap { $0.count == 2 ? LoadWarning(path: $0[0], message: $0[1]) : nil })
        }
    }

    func verifiedSignature() throws -> String? { try verified()?.signature }

    /// How many updates the cache has had: read before a check, so that a signature is
    /// recorded only if no other process changed the cache in between.
    func generation() throws -> Int64 {
        try queue.read { db in try Self.generation(db) }
    }

    static func generation(_ db: Database) throws -> Int64 {
        Int64(try String.fetchOne(db, sql: "SELECT value FROM meta WHERE key = 'generation'") ?? "0") ?? 0
    }

    /// Counts one more update (inside the update's transaction).
    static func countUpdate(_ db: Database) throws {
        try db.execute(sql: "INSERT OR REPLACE INTO meta(key, value) VALUES ('generation', ?)",
                       arguments: [String(try generation(db) + 1)])
    }

    /// Records that the cache now holds exactly the files of `signature` (after a full
    /// check, and any update it needed, succeeded), with their warnings, provided the
    /// cache is still at `generation` (nobody else updated it since the check). Any later
    /// update forgets it.
    func markVerified(_ signature: String, warnings: [LoadWarning], generation: Int64) throws {
        let pairs = warnings.map { [$0.path, $0.message] }
        let json = String(decoding: try JSONSerialization.data(withJSONObject: pairs), as: UTF8.self)
        try queue.write { db in
            guard try Self.generation(db) == generation else { return }
            try db.execute(sql: "INSERT OR REPLACE INTO meta(key, value) VALUES (?, ?), (?, ?)",
                           arguments: [Self.verifiedKey, signature, Self.verifiedWarningsKey, json])
        }
    }
}
