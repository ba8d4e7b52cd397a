import ArgumentParser
import ParleyCore

/// `parley timeline`: one issue over time, a row per party and a column per week or day.
struct TimelineCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "timeline", abstract: "Show how each party's stance on an issue moved, week by week.")

    @OptionGroup var corpus: CorpusOptions

    @Option(help: "The issue (id or label: ceasefire, direct-talks, territory, nato, guarantees, ...).")
    var issue: String = "ceasefire"

    @Option(help: "day or week.")
    var by: String = "week"

    @Option(help: "table, json, csv or markdown.")
    var format: OutputFormat = .table

    @OptionGroup var scope: ScopeOptions

    func validate() throws {
        guard SearchQuery.issue(named: issue) != nil else {
            throw ValidationError("--issue: unknown issue '\(issue)' (known: \(Issue.allCases.map(\.rawValue).joined(separator: ", ")))")
        }
        guard Timeline.Period(rawValue: by) != nil else { throw ValidationError("--by wants day or week, not '\(by)'") }
    }

    func run() throws {
        let loaded = try corpus.load()
        let (claims, filter) = try scope.claims(loaded)
        let timeline = Timeline(claims: claims, issue: SearchQuery.issue(named: issue)!,
                                period: Timeline.Period(rawValue: by)!)
        var out = Exporters.timeline(timeline, as: format)
        if let filter, format == .table || format == .markdown { out += filter.summary + " (" + filter.query + ")\n" }
        try emit(out)
    }
}
