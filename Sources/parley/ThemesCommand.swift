import ArgumentParser
import ParleyTUI

/// `parley themes`: the themes parley can find, one a line (bundled ones, then the user's
/// from `$XDG_CONFIG_HOME/parley/themes/`).
struct ThemesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "themes", abstract: "List the colour themes parley can find.")

    func run() throws {
        let catalog = ThemeCatalog.standard()
        try emit(catalog.names.map { $0 + "\n" }.joined())
        for w in catalog.warnings { Diagnostics.warning(w) }
    }
}
