import Foundation
import GRDB
import GRDBSQLite

/// What one file gave when it was read and analysed: the cache's unit.
public struct FileResult: Sendable {
    public var articles: [Article]
    public var analyses: [ArticleAnalysis]
    public var warnings: [LoadWarning]
    /// What the search filters need of each article (kept only for the cache).
    var facets: [ArticleFacets]
    /// Each article with its analysis in the cache's binary form, when made beforehand
    /// (on the worker that analysed it, not on the thread writing the cache).
    var records: [[UInt8]] = []

    public init(articles: [Article], analyses: [ArticleAnalysis], warnings: [LoadWarning]) {
        self.articles = articles
        self.analyses = analyses
        self.warnings = warnings
        self.facets = []
    }

    /// The result with every article and warning naming the file `path` (as given this
    /// time: the cache knows files by absolute path, and a run may spell them otherwise).
    func respelled(_ path: String) -> FileResult {
        var r = self
        for k in r.articles.indices where r.articles[k].path != path { r.articles[k].path = path }
        r.warnings = r.warnings.map { LoadWarning(path: path, message: $0.message) }
        return r
    }
}

/// The persistent cache of one corpus in SQLite: per file (keyed by absolute path, size,
/// modification and status change time) its articles, analyses and warnings, plus a full-text index
/// and the filter facts, so that a warm start reads only what changed and `parley search`
/// can answer without reading the articles.
///
/// The whole database is tied to the knowledge base's version, the analyser's code
/// version and the cache's own schema version; when any changes it is emptied. A file
/// that is not a parley cache, or is damaged, is replaced with a warning; so is one found
/// damaged later, by a record that does not decode or by SQLite (`isDamage`).
final class CorpusCache {
    static let schemaVersion = "5"
    static let format = "parley-cache"

    let path: String
    let queue: DatabaseQueue

    /// A cached file's row: its id and stamp.
    struct Known {
        var id: Int64
        var size: Int64
        var modified: Int64
        var changed: Int64
    }

    private init(path: String, queue: DatabaseQueue) {
        self.path = path
        self.queue = queue
    }

    /// The key the data must have been built with.
    static func expectedMeta(knowledge: KnowledgeBase) -> [String: String] {
        ["format": format, "schema": schemaVersion, "knowledge": knowledge.version,
         "analyzer": Analyzer.codeVersion, "cleaning": CleaningRules.standardVersion,
         "program": ProgramStamp.current]
    }

    /// Opens (or creates) the cache of the corpus at `paths`. A damaged or foreign file is
    /// deleted and rebuilt, with a warning; a cache built with other versions is emptied.
    static func open(directory: String, paths: [String], knowledge: KnowledgeBase) throws
        -> (CorpusCache, [LoadWarning]) {
        try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
        let path = CacheLocation.databasePath(for: paths, in: directory)
        let expected = expectedMeta(knowledge: knowledge)
        var warnings: [LoadWarning] = []
        if FileManager.default.fileExists(atPath: path) {
            do {
                let queue = try connect(path)
                let meta = try queue.read { db in
                    try Dictionary(uniqueKeysWithValues: Row.fetchAll(db, sql: "SELECT key, value FROM meta")
                        .map { (($0[0] as String?) ?? "", ($0[1] as String?) ?? "") })
                }
                guard meta["format"] == format else { throw CacheDamaged() }
                // Besides the versions, meta holds notes such as the verified signature.
                if expected.allSatisfy({ meta[$0.key] == $0.value }) { return (CorpusCache(path: path, queue: queue), []) }
                try queue.close()
                // Built by another version of parley or its data: start again, quietly.
            } catch {
                warnings.append(LoadWarning(path: path,
                                            message: "the cache file is damaged or not parley's; rebuilding it"))
            }
            try remove(path)
        }
        return (try create(path, knowledge: knowledge), warnings)
    }

    /// A new, empty cache at `path` (where no file is).
    private static func create(_ path: String, knowledge: KnowledgeBase) throws -> CorpusCache {
        let queue = try connect(path)
        try queue.write { db in
            try db.execute(sql: schema)
            for (key, value) in expectedMeta(knowledge: knowledge) {
                try db.execute(sql: "INSERT INTO meta(key, value) VALUES (?, ?)", arguments: [key, value])
            }
        }
        return CorpusCache(path: path, queue: queue)
    }

