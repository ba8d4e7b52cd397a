import Foundation

/// The command line's output formats (contract: `table`, `json`, `csv`, and `markdown`
/// for the matrix).
public enum OutputFormat: String, CaseIterable, Sendable {
    case table, json, csv, markdown
}

/// The contract's JSON shapes and the matching CSV and table forms, one function per
/// command, so the command line and tests share them.
public enum Exporters {
    // MARK: articles

    public static func json(_ a: Article) -> JSONValue {
        .object([
            ("id", .string(a.id)), ("path", .string(a.path)), ("title", .optional(a.title)),
            ("outlet", .optional(a.outlet)), ("published", .optional(a.published)),
            ("author", .optional(a.author)), ("dateline", .optional(a.dateline)),
            ("url", .optional(a.url)), ("words", .int(a.words)),
            ("captions", .array(a.captions.map(JSONValue.string))), ("text", .string(a.text)),
        ])
    }

    public static func articles(_ articles: [Article], as format: OutputFormat) -> String {
        switch format {
        case .json, .markdown:
            return JSONValue.array(articles.map(json)).serialized(pretty: true) + "\n"
        case .csv:
            return CSVWriter.render(
                header: ["id", "path", "title", "outlet", "published", "author", "words", "dateline", "url"],
                rows: articles.map { [$0.id, $0.path, $0.title ?? "", $0.outlet ?? "",
                                      $0.published ?? "", $0.author ?? "", String($0.words),
                                      $0.dateline ?? "", $0.url ?? ""] })
        case .table:
            return TextTable(
                header: ["DATE", "OUTLET", "AUTHOR", "WORDS", "TITLE"],
                rows: articles.map { [$0.published ?? "—", $0.outlet ?? "—", $0.author ?? "—",
                                      String($0.words), $0.title ?? "(untitled)"] },
                flexible: [1, 2, 4]).render()
        }
    }

    // MARK: actors

    public static func json(_ r: ActorRecord) -> JSONValue {
        .object([
            ("id", .string(r.actor.id)), ("name", .string(r.actor.name)),
            ("party", .string(r.actor.party.rawValue)), ("kind", .string(r.actor.kind.rawValue)),
            ("role", .optional(r.actor.role)),
            ("aliases", .array(r.actor.aliases.map(JSONValue.string))),
            ("mentions", .int(r.mentions)), ("articles", .array(r.articles.map(JSONValue.string))),
        ])
    }

    public static func actors(_ actors: [ActorRecord], as format: OutputFormat) -> String {
        switch format {
        case .json, .markdown:
            return JSONValue.array(actors.map(json)).serialized(pretty: true) + "\n"
        case .csv:
            return CSVWriter.render(
                header: ["id", "name", "party", "kind", "role", "aliases", "mentions", "articles"],
                rows: actors.map { [$0.actor.id, $0.actor.name, $0.actor.party.rawValue,
                                    $0.actor.kind.rawValue, $0.actor.role ?? "",
                                    $0.actor.aliases.joined(separator: "; "), String($0.mentions),
                                    $0.articles.joined(separator: "; ")] })
        case .table:
            return TextTable(
                header: ["NAME", "PARTY", "KIND", "MENTIONS", "ARTICLES", "ROLE"],
                rows: actors.map { [$0.actor.name, $0.actor.party.rawValue, $0.actor.kind.rawValue,
                                    String($0.mentions), String($0.articles.count),
                                    $0.actor.role ?? ""] },
                flexible: [0, 5]).render()
        }
    }

    // MARK: quotes

    public static func json(_ q: Quote) -> JSONValue {
        .object([
            ("article", .string(q.article)), ("speaker", .optional(q.speaker)),
            ("speakerName", .optional(q.speakerName)), ("party", .optional(q.party?.rawValue)),
            ("text", .string(q.text)), ("direct", .bool(q.direct)),
        ])
    }

    public static func quotes(_ quotes: [Quote], as format: OutputFormat) -> String {
        switch format {
        case .json, .markdown:
            return JSONValue.array(quotes.map(json)).serialized(pretty: true) + "\n"
        case .csv:
            return CSVWriter.render(
                header: ["article", "speaker", "speakerName", "party", "direct", "text"],
                rows: quotes.map { [$0.article, $0.speaker ?? "", $0.speakerName ?? "",
                                    $0.party?.rawValue ?? "", $0.direct ? "true" : "false", $0.text] })
        case .table:
            return TextTable(
                header: ["ARTICLE", "SPEAKER", "PARTY", "KIND", "QUOTE"],
                rows: quotes.map { [$0.article, $0.speakerName ?? "—", $0.party?.rawValue ?? "—",
                                    $0.direct ? "direct" : "reported", $0.text] },
                flexible: [0, 1, 4]).render()
        }
    }

    // MARK: matrix

