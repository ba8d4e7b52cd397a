import ArgumentParser
import Foundation
import ParleyCore

/// `parley search`: articles matching a query, best first.
///
/// With the cache on, the answer comes from the cache's full-text index (after reading
/// only new or changed files); with `--no-cache`, or when the cache cannot be used, the
/// corpus is loaded and searched in memory. Both give the same articles.
struct SearchCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "search", abstract: "Find articles: words, \"phrases\", actor:, party:, issue:, outlet:, after:, before:.")

    @Argument(help: "The query, e.g. 'crimea party:ukraine'.")
    var query: String

    @OptionGroup var corpus: CorpusOptions
    @OptionGroup var output: FormatOption

    @Flag(name: .customLong("cached"),
          help: "Answer from the index as last brought up to date, without examining the files for changes (fast for many searches in a row; any command without it brings the index up to date).")
    var cached = false

    func run() throws {
        let parsed: SearchQuery
        do { parsed = try SearchQuery.parse(query) } catch {
            throw UsageFailure(message: "\(error)")
        }
        if !corpus.noCache {
            let line = ProgressLine.forStandardError()
            let result: IndexedSearchResult?
            do {
                result = try IndexedSearch.search(parsed, paths: try corpus.resolvedPaths(),
                                                  examineFiles: !cached, progress: line?.handler)
            } catch let error as LoadError {
                line?.clear()
                for w in error.warnings { Diagnostics.warning(w.description) }
                throw LoadFailure(message: error.description)
            }
            line?.clear()
            if let result {
                for w in result.warnings { Diagnostics.warning(w.description) }
                try emit(Exporters.search(result.hits, model: result.titleModel, as: output.format))
                return
            }
        }
        let loaded = try corpus.load()
        let hits = SearchIndex(model: loaded.model, knowledge: loaded.knowledge).search(parsed)
        try emit(Exporters.search(hits, model: loaded.model, as: output.format))
    }
}
