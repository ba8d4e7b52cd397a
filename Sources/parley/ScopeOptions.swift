import ArgumentParser
import ParleyCore

/// What part of the corpus a matrix, comparison or timeline counts: a window of
/// publication days and the articles a search finds.
struct ScopeOptions: ParsableArguments {
    @Option(help: "Only evidence from articles published on or after this day (YYYY-MM-DD).")
    var from: String?

    @Option(help: "Only evidence from articles published on or before this day (YYYY-MM-DD).")
    var to: String?

    @Option(help: "Only evidence from the articles this search finds, e.g. 'outlet:tass after:2025-05-01'.")
    var query: String?

    func validate() throws {
        for (name, value) in [("--from", from), ("--to", to)] {
            if let value, !DayFormat.isValid(value) {
                throw ValidationError("\(name) wants a date as YYYY-MM-DD, not '\(value)'")
            }
        }
        if let query {
            do { _ = try SearchQuery.parse(query) } catch { throw ValidationError("--query: \(error)") }
        }
    }

    /// The articles the query keeps (nil without a query) and the filter to report.
    func articles(_ loaded: LoadedCorpus) throws -> (Set<String>?, PositionMatrix.Filter?) {
        guard let query else { return (nil, nil) }
        let parsed: SearchQuery
        do { parsed = try SearchQuery.parse(query) } catch { throw UsageFailure(message: "--query: \(error)") }
        let ids = Set(SearchIndex(model: loaded.model, knowledge: loaded.knowledge).search(parsed).map(\.article))
        return (ids, PositionMatrix.Filter(query: query, articles: ids.count, of: loaded.model.articles.count))
    }

    /// The claims in scope: in the date window and in the query's articles.
    func claims(_ loaded: LoadedCorpus) throws -> (claims: [Claim], filter: PositionMatrix.Filter?) {
        let (articles, filter) = try articles(loaded)
        let claims = loaded.model.claims.filter { c in
            PositionMatrix.inWindow(c.published, from: from, to: to) && (articles?.contains(c.article) ?? true)
        }
        return (claims, filter)
    }
}
