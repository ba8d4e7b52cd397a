import Foundation
import GRDB
import GRDBSQLite

/// The answer to a search made on the cache: hits best first, each article's title,
/// and the warnings a load of the same corpus would give.
public struct IndexedSearchResult: Sendable {
    public var hits: [SearchHit]
    public var titles: [String: String]
    public var warnings: [LoadWarning]
    /// Files that had to be read and analysed first because they were new or changed.
    public var filesAnalysed: Int

    /// A small model holding just the hit articles' ids and titles (for the exporters).
    public var titleModel: ParleyModel {
        ParleyModel(articles: hits.map { Article(id: $0.article, path: "", title: titles[$0.article], text: "") },
                    analyses: [], knownActors: [])
    }
}

/// `parley search` on the cache's full-text index: brings the cache up to date (reading
/// only new and changed files, and merely examining the others) and answers the query
/// with SQLite's FTS5 (over headlines and texts) and the stored filter facts, without
/// building the model or reading the articles' files.
public enum IndexedSearch {
    /// The hits for `query` over the corpus at `paths`, or nil when the cache cannot be
    /// used (the caller then loads the corpus and searches it in memory).
    ///
    /// With `examineFiles` false the files are not examined at all: the answer comes from
    /// the index as it was last brought fully up to date (by any load or search), like
    /// `locate`. Without such a complete, unchanged index it examines them anyway.
    public static func search(_ query: SearchQuery, paths: [String], options: LoadOptions = LoadOptions(),
                              examineFiles: Bool = true,
                              progress: (@Sendable (LoadProgress) -> Void)? = nil) throws -> IndexedSearchResult? {
        var clock = PhaseClock()
        let knowledge = try options.knowledge ?? KnowledgeBase.standard()
        clock.mark("knowledge base")
        let directory = options.cacheDirectory ?? CacheLocation.directory()
        if !examineFiles, let answer = indexOnly(query, paths: paths, directory: directory, knowledge: knowledge) {
            clock.mark("query the index as last checked")
            return answer
        }
        let found = try FileWalker.files(in: paths)
        clock.mark("find files")
        do {
            return try searchExamining(query, paths: paths, found: found, directory: directory, knowledge: knowledge,
                                       progress: progress, clock: &clock)
        } catch let error as LoadError {
            throw error
        } catch where CorpusCache.isDamage(error) {
            // A damaged cache is deleted and built again from the files, once.
            try? CorpusCache.remove(CacheLocation.databasePath(for: paths, in: directory))
            do {
                var result = try searchExamining(query, paths: paths, found: found, directory: directory,
                                                 knowledge: knowledge, progress: progress, clock: &clock)
                result.warnings.insert(LoadWarning(path: CacheLocation.databasePath(for: paths, in: directory),
                                                   message: "the cache file is damaged; rebuilding it"), at: 0)
                return result
            } catch let error as LoadError {
                throw error
            } catch {
                return nil
            }
        } catch {
            return nil
        }
    }

    /// The search after the walk: brings the cache up to date with the files found and
    /// asks it. Throws what the cache throws.
    private static func searchExamining(_ query: SearchQuery, paths: [String], found: [FileWalker.Found],
                                        directory: String, knowledge: KnowledgeBase,
                                        progress: (@Sendable (LoadProgress) -> Void)?,
                                        clock: inout PhaseClock) throws -> IndexedSearchResult {
        let stamps = found.map(\.stamp)
        var warnings: [LoadWarning] = []
        let (cache, w) = try CorpusCache.open(directory: directory, paths: paths, knowledge: knowledge)
        warnings += w
        clock.mark("open cache")
        // Files exactly as when the cache was last checked in full: no comparison needed.
        let signature = CorpusSignature.of(stamps)
        var generation = try cache.generation()
        let verified = try? cache.verified()
        let unchanged = verified?.signature == signature
        let check = unchanged ? Freshness(todo: [], removed: [], warnings: [:]) : try cache.freshness(stamps: stamps)
        clock.mark(unchanged ? "signature unchanged" : "check stamps")
        let todo = check.todo, removed = check.removed
        var fresh: [FileResult] = []
        if !todo.isEmpty || !removed.isEmpty {
            let loader = CorpusLoader()
            let analyzer = Analyzer(knowledge: knowledge)
            let facets = FacetBuilder(knowledge: knowledge)
            let reporter = ProgressReporter(total: todo.count, progress: progress)
            fresh = try ParallelWork.map(todo.count) { k -> FileResult in
                let r = ModelLoader.analyse(file: found[todo[k]], loader: loader, analyzer: analyzer, facets: facets)
                reporter.finished()
                return r
            }
            try cache.update(todo.enumerated().map { (stamps[$0.element], fresh[$0.offset]) }, removing: removed)
            generation += 1
        }
        clock.mark("update changed files")
        // The warnings in the files' order: stored ones for unchanged files, the fresh
        // ones (as the cache now records them) for those just read.
        var freshWarnings: [Int: [LoadWarning]] = [:]
        for (k, i) in todo.enumerated() where !fresh[k].warnings.isEmpty {
            freshWarnings[i] = fresh[k].warnings.map { LoadWarning(path: stamps[i].path, message: $0.message) }
        }
        if let verified, unchanged {
            warnings += verified.warnings
        } else {
            var fileWarnings: [LoadWarning] = []
            if !check.warnings.isEmpty || !freshWarnings.isEmpty {
                for i in stamps.indices {
                    if let w = check.warnings[i] ?? freshWarnings[i] { fileWarnings += w }
                }
            }
            warnings += fileWarnings
            try? cache.markVerified(signature, warnings: fileWarnings, generation: generation)
        }
        clock.mark("read warnings")
        let hits = try cache.search(query, knowledge: knowledge)
        clock.mark("full-text query")
        guard try cache.hasArticles() else { throw LoadError.nothingLoadable(paths, warnings: warnings) }
        return IndexedSearchResult(hits: hits.map(\.hit), titles: hits.reduce(into: [:]) { $0[$1.hit.article] = $1.title },
                                   warnings: warnings, filesAnalysed: todo.count)
    }
}