    /// This cache found damaged: closed, deleted, and made again empty at the same place.
    func rebuilt(knowledge: KnowledgeBase) throws -> CorpusCache {
        try? queue.close()
        try Self.remove(path)
        return try Self.create(path, knowledge: knowledge)
    }

    /// This cache found damaged where it cannot be rebuilt at once: closed and deleted
    /// (the next run starts a new one).
    func discard() {
        try? queue.close()
        try? Self.remove(path)
    }

    struct CacheDamaged: Error {}

    /// Whether an error says the cache file itself is damaged (rather than, say, out of
    /// disk space or locked by another process): a record that does not decode, rows that
    /// do not add up, or SQLite finding a malformed page, a file that is no database, or
    /// tables that are not there.
    static func isDamage(_ error: any Error) -> Bool {
        switch error {
        case is CacheDamaged, is BinaryReader.Malformed, is DecodingError:
            return true
        case let db as DatabaseError:
            switch db.resultCode.primaryResultCode {
            case .SQLITE_CORRUPT, .SQLITE_NOTADB, .SQLITE_FORMAT, .SQLITE_MISMATCH:
                return true
            case .SQLITE_ERROR:
                let message = db.message ?? ""
                return message.contains("no such table") || message.contains("no such column")
                    || message.contains("malformed")
            default:
                return false
            }
        default:
            return false
        }
    }

    private static func connect(_ path: String) throws -> DatabaseQueue {
        var config = Configuration()
        config.prepareDatabase { db in
            try db.execute(sql: "PRAGMA journal_mode = WAL; PRAGMA synchronous = NORMAL; PRAGMA cache_size = -65536; PRAGMA mmap_size = 4294967296")
        }
        return try DatabaseQueue(path: path, configuration: config)
    }

    /// Deletes a cache database with its journal files.
    static func remove(_ path: String) throws {
        for suffix in ["", "-wal", "-shm", "-journal"] {
            let p = path + suffix
            if FileManager.default.fileExists(atPath: p) { try FileManager.default.removeItem(atPath: p) }
        }
    }

    static let schema = """
        CREATE TABLE meta(key TEXT PRIMARY KEY, value TEXT NOT NULL);
        CREATE TABLE file(
            id INTEGER PRIMARY KEY, path TEXT NOT NULL UNIQUE,
            size INTEGER NOT NULL, modified INTEGER NOT NULL, changed INTEGER NOT NULL,
            warnings BLOB NOT NULL);
        CREATE TABLE article(
            rowid INTEGER PRIMARY KEY, file INTEGER NOT NULL, ordinal INTEGER NOT NULL,
            id TEXT NOT NULL, title TEXT, outlet TEXT NOT NULL, published TEXT,
            parties INTEGER NOT NULL, issues INTEGER NOT NULL,
            record BLOB NOT NULL, text TEXT NOT NULL);
        CREATE INDEX article_file ON article(file, ordinal);
        CREATE TABLE article_actor(actor TEXT NOT NULL, article INTEGER NOT NULL,
            PRIMARY KEY(actor, article)) WITHOUT ROWID;
        CREATE INDEX article_actor_article ON article_actor(article);
        CREATE TABLE discovered(key TEXT NOT NULL, actor TEXT NOT NULL, article INTEGER NOT NULL);
        CREATE INDEX discovered_key ON discovered(key);
        CREATE INDEX discovered_article ON discovered(article);
        CREATE VIRTUAL TABLE article_fts USING fts5(title, text, content='article', content_rowid='rowid',
            tokenize='unicode61 remove_diacritics 2');
        CREATE TRIGGER article_removed AFTER DELETE ON article BEGIN
            INSERT INTO article_fts(article_fts, rowid, title, text)
                VALUES ('delete', old.rowid, coalesce(old.title, ''), old.text);
            DELETE FROM article_actor WHERE article = old.rowid;
            DELETE FROM discovered WHERE article = old.rowid;
        END;
        """

