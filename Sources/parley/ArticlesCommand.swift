import ArgumentParser
import ParleyCore

/// `parley articles`: one row per article.
struct ArticlesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "articles", abstract: "List the articles with their title, outlet, date and author.")

    @OptionGroup var corpus: CorpusOptions
    @OptionGroup var output: FormatOption

    func run() throws {
        let loaded = try corpus.load()
        try emit(Exporters.articles(loaded.model.articles, as: output.format))
    }
}
