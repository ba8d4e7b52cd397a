import Foundation

/// Progress of a load, reported as files are read and analysed.
public struct LoadProgress: Sendable {
    public var filesDone: Int
    public var filesTotal: Int
}

/// Options for building a model from paths.
public struct LoadOptions: Sendable {
    public var useCache: Bool
    public init(useCache: Bool = true) { self.useCache = useCache }
}

/// The result of a load: the model, the knowledge base it was analysed with, and warnings.
public struct LoadedCorpus: Sendable {
    public var model: ParleyModel
    public var knowledge: KnowledgeBase
    public var warnings: [LoadWarning]
}

/// Builds a `ParleyModel` from paths: find files, load and clean them, analyse each
/// article, merge. The one entry point the command line and the browser use.
///
/// (Skeleton: sequential and uncached. The scale work makes it parallel, streaming
/// and cached.)
public enum ModelLoader {
    public static func load(paths: [String], options: LoadOptions = LoadOptions(),
                            progress: (@Sendable (LoadProgress) -> Void)? = nil) throws -> LoadedCorpus {
        let knowledge = try KnowledgeBase.standard()
        let loader = CorpusLoader()
        let files = try loader.files(in: paths)
        let analyzer = Analyzer(knowledge: knowledge)
        var articles: [Article] = []
        var analyses: [ArticleAnalysis] = []
        var warnings: [LoadWarning] = []
        for (i, file) in files.enumerated() {
            let (found, w) = loader.load(file: file)
            warnings += w
            for article in found {
                articles.append(article)
                analyses.append(analyzer.analyze(article))
            }
            progress?(LoadProgress(filesDone: i + 1, filesTotal: files.count))
        }
        if articles.isEmpty { throw LoadError.nothingLoadable(paths) }
        let model = ParleyModel(articles: articles, analyses: analyses, knownActors: knowledge.actors)
        return LoadedCorpus(model: model, knowledge: knowledge, warnings: warnings)
    }

    /// The sample corpus that ships with parley (used when no path is given).
    public static var samplePath: String? {
        Bundle.module.url(forResource: "Samples", withExtension: nil)?.path
    }
}
