import ArgumentParser
import ParleyCore

/// `parley compare`: two to four parties (or actors standing in for them) side by side,
/// issue by issue, with each cell's split and key sentence.
struct CompareCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "compare", abstract: "Put parties (or actors) side by side, issue by issue.")

    @OptionGroup var corpus: CorpusOptions

    @Option(help: "Two to four parties or actors, comma-separated: us,europe or volodymyr-zelenskyy,andriy-yermak.")
    var parties: String = "russia,ukraine,us,europe"

    @Option(help: "table, json, csv or markdown.")
    var format: OutputFormat = .table

    @OptionGroup var scope: ScopeOptions

    func validate() throws {
        let names = parties.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
        guard (2...4).contains(names.count) else {
            throw ValidationError("--parties wants two to four parties or actors, not \(names.count)")
        }
    }

    func run() throws {
        let loaded = try corpus.load()
        let names = parties.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
        var sides: [Comparison.Side] = []
        for name in names {
            if let party = SearchQuery.party(named: name) {
                sides.append(Comparison.Side(id: party.rawValue, label: party.label, party: party))
            } else if let record = loaded.model.actor(name)
                        ?? loaded.model.actors.first(where: { $0.actor.name.lowercased() == name.lowercased()
                            || $0.actor.aliases.contains { $0.lowercased() == name.lowercased() } }) {
                sides.append(Comparison.Side(id: record.id, label: record.actor.name, party: record.actor.party,
                                             actor: record.id))
            } else {
                throw UsageFailure(message: "--parties: '\(name)' is neither a party (russia, ukraine, us, europe) nor an actor of this corpus")
            }
        }
        let (claims, filter) = try scope.claims(loaded)
        let comparison = Comparison(claims: claims, sides: sides)
        var out = Exporters.compare(comparison, as: format) { loaded.model.article($0)?.outlet }
        if let filter, format == .table || format == .markdown { out += filter.summary + " (" + filter.query + ")\n" }
        try emit(out)
    }
}