    // MARK: reading

    /// Every cached file by absolute path.
    func knownFiles() throws -> [String: Known] {
        try queue.read { db in
            let count = try Int.fetchOne(db, sql: "SELECT count(*) FROM file") ?? 0
            var out: [String: Known] = Dictionary(minimumCapacity: count)
            let statement = try db.makeStatement(sql: "SELECT id, path, size, modified, changed FROM file")
            let stmt = statement.sqliteStatement
            defer { sqlite3_reset(stmt) }
            while sqlite3_step(stmt) == SQLITE_ROW {
                out[Self.string(stmt, 1) ?? ""] = Known(id: sqlite3_column_int64(stmt, 0),
                                                       size: sqlite3_column_int64(stmt, 2),
                                                       modified: sqlite3_column_int64(stmt, 3),
                                                       changed: sqlite3_column_int64(stmt, 4))
            }
            return out
        }
    }

    /// Which files must be read again (new or changed: indices into `stamps`) and which
    /// cached files are gone (their ids).
    static func changes(stamps: [FileStamp], known: [String: Known]) -> (todo: [Int], removed: [Int64]) {
        var todo: [Int] = []
        var matched = Set<Int64>(minimumCapacity: known.count)
        for (i, stamp) in stamps.enumerated() {
            guard let k = known[stamp.path] else { todo.append(i); continue }
            matched.insert(k.id)
            if !stamp.matches(size: k.size, modified: k.modified, changed: k.changed) { todo.append(i) }
        }
        guard matched.count < known.count else { return (todo, []) }
        let current = Set(stamps.map(\.path))
        var removed: [Int64] = []
        for (path, k) in known where !current.contains(path) { removed.append(k.id) }
        return (todo, removed)
    }

    /// The cached results of the files `ids`, decoded on every core, a batch at a time (so
    /// that only one batch of raw rows is held next to the decoded articles).
    /// Articles decoded together, handed to `results(of:batch:)`'s callback as they come.
    struct Batch {
        var articles: [Article]
        var analyses: [ArticleAnalysis]
        /// Files whose last article is in this batch.
        var files: Int
    }

    /// The cached results of the files `ids`, decoded in batches on every core; `batch`
    /// (if given) sees each batch as soon as it is decoded, the first one small so that a
    /// browser can draw early.
    func results(of ids: [Int64], batch report: ((Batch) -> Void)? = nil) throws -> [Int64: FileResult] {
        struct Raw: Sendable {
            var file: Int64
            var record: Data
            var text: Data
        }
        let wanted = Set(ids)
        var warnings: [Int64: [LoadWarning]] = [:]
        var out: [Int64: FileResult] = [:]
        var lastFile: Int64?
        func decode(_ rows: [Raw]) throws {
            let decoded = try ParallelWork.map(rows.count) { i -> (Article, ArticleAnalysis) in
                let bytes = rows[i].text
                let text = String(unsafeUninitializedCapacity: bytes.count) { buffer in
                    bytes.copyBytes(to: buffer)
                }
                return try rows[i].record.withUnsafeBytes { try RecordCodec.decode($0, text: text) }
            }
            for (raw, (article, analysis)) in zip(rows, decoded) {
                out[raw.file]?.articles.append(article)
                out[raw.file]?.analyses.append(analysis)
            }
            if let report, !rows.isEmpty {
                // Rows come ordered by file: count the files not seen in an earlier batch.
                var files = rows[0].file == lastFile ? 0 : 1
                for k in rows.indices.dropFirst() where rows[k].file != rows[k - 1].file { files += 1 }
                lastFile = rows[rows.count - 1].file
                report(Batch(articles: decoded.map(\.0), analyses: decoded.map(\.1), files: files))
            }
        }
        try queue.read { db in
            let files = try Row.fetchCursor(db, sql: "SELECT id, path, warnings FROM file")
            while let row = try files.next() {
                let id: Int64 = row[0]
                guard wanted.contains(id) else { continue }
                let path: String = row[1]
                let blob: Data = row[2]
                let messages = try blob.withUnsafeBytes { buf -> [String] in
                    var r = BinaryReader(buf)
                    return try r.strings()
                }
                warnings[id] = messages.map { LoadWarning(path: path, message: $0) }
                out[id] = FileResult(articles: [], analyses: [], warnings: warnings[id] ?? [])
            }
            // Straight from SQLite's row buffers: this loop moves every article's text.
            let statement = try db.makeStatement(sql: "SELECT file, record, text FROM article ORDER BY file, ordinal")
            let stmt = statement.sqliteStatement
            defer { sqlite3_reset(stmt) }
            var batch: [Raw] = []
            batch.reserveCapacity(2048)
            var firstBatch = report != nil
            while true {
                let rc = sqlite3_step(stmt)
                if rc == SQLITE_DONE { break }
                guard rc == SQLITE_ROW else { throw DatabaseError(resultCode: ResultCode(rawValue: rc)) }
                let file = sqlite3_column_int64(stmt, 0)
                guard wanted.contains(file) else { continue }
                batch.append(Raw(file: file, record: Self.bytes(stmt, 1), text: Self.bytes(stmt, 2)))
                // The first batch is small: a browser draws its first screen from it.
                if batch.count == (firstBatch ? 256 : 2048) {
                    firstBatch = false
                    try decode(batch)
                    batch.removeAll(keepingCapacity: true)
                }
            }
            try decode(batch)
        }
        guard out.count == wanted.count, warnings.count == wanted.count else { throw CacheDamaged() }
        return out
    }

