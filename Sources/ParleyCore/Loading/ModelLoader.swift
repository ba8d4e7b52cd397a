import Foundation
import GRDB
import Synchronization

/// Progress of a load, reported as files are read and analysed (from any thread, one
/// report at a time).
public struct LoadProgress: Sendable {
    public var filesDone: Int
    public var filesTotal: Int
    /// Files answered from the cache so far (counted in `filesDone`).
    public var filesFromCache: Int = 0
    /// The articles that just became ready (those of a file just analysed, or of a batch
    /// read from the cache) and their analyses, in the same order: lets the browser show
    /// the first articles while the rest load. Each article is reported once, unless the
    /// cache turns out damaged part-way and the load starts over from the files.
    public var articles: [Article] = []
    public var analyses: [ArticleAnalysis] = []

    public init(filesDone: Int, filesTotal: Int, filesFromCache: Int = 0, articles: [Article] = [],
                analyses: [ArticleAnalysis] = []) {
        self.filesDone = filesDone
        self.filesTotal = filesTotal
        self.filesFromCache = filesFromCache
        self.articles = articles
        self.analyses = analyses
    }

    /// Done as a fraction from 0 to 1.
    public var fraction: Double { filesTotal == 0 ? 1 : Double(filesDone) / Double(filesTotal) }
}

/// Options for building a model from paths.
public struct LoadOptions: Sendable {
    public var useCache: Bool
    /// Where the cache lives (default: `CacheLocation.directory()`).
    public var cacheDirectory: String?
    /// The knowledge base to analyse with (default: `KnowledgeBase.standard()`).
    public var knowledge: KnowledgeBase?

    public init(useCache: Bool = true, cacheDirectory: String? = nil, knowledge: KnowledgeBase? = nil) {
        self.useCache = useCache
        self.cacheDirectory = cacheDirectory
        self.knowledge = knowledge
    }
}

/// The result of a load: the model, the knowledge base it was analysed with, and warnings.
public struct LoadedCorpus: Sendable {
    public var model: ParleyModel
    public var knowledge: KnowledgeBase
    public var warnings: [LoadWarning]
    /// How many files were read and analysed, and how many came from the cache.
    public var filesAnalysed: Int = 0
    public var filesFromCache: Int = 0
}

/// Builds a `ParleyModel` from paths: find files, load and clean them, analyse each
/// article, merge. The one entry point the command line and the browser use.
///
/// Files are read and analysed on every core, each independently, and merged in file
/// order (so the result does not depend on timing). With the cache on, files whose
/// path, size and modification time are unchanged are read back from it instead, and
/// the cache is brought up to date afterwards; any trouble with the cache costs one
/// warning and never the load.
public enum ModelLoader {
    public static func load(paths: [String], options: LoadOptions = LoadOptions(),
                            progress: (@Sendable (LoadProgress) -> Void)? = nil) throws -> LoadedCorpus {
        var clock = PhaseClock()
        let knowledge = try options.knowledge ?? KnowledgeBase.standard()
        clock.mark("knowledge base")
        let loader = CorpusLoader()
        let found = try FileWalker.files(in: paths)
        let files = found.map(\.path)
        let stamps = found.map(\.stamp)
        clock.mark("find files")
        var warnings: [LoadWarning] = loader.setupWarnings
        var results = [FileResult?](repeating: nil, count: files.count)

        let reporter = ProgressReporter(total: files.count, progress: progress)
        var cache: CorpusCache?
        var generation: Int64 = 0
        var known: [String: CorpusCache.Known] = [:]
        let cacheDirectory = options.cacheDirectory ?? CacheLocation.directory()
        if options.useCache {
            do {
                let (opened, w) = try CorpusCache.open(directory: cacheDirectory, paths: paths, knowledge: knowledge)
                warnings += w
                cache = opened
                do {
                    generation = try opened.generation()
                    known = try opened.knownFiles()
                    var fresh: [Int: Int64] = [:]
                    for (i, stamp) in stamps.enumerated() {
                        if let k = known[stamp.path], stamp.matches(size: k.size, modified: k.modified, changed: k.changed) {
                            fresh[i] = k.id
                        }
                    }
                    if !fresh.isEmpty {
                        let cached = try opened.results(of: Array(fresh.values)) { batch in
                            reporter.cachedBatch(batch)
                        }
                        // Paths as given this time (the cache knows files by absolute path).
                        for (i, id) in fresh { results[i] = cached[id]?.respelled(files[i]) }
                    }
                } catch where CorpusCache.isDamage(error) {
                    // A damaged cache is never trusted: it is made again from the files.
                    warnings.append(LoadWarning(path: opened.path, message: "the cache file is damaged; rebuilding it"))
                    results = [FileResult?](repeating: nil, count: files.count)
                    known = [:]
                    cache = nil
                    let rebuilt = try opened.rebuilt(knowledge: knowledge)
                    cache = rebuilt
                    generation = try rebuilt.generation()
                }
            } catch {
                warnings.append(LoadWarning(path: cacheDirectory,
                                            message: "cannot use the cache (\(describe(error))); reading every file"))
                cache = nil
                known = [:]
                results = [FileResult?](repeating: nil, count: files.count)
            }
        }

        clock.mark("read cache")
        let fromCache = results.reduce(0) { $0 + ($1 == nil ? 0 : 1) }
        let todo = results.indices.filter { results[$0] == nil }
        reporter.cached(fromCache)
        let analyzer = Analyzer(knowledge: knowledge)
        let facetBuilder = cache == nil ? nil : FacetBuilder(knowledge: knowledge)
        let fresh = try ParallelWork.map(todo.count) { k -> FileResult in
            let result = analyse(file: found[todo[k]], loader: loader, analyzer: analyzer, facets: facetBuilder)
            reporter.finished(result)
            return result
        }
        for (k, i) in todo.enumerated() { results[i] = fresh[k] }
        clock.mark("read and analyse")

        if let cache {
            let removed = CorpusCache.changes(stamps: stamps, known: known).removed
            do {
                if !todo.isEmpty || !removed.isEmpty {
                    try cache.update(todo.enumerated().map { (stamps[$0.element], fresh[$0.offset]) },
                                     removing: removed)
                    generation += 1
                }
                // The cache now holds exactly these files: a search can skip comparing them.
                // (with each file's warnings as a search reports them: by absolute path).
                let signature = CorpusSignature.of(stamps)
                if try cache.verifiedSignature() != signature {
                    var fileWarnings: [LoadWarning] = []
                    for (i, result) in results.enumerated() {
                        fileWarnings += (result?.warnings ?? []).map { LoadWarning(path: stamps[i].path, message: $0.message) }
                    }
                    try cache.markVerified(signature, warnings: fileWarnings, generation: generation)
                }
            } catch where CorpusCache.isDamage(error) {
                // Found damaged while writing: removed, so that the next run builds it anew.
                cache.discard()
                warnings.append(LoadWarning(path: cache.path,
                                            message: "the cache file is damaged; removed it, the next run rebuilds it"))
            } catch {
                warnings.append(LoadWarning(path: cache.path,
                                            message: "could not update the cache (\(describe(error))); continuing without it"))
            }
        }

        clock.mark("write cache")
        var articles: [Article] = []
        var analyses: [ArticleAnalysis] = []
        for result in results {
            guard let result else { continue }
            articles += result.articles
            analyses += result.analyses
            warnings += result.warnings
        }
        if articles.isEmpty { throw LoadError.nothingLoadable(paths, warnings: warnings) }
        let model = ParleyModel(articles: articles, analyses: analyses, knownActors: knowledge.actors)
        clock.mark("merge")
        return LoadedCorpus(model: model, knowledge: knowledge, warnings: warnings,
                            filesAnalysed: todo.count, filesFromCache: fromCache)
    }