extension IndexedSearch {
    /// The answer from the index as last checked in full, or nil when there is none (no
    /// cache, a cache of other versions, or one changed since its last full check).
    static func indexOnly(_ query: SearchQuery, paths: [String], directory: String,
                          knowledge: KnowledgeBase) -> IndexedSearchResult? {
        // A path that is gone is an error the full search reports.
        guard paths.allSatisfy({ FileManager.default.fileExists(atPath: $0) }),
              FileManager.default.fileExists(atPath: CacheLocation.databasePath(for: paths, in: directory))
        else { return nil }
        do {
            let (cache, problems) = try CorpusCache.open(directory: directory, paths: paths, knowledge: knowledge)
            guard problems.isEmpty, let verified = try cache.verified(), try cache.hasArticles() else { return nil }
            let hits = try cache.search(query, knowledge: knowledge)
            return IndexedSearchResult(hits: hits.map(\.hit),
                                       titles: hits.reduce(into: [:]) { $0[$1.hit.article] = $1.title },
                                       warnings: verified.warnings, filesAnalysed: 0)
        } catch {
            return nil
        }
    }
}

extension CorpusCache {
    /// A text column as a String (nil for NULL).
    static func string(_ stmt: SQLiteStatement, _ column: Int32) -> String? {
        guard sqlite3_column_type(stmt, column) != SQLITE_NULL else { return nil }
        let n = Int(sqlite3_column_bytes(stmt, column))
        guard n > 0, let p = sqlite3_column_text(stmt, column) else { return "" }
        return String(decoding: UnsafeBufferPointer(start: p, count: n), as: UTF8.self)
    }

    /// The warnings recorded for the files, in the order of `order`.
    func fileWarnings(order: [String]) throws -> [LoadWarning] {
        let byPath = try queue.read { db -> [String: [LoadWarning]] in
            var out: [String: [LoadWarning]] = [:]
            let rows = try Row.fetchCursor(db, sql: "SELECT path, warnings FROM file WHERE length(warnings) > 1")
            while let row = try rows.next() {
                let path: String = row[0]
                let blob: Data = row[1]
                let messages = try blob.withUnsafeBytes { buf -> [String] in
                    var r = BinaryReader(buf)
                    return try r.strings()
                }
                out[path] = messages.map { LoadWarning(path: path, message: $0) }
            }
            return out
        }
        if byPath.isEmpty { return [] }
        return order.flatMap { byPath[$0] ?? [] }
    }

    func hasArticles() throws -> Bool {
        try queue.read { db in try Bool.fetchOne(db, sql: "SELECT EXISTS (SELECT 1 FROM article)") ?? false }
    }

