import ArgumentParser
import Foundation
import ParleyCore
import ParleyTUI

/// `parley [--theme NAME] [PATH ...]`: the full-screen browser (the default command).
struct BrowseCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "browse", abstract: "Open the full-screen browser (the default).")

    @Option(help: "Colour theme (see `parley themes`).")
    var theme: String?

    @Flag(name: .customLong("no-mouse"), help: "Leave the mouse to the terminal (plain text selection).")
    var noMouse = false

    @OptionGroup var corpus: CorpusOptions

    func validate() throws {
        if let theme, !ThemeCatalog.standard().names.contains(theme) {
            let known = ThemeCatalog.standard().names.joined(separator: ", ")
            throw ValidationError("unknown theme '\(theme)' (known: \(known))")
        }
    }

    func run() throws {
        let paths = try corpus.resolvedPaths()
        for path in paths where !FileManager.default.fileExists(atPath: path) {
            throw LoadFailure(message: "no such file or folder: \(path)")
        }
        guard isatty(STDIN_FILENO) != 0, isatty(STDOUT_FILENO) != 0 else {
            throw UsageFailure(message: "the browser needs a terminal; for scripts use `parley articles`, `parley matrix` or `parley search`")
        }
        let name: String
        if corpus.paths.isEmpty { name = "sample corpus" }
        else if paths.count == 1 { name = (paths[0] as NSString).lastPathComponent }
        else { name = "\(paths.count) paths" }
        let session = BrowserSession(paths: paths, corpusName: name, options: LoadOptions(useCache: !corpus.noCache),
                                     theme: theme, mouse: !noMouse)
        try session.run()
    }
}
