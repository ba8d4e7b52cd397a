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

    func validate() throws {
        for (name, value) in [("--from", from), ("--to", to)] {
            if let value, !DayFormat.isValid(value) {
                throw ValidationError("\(name) wants a date as YYYY-MM-DD, not '\(value)'")
            }
        }
    }

    func run() throws {
        let loaded = try corpus.load()
        try emit(Exporters.matrix(loaded.model.matrix(from: from, to: to), as: format))
    }
}
