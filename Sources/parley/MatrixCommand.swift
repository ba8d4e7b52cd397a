import ArgumentParser
import ParleyCore

/// `parley matrix`: the party × issue position matrix with its evidence.
struct MatrixCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "matrix", abstract: "Show where each party stands on each issue.")

    @OptionGroup var corpus: CorpusOptions

    @Option(help: "table, json, csv or markdown.")
    var format: OutputFormat = .table

    @OptionGroup var scope: ScopeOptions

    func run() throws {
        let loaded = try corpus.load()
        let (articles, filter) = try scope.articles(loaded)
        var matrix = loaded.model.matrix(from: scope.from, to: scope.to, articles: articles)
        matrix.filter = filter
        try emit(Exporters.matrix(matrix, as: format))
    }
}
