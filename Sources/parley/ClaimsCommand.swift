import ArgumentParser
import ParleyCore

/// `parley claims`: every claim with its sentence, holder, issue, stance, cue, rule and
/// confidence, in reading order; uncertain claims included and marked.
struct ClaimsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "claims", abstract: "List every claim with the rule and confidence behind it.")

    @OptionGroup var corpus: CorpusOptions
    @OptionGroup var output: FormatOption

    @Flag(help: "Only the claims that count in the matrix (leave out uncertain ones).")
    var confident = false

    func run() throws {
        let loaded = try corpus.load()
        let claims = loaded.model.claims.filter { !confident || $0.isConfident }
        try emit(Exporters.claims(claims, as: output.format))
    }
}
