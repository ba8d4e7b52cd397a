import ArgumentParser

/// The root command: the browser by default, and the subcommands scripts use.
struct Parley: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "parley",
        abstract: "Browse news about the Russia–Ukraine peace talks: who said what, and where each side stands.",
        subcommands: [BrowseCommand.self, ArticlesCommand.self, ActorsCommand.self,
                      QuotesCommand.self, ClaimsCommand.self, MatrixCommand.self, CompareCommand.self, TimelineCommand.self, FramingCommand.self, SearchCommand.self,
                      ThemesCommand.self],
        defaultSubcommand: BrowseCommand.self
    )
}
