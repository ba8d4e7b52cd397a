import Foundation

/// Where parley keeps its cache: `$PARLEY_CACHE_DIR`, else `$XDG_CACHE_HOME/parley`, else
/// `~/.cache/parley`. Each set of corpus paths has its own database file there.
public enum CacheLocation {
    public static func directory(environment: [String: String] = ProcessInfo.processInfo.environment) -> String {
        if let dir = environment["PARLEY_CACHE_DIR"], !dir.isEmpty { return dir }
        if let xdg = environment["XDG_CACHE_HOME"], !xdg.isEmpty, xdg.hasPrefix("/") {
            return (xdg as NSString).appendingPathComponent("parley")
        }
        let home = environment["HOME"].flatMap { $0.isEmpty ? nil : $0 } ?? NSHomeDirectory()
        return (home as NSString).appendingPathComponent(".cache/parley")
    }

    /// The database file for a corpus given as `paths` (order and spelling do not matter).
    public static func databasePath(for paths: [String], in directory: String) -> String {
        let key = Set(paths.map(FileStamp.absolutePath)).sorted().joined(separator: "\n")
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for b in key.utf8 {
            hash ^= UInt64(b)
            hash = hash &* 0x100_0000_01b3
        }
        let hex = String(hash, radix: 16)
        let padded = String(repeating: "0", count: 16 - hex.count) + hex
        return (directory as NSString).appendingPathComponent("corpus-\(padded).sqlite")
    }
}
