import ArgumentParser
import ParleyCore

/// `parley framing`: per outlet, the stance its articles give each party on one issue.
struct FramingCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "framing", abstract: "Show, outlet by outlet, the stance each party is reported to take on an issue.")

    @OptionGroup var corpus: CorpusOptions

    @Option(help: "The issue (id or label: ceasefire, direct-talks, territory, nato, guarantees, ...).")
    var issue: String = "ceasefire"

    @Option(help: "table, json, csv or markdown.")
    var format: OutputFormat = .table

    @OptionGroup var scope: ScopeOptions

    func validate() throws {
        guard SearchQuery.issue(named: issue) != nil else {
            throw ValidationError("--issue: unknown issue '\(issue)' (known: \(Issue.allCases.map(\.rawValue).joined(separator: ", ")))")
        }
    }

    func run() throws {
        let loaded = try corpus.load()
        let (claims, filter) = try scope.claims(loaded)
        let framing = Framing(claims: claims, issue: SearchQuery.issue(named: issue)!) { loaded.model.article($0)?.outlet }
        var out = Exporters.framing(framing, as: format)
        if let filter, format == .table || format == .markdown { out += filter.summary + " (" + filter.query + ")\n" }
        try emit(out)
    }
}