    /// Reads, cleans and analyses one file (and, for the cache, works out its facets).
    static func analyse(file: FileWalker.Found, loader: CorpusLoader, analyzer: Analyzer,
                        facets: FacetBuilder?) -> FileResult {
        let (articles, warnings) = loader.load(found: file)
        var result = FileResult(articles: articles, analyses: articles.map(analyzer.analyze), warnings: warnings)
        if let facets {
            result.facets = zip(articles, result.analyses).map { article, analysis in
                facets.facets(of: analysis, words: TextFolding.words(title: article.title, text: article.text))
            }
            // Encoded here, on every core; a record that cannot be encoded is encoded
            // (and its error reported) by the cache writer.
            let records = zip(articles, result.analyses).compactMap { try? RecordCodec.encode($0, $1) }
            if records.count == articles.count { result.records = records }
        }
        return result
    }

    /// An error in words for a warning line: SQLite's own message, or the system's.
    static func describe(_ error: any Error) -> String {
        if let db = error as? DatabaseError { return db.message ?? "\(db)" }
        return (error as NSError).localizedDescription
    }

    /// The sample corpus that ships with parley (used when no path is given).
    public static var samplePath: String? {
        Bundle.module.url(forResource: "Samples", withExtension: nil)?.path
    }
}

/// Counts finished files and passes each report on, one at a time.
final class ProgressReporter: Sendable {
    private let state: Mutex<(done: Int, cached: Int)>
    private let total: Int
    private let progress: (@Sendable (LoadProgress) -> Void)?

    init(total: Int, progress: (@Sendable (LoadProgress) -> Void)?) {
        self.total = total
        self.state = Mutex((0, 0))
        self.progress = progress
    }

    /// A batch of articles read back from the cache (their files are counted by `cached`).
    func cachedBatch(_ batch: CorpusCache.Batch) {
        guard let progress else { return }
        state.withLock { s in
            s.done = min(total, s.done + batch.files)
            s.cached = s.done
            progress(LoadProgress(filesDone: s.done, filesTotal: total, filesFromCache: s.cached,
                                  articles: batch.articles, analyses: batch.analyses))
        }
    }

    /// All `count` files the cache answered are in.
    func cached(_ count: Int) {
        state.withLock { s in
            s.done = count
            s.cached = count
            if count > 0 { progress?(LoadProgress(filesDone: count, filesTotal: total, filesFromCache: count)) }
        }
    }

    /// One more file done; its articles, if given, go with the report.
    func finished(_ result: FileResult? = nil) {
        guard let progress else { return }
        state.withLock { s in
            s.done += 1
            progress(LoadProgress(filesDone: s.done, filesTotal: total, filesFromCache: s.cached,
                                  articles: result?.articles ?? [], analyses: result?.analyses ?? []))
        }
    }
}
