import ArgumentParser
import ParleyCore

/// `parley [PATH ...]`: the full-screen browser.
struct BrowseCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "browse", abstract: "Open the full-screen browser (the default).")

    @Option(help: "Colour theme (see `parley themes`).")
    var theme: String?

    @OptionGroup var corpus: CorpusOptions

    func run() throws {
        // Filled in by the browser work.
        let loaded = try corpus.load()
        emit(Exporters.articles(loaded.model.articles, as: .table))
    }
}