    /// A column's bytes (a blob, or text as UTF-8).
    private static func bytes(_ stmt: SQLiteStatement, _ column: Int32) -> Data {
        let n = Int(sqlite3_column_bytes(stmt, column))
        guard n > 0, let p = sqlite3_column_blob(stmt, column) else { return Data() }
        return Data(bytes: p, count: n)
    }

    // MARK: writing

    /// Stores the given files' results (replacing what was cached for those paths) and
    /// forgets the files `removed`, in one transaction.
    func update(_ entries: [(FileStamp, FileResult)], removing removed: [Int64]) throws {
        try queue.write { db in
            let insertion = try Insertion(db, replacing: entries.map(\.0.path), removing: removed)
            for (stamp, result) in entries { try insertion.insert(stamp, result) }
            try insertion.finish()
        }
    }

    /// One update inside a write transaction: first the files being replaced or removed
    /// go, then new files are inserted one by one, then `finish` indexes their text.
    struct Insertion {
        let db: Database
        /// Every article row from here on is new (rows are numbered after the highest).
        let firstNew: Int64
        let insertFile: Statement
        let insertArticle: Statement
        let insertActor: Statement
        let insertDiscovered: Statement

        init(_ db: Database, replacing paths: [String], removing removed: [Int64]) throws {
            self.db = db
            try db.execute(sql: "DELETE FROM meta WHERE key IN (?, ?)", arguments: [verifiedKey, verifiedWarningsKey])
            try countUpdate(db)
            let deleteArticles = try db.cachedStatement(sql: "DELETE FROM article WHERE file = ?")
            let deleteFile = try db.cachedStatement(sql: "DELETE FROM file WHERE id = ?")
            let findFile = try db.cachedStatement(sql: "SELECT id FROM file WHERE path = ?")
            var stale = removed
            for path in paths {
                if let old = try Int64.fetchOne(findFile, arguments: [path]) { stale.append(old) }
            }
            for id in stale {
                try deleteArticles.execute(arguments: [id])
                try deleteFile.execute(arguments: [id])
            }
            // New articles go into the full-text index in one statement at the end, several
            // times faster than one at a time; every row from `firstNew` on is new.
            firstNew = (try Int64.fetchOne(db, sql: "SELECT max(rowid) FROM article") ?? 0) + 1
            insertFile = try db.cachedStatement(
                sql: "INSERT INTO file(path, size, modified, changed, warnings) VALUES (?, ?, ?, ?, ?)")
            insertArticle = try db.makeStatement(sql: """
                INSERT INTO article(file, ordinal, id, title, outlet, published, parties, issues, record, text)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                """)
            insertActor = try db.cachedStatement(
                sql: "INSERT OR IGNORE INTO article_actor(actor, article) VALUES (?, ?)")
            insertDiscovered = try db.cachedStatement(
                sql: "INSERT INTO discovered(key, actor, article) VALUES (?, ?, ?)")
        }

