import ArgumentParser

/// `parley themes`: the themes parley can find, one a line.
struct ThemesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "themes", abstract: "List the colour themes parley can find.")

    func run() throws {
        // Filled in by the browser work: bundled themes plus the user's.
    }
}
