import ArgumentParser
import ParleyCore

/// `parley actors`: one row per actor, most mentioned first.
struct ActorsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "actors", abstract: "List the actors, their party and how often they are mentioned.")

    @OptionGroup var corpus: CorpusOptions
    @OptionGroup var output: FormatOption

    func run() throws {
        let loaded = try corpus.load()
        try emit(Exporters.actors(loaded.model.actors, as: output.format))
    }
}