        func insert(_ stamp: FileStamp, _ result: FileResult) throws {
            var w = BinaryWriter()
            w.strings(result.warnings.map(\.message))
            try insertFile.execute(arguments: [stamp.path, stamp.size, stamp.modified, stamp.changed, Data(w.bytes)])
            let fileID = db.lastInsertedRowID
            for (ordinal, article) in result.articles.enumerated() {
                let analysis = result.analyses[ordinal]
                let facets = ordinal < result.facets.count ? result.facets[ordinal] : ArticleFacets()
                var parties = 0, issues = 0
                for p in facets.parties { parties |= Int(SearchIndexStore.bit(p)) }
                for i in facets.issues { issues |= Int(SearchIndexStore.bit(i)) }
                let record = ordinal < result.records.count ? result.records[ordinal]
                    : try RecordCodec.encode(article, analysis)
                // Bound by hand, every text with its length: GRDB binds a String as a C
                // string, which would cut an article at a NUL character in its text.
                let stmt = insertArticle.sqliteStatement
                sqlite3_reset(stmt)
                sqlite3_bind_int64(stmt, 1, fileID)
                sqlite3_bind_int64(stmt, 2, Int64(ordinal))
                Self.bind(stmt, 3, article.id)
                Self.bind(stmt, 4, article.title)
                Self.bind(stmt, 5, TextFolding.key(article.outlet ?? ""))
                Self.bind(stmt, 6, article.published)
                sqlite3_bind_int64(stmt, 7, Int64(parties))
                sqlite3_bind_int64(stmt, 8, Int64(issues))
                record.withUnsafeBytes { buf in
                    _ = sqlite3_bind_blob64(stmt, 9, buf.baseAddress, UInt64(buf.count), Self.transient)
                }
                Self.bind(stmt, 10, article.text)
                let rc = sqlite3_step(stmt)
                sqlite3_reset(stmt)
                guard rc == SQLITE_DONE else {
                    throw DatabaseError(resultCode: ResultCode(rawValue: rc),
                                        message: String(cString: sqlite3_errmsg(db.sqliteConnection)))
                }
                let rowID = db.lastInsertedRowID
                for actor in facets.actors { try insertActor.execute(arguments: [actor, rowID]) }
                for actor in analysis.discoveredActors {
                    var keys = Set([actor.id, actor.name] + actor.aliases).map(TextFolding.key)
                    keys.removeAll { $0.isEmpty }
                    for key in Set(keys) { try insertDiscovered.execute(arguments: [key, actor.id, rowID]) }
                }
            }
        }

        /// SQLite copies what is bound at once.
        static let transient = unsafeBitCast(OpaquePointer(bitPattern: -1), to: sqlite3_destructor_type.self)
        /// Binds a text (NULL for nil) with its length in bytes, NUL characters and all.
        static func bind(_ stmt: SQLiteStatement, _ index: Int32, _ text: String?) {
            guard var text else { sqlite3_bind_null(stmt, index); return }
            text.withUTF8 { buf in
                if let base = buf.baseAddress, buf.count > 0 {
                    let p = UnsafeRawPointer(base).assumingMemoryBound(to: CChar.self)
                    _ = sqlite3_bind_text64(stmt, index, p, UInt64(buf.count), transient, UInt8(SQLITE_UTF8))
                } else {
                    _ = sqlite3_bind_text64(stmt, index, "", 0, transient, UInt8(SQLITE_UTF8))   // empty, not NULL
                }
            }
        }

        /// Indexes the new articles' headlines and texts.
        func finish() throws {
            try db.execute(sql: """
                INSERT INTO article_fts(rowid, title, text)
                SELECT rowid, coalesce(title, ''), text FROM article WHERE rowid >= ?
                """, arguments: [firstNew])
        }
    }
}