    /// Runs a query on the full-text index and the filter tables.
    func search(_ query: SearchQuery, knowledge: KnowledgeBase) throws -> [(hit: SearchHit, title: String?)] {
        guard !query.isEmpty else { return [] }
        let expander = SpellingExpander(knowledge: knowledge)
        let resolver = ActorResolver(actors: knowledge.actors)
        return try queue.read { db in
            var texts = query.words + query.phrases
            var conditions: [String] = []
            var arguments: [any DatabaseValueConvertible] = []
            for value in query.actors {
                var ids = resolver.ids(for: value)
                let key = TextFolding.key(value)
                ids.formUnion(try String.fetchAll(db, sql: "SELECT DISTINCT actor FROM discovered WHERE key = ?",
                                                  arguments: [key]))
                if ids.isEmpty {
                    // Looked for as words: a value without any matches nothing (as in memory).
                    if TextFolding.words(value).isEmpty { return [] }
                    texts.append(value)
                    continue
                }
                let marks = Array(repeating: "?", count: ids.count).joined(separator: ", ")
                conditions.append("a.rowid IN (SELECT article FROM article_actor WHERE actor IN (\(marks)))")
                arguments += ids.sorted().map { $0 as any DatabaseValueConvertible }
            }
            var parties = 0
            for p in query.parties { parties |= Int(SearchIndexStore.bit(p)) }
            if parties != 0 { conditions.append("(a.parties & \(parties)) = \(parties)") }
            var issues = 0
            for i in query.issues { issues |= Int(SearchIndexStore.bit(i)) }
            if issues != 0 { conditions.append("(a.issues & \(issues)) = \(issues)") }
            for outlet in query.outlets {
                // A value that folds to nothing matches nothing, as in memory (`parse`
                // refuses one; `instr` would find the empty key in every outlet).
                let key = TextFolding.key(outlet)
                if key.isEmpty { return [] }
                conditions.append("instr(a.outlet, ?) > 0")
                arguments.append(key)
            }
            if let after = query.after { conditions.append("a.published >= ?"); arguments.append(after) }
            if let before = query.before { conditions.append("a.published <= ?"); arguments.append(before) }

            var terms: [String] = []
            var everyAlternative: [[String]] = []
            for text in texts {
                let alternatives = expander.alternatives(for: text)
                if alternatives.isEmpty { continue }
                everyAlternative += alternatives
                terms.append("(" + alternatives.map { "\"" + $0.joined(separator: " ") + "\"" }
                    .joined(separator: " OR ") + ")")
            }
            let filter = conditions.isEmpty ? "" : " AND " + conditions.joined(separator: " AND ")
            var out: [(hit: SearchHit, title: String?)] = []
            if terms.isEmpty {
                let sql = """
                    SELECT a.id, a.title, a.text FROM article a JOIN file f ON f.id = a.file
                    WHERE 1\(filter) ORDER BY f.path, a.ordinal
                    """
                let rows = try Row.fetchCursor(db, sql: sql, arguments: StatementArguments(arguments))
                while let row = try rows.next() {
                    let text: String = row[2]
                    out.append((SearchHit(article: row[0], score: 0, snippet: Snippet.make(text: text, hits: [])), row[1]))
                }
                return out
            }
            // The index ranks; the snippets are cut here (reading each text only up to its
            // first hits), several times faster than FTS5's snippet() on common words.
            // First rank (without the texts, so the sort stays small), then read each hit's
            // text by its row id.
            let sql = """
                SELECT a.rowid, -bm25(article_fts) AS score
                FROM article_fts JOIN article a ON a.rowid = article_fts.rowid
                WHERE article_fts MATCH ?\(filter)
                ORDER BY rank, a.rowid
                """
            var ranked: [(row: Int64, score: Double)] = []
            let rows = try Row.fetchCursor(db, sql: sql,
                                           arguments: StatementArguments([terms.joined(separator: " AND ")] + arguments))
            while let row = try rows.next() { ranked.append((row[0], row[1])) }
            let finder = HitFinder(alternatives: everyAlternative)
            let statement = try db.makeStatement(sql: "SELECT id, title, text FROM article WHERE rowid = ?")
            let stmt = statement.sqliteStatement
            out.reserveCapacity(ranked.count)
            // Texts are read a batch at a time and their snippets cut on every core.
            var batch: [(id: String, title: String?, text: String, score: Double)] = []
            batch.reserveCapacity(2048)
            func flush() throws {
                let rows = batch
                let snippets = try ParallelWork.map(rows.count) { i -> String in
                    let hits = finder.hits(in: rows[i].text)
                    let titleHits = hits.isEmpty ? rows[i].title.map { finder.hits(in: $0) } ?? [] : []
                    return Snippet.make(title: rows[i].title, text: rows[i].text, textHits: hits, titleHits: titleHits)
                }
                for (row, snippet) in zip(rows, snippets) {
                    out.append((SearchHit(article: row.id, score: (row.score * 100).rounded() / 100, snippet: snippet),
                                row.title))
                }
                batch.removeAll(keepingCapacity: true)
            }
            for (rowID, score) in ranked {
                sqlite3_reset(stmt)
                sqlite3_bind_int64(stmt, 1, rowID)
                guard sqlite3_step(stmt) == SQLITE_ROW else { throw CacheDamaged() }
                batch.append((Self.string(stmt, 0) ?? "", Self.string(stmt, 1), Self.string(stmt, 2) ?? "", score))
                if batch.count == 2048 { try flush() }
            }
            try flush()
            sqlite3_reset(stmt)
            return out
        }
    }
}
