import ArgumentParser
import ParleyCore

/// `parley search`: articles matching a query, best first.
struct SearchCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "search", abstract: "Find articles: words, \"phrases\", actor:, party:, issue:, outlet:, after:, before:.")

    @Argument(help: "The query, e.g. 'crimea party:ukraine'.")
    var query: String

    @OptionGroup var corpus: CorpusOptions
    @OptionGroup var output: FormatOption

    func run() throws {
        let parsed: SearchQuery
        do { parsed = try SearchQuery.parse(query) } catch {
            throw UsageFailure(message: "\(error)")
        }
        let loaded = try corpus.load()
        let hits = SearchIndex(model: loaded.model, knowledge: loaded.knowledge).search(parsed)
        emit(Exporters.search(hits, model: loaded.model, as: output.format))
    }
}