    public static func json(_ c: Claim) -> JSONValue {
        .object([
            ("article", .string(c.article)), ("actor", .optional(c.actor)),
            ("source", .optional(c.source)), ("stance", .string(c.stance.rawValue)),
            ("published", .optional(c.published)), ("sentence", .string(c.sentence)),
            ("cue", .string(c.cue)), ("rule", .string(c.rule)), ("confidence", .double((c.confidence * 100).rounded() / 100)),
        ])
    }

    public static func json(_ m: PositionMatrix) -> JSONValue {
        var fields: [(String, JSONValue)] = [
            ("parties", .array(m.parties.map { .string($0.rawValue) })),
            ("issues", .array(m.issues.map {
                .object([("id", .string($0.rawValue)), ("label", .string($0.label))])
            })),
            ("cells", .array(m.cells.map { cell in
                .object([
                    ("party", .string(cell.party.rawValue)), ("issue", .string(cell.issue.rawValue)),
                    ("stance", .string(cell.stance.rawValue)),
                    ("evidence", .array(cell.evidence.map(json))),
                    ("uncertain", .array(cell.uncertain.map(json))),
                ])
            })),
        ]
        if let f = m.filter {
            fields.append(("filter", .object([("query", .string(f.query)), ("articles", .int(f.articles)),
                                             ("of", .int(f.of))])))
        }
        return .object(fields)
    }

    public static func matrix(_ m: PositionMatrix, as format: OutputFormat) -> String {
        switch format {
        case .json:
            return json(m).serialized(pretty: true) + "\n"
        case .csv:
            var rows: [[String]] = []
            for cell in m.cells {
                if cell.evidence.isEmpty {
                    rows.append([cell.party.rawValue, cell.issue.rawValue, cell.stance.rawValue,
                                 "", "", "", "", "", "", "", ""])
                }
                for e in cell.evidence {
                    rows.append([cell.party.rawValue, cell.issue.rawValue, cell.stance.rawValue,
                                 e.stance.rawValue, e.published ?? "", e.article, e.actor ?? "",
                                 e.cue, e.sentence, e.rule, String((e.confidence * 100).rounded() / 100)])
                }
            }
            return CSVWriter.render(
                header: ["party", "issue", "stance", "claim", "published", "article", "actor",
                         "cue", "sentence", "rule", "confidence"], rows: rows)
        case .markdown:
            var out = "| party | " + m.issues.map(\.label).joined(separator: " | ") + " |\n"
            out += "|---|" + m.issues.map { _ in "---" }.joined(separator: "|") + "|\n"
            for party in m.parties {
                let cells = m.issues.map { issue -> String in
                    guard let c = m.cell(party, issue) else { return "" }
                    return c.stance == .none ? "·" : "\(c.stance.rawValue) (\(c.evidence.count))"
                }
                out += "| \(party.label) | " + cells.joined(separator: " | ") + " |\n"
            }
            if let f = m.filter { out += "\n" + f.summary + " (" + f.query + ")\n" }
            return out
        case .table:
            // Glyph, a short stance word and the number of evidence sentences per cell:
            // "+ sup 17", "± mix 5"; nine columns of at most nine characters fit 100 columns.
            func short(_ stance: Stance) -> String {
                switch stance {
                case .support: "sup"
                case .oppose: "opp"
                case .conditional: "cond"
                case .mixed: "mix"
                case .none: ""
                }
            }
            let header = ["PARTY"] + m.issues.map { $0.label.count <= 9 ? $0.label : $0.shortLabel }
            let rows = m.parties.map { party -> [String] in
                [party.label] + m.issues.map { issue in
                    guard let c = m.cell(party, issue), c.stance != .none else { return "·" }
                    return "\(c.stance.glyph) \(short(c.stance)) \(c.evidence.count)"
                }
            }
            return TextTable(header: header, rows: rows).render()
                + "\n+ sup support  - opp oppose  ? cond conditional  ± mix mixed  · no evidence\n"
                + "the number counts the evidence sentences; `--format csv` or `json` lists them\n"
                + (m.filter.map { $0.summary + " (" + $0.query + ")\n" } ?? "")
        }
    }
}

extension Exporters {
    // MARK: search

    public static func json(_ h: SearchHit) -> JSONValue {
        .object([("article", .string(h.article)), ("score", .double(h.score)),
                 ("snippet", .string(h.snippet))])
    }

    public static func search(_ hits: [SearchHit], model: ParleyModel, as format: OutputFormat) -> String {
        switch format {
        case .json, .markdown:
            return JSONValue.array(hits.map(json)).serialized(pretty: true) + "\n"
        case .csv:
            return CSVWriter.render(header: ["article", "score", "title", "snippet"],
                                    rows: hits.map { [$0.article, String(format: "%.2f", $0.score),
                                                      model.article($0.article)?.title ?? "", $0.snippet] })
        case .table:
            return TextTable(header: ["SCORE", "ARTICLE", "TITLE", "SNIPPET"],
                             rows: hits.map { [String(format: "%.2f", $0.score), $0.article,
                                               model.article($0.article)?.title ?? "", $0.snippet] },
                             flexible: [1, 2, 3]).render()
        }
    }
}
