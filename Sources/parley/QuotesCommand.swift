import ArgumentParser
import ParleyCore

/// `parley quotes`: one row per quote, in reading order.
struct QuotesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "quotes", abstract: "List the quotes with their speakers.")

    @OptionGroup var corpus: CorpusOptions
    @OptionGroup var output: FormatOption

    func run() throws {
        let loaded = try corpus.load()
        try emit(Exporters.quotes(loaded.model.quotes, as: output.format))
    }
}
