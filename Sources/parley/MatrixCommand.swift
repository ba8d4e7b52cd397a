import ArgumentParser
import ParleyCore

/// `parley matrix`: the party × issue position matrix with its evidence.
struct MatrixCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "matrix", abstract: "Show where each party stands on each issue.")

    @OptionGroup var corpus: CorpusOptions

    @Option(help: "table, json, csv or markdown.")
    var format: OutputFormat = .table

    @Option(help: "Only evidence from articles published on or after this day (YYYY-MM-DD).")
    var from: String?

    @Option(help: "Only evidence from articles published on or before this day (YYYY-MM-DD).")
    var to: String?

    @Option(help: "Only evidence from the articles this search finds, e.g. 'outlet:tass after:2025-05-01'.")
    var query: String?

    func validate() throws {
        for (name, value) in [("--from", from), ("--to", to)] {
            if let value, !DayFormat.isValid(value) {
                throw ValidationError("\(name) wants a date as YYYY-MM-DD, not '\(value)'")
            }
        }
    }

    func run() throws {
        var parsed: SearchQuery?
        if let query {
            do { parsed = try SearchQuery.parse(query) } catch { throw UsageFailure(message: "--query: \(error)") }
        }
        let loaded = try corpus.load()
        var articles: Set<String>?
        if let parsed {
            articles = Set(SearchIndex(model: loaded.model, knowledge: loaded.knowledge).search(parsed).map(\.article))
        }
        var matrix = loaded.model.matrix(from: from, to: to, articles: articles)
        if let query, let articles {
            matrix.filter = PositionMatrix.Filter(query: query, articles: articles.count,
                                                  of: loaded.model.articles.count)
        }
        emit(Exporters.matrix(matrix, as: format))
    }
}
