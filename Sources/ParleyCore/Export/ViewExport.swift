/// `parley compare` and `parley timeline` in every format: tables for people, JSON and CSV
/// for scripts, Markdown for a report (the browser's `E` writes the same Markdown).
extension Exporters {
    // MARK: compare

    public static func json(_ c: Comparison, outlet: (String) -> String?) -> JSONValue {
        var cells: [JSONValue] = []
        for (i, issue) in c.issues.enumerated() {
            for (k, side) in c.sides.enumerated() {
                let cell = c.cells[i][k]
                var key: JSONValue = .null
                if let claim = cell.key {
                    key = .object([("article", .string(claim.article)), ("actor", .optional(claim.actor)),
                                   ("stance", .string(claim.stance.rawValue)), ("published", .optional(claim.published)),
                                   ("outlet", .optional(outlet(claim.article))), ("sentence", .string(claim.sentence)),
                                   ("cue", .string(claim.cue))])
                }
                cells.append(.object([
                    ("issue", .string(issue.rawValue)), ("side", .string(side.id)), ("stance", .string(cell.stance.rawValue)),
                    ("support", .int(cell.tally.support)), ("oppose", .int(cell.tally.oppose)),
                    ("conditional", .int(cell.tally.conditional)), ("key", key),
                ]))
            }
        }
        return .object([
            ("sides", .array(c.sides.map { s in
                .object([("id", .string(s.id)), ("label", .string(s.label)), ("party", .string(s.party.rawValue)),
                         ("actor", .optional(s.actor))])
            })),
            ("issues", .array(c.issues.map { .object([("id", .string($0.rawValue)), ("label", .string($0.label))]) })),
            ("cells", .array(cells)),
        ])
    }

    /// "2025-05-19 · Reuters".
    static func place(_ claim: Claim, outlet: (String) -> String?) -> String {
        [claim.published ?? "undated", outlet(claim.article)].compactMap { $0 }.joined(separator: " · ")
    }

    public static func compare(_ c: Comparison, as format: OutputFormat, outlet: (String) -> String?,
                               width: Int = 100) -> String {
        switch format {
        case .json:
            return json(c, outlet: outlet).serialized(pretty: true) + "\n"
        case .csv:
            var rows: [[String]] = []
            for (i, issue) in c.issues.enumerated() {
                for (k, side) in c.sides.enumerated() {
                    let cell = c.cells[i][k]
                    rows.append([issue.rawValue, side.id, cell.stance.rawValue, String(cell.tally.support),
                                 String(cell.tally.oppose), String(cell.tally.conditional),
                                 cell.key?.published ?? "", cell.key.flatMap { outlet($0.article) } ?? "",
                                 cell.key?.article ?? "", cell.key?.sentence ?? ""])
                }
            }
            return CSVWriter.render(header: ["issue", "side", "stance", "support", "oppose", "conditional",
                                             "published", "outlet", "article", "sentence"], rows: rows)
        case .markdown:
            var out = "| Issue | " + c.sides.map(\.label).joined(separator: " | ") + " |\n"
            out += "|---|" + c.sides.map { _ in "---" }.joined(separator: "|") + "|\n"
            for (i, issue) in c.issues.enumerated() {
                let cells = c.cells[i].map { cell -> String in
                    guard cell.stance != .none else { return "·" }
                    var text = "**\(cell.stance.glyph) \(cell.stance.rawValue)** (\(cell.tally.split))"
                    if let k = cell.key {
                        let sentence = k.sentence.replacingAll("|", with: "\\|")
                        text += "<br>“\(sentence)” — \(place(k, outlet: outlet))"
                    }
                    return text
                }
                out += "| \(issue.label) | " + cells.joined(separator: " | ") + " |\n"
            }
            return out
        case .table:
            let labelWidth = 20
            let column = max(16, (width - labelWidth) / max(1, c.sides.count))
            var out = DisplayWidth.pad("ISSUE", to: labelWidth)
                + c.sides.map { DisplayWidth.pad($0.label.uppercased(), to: column) }.joined()
            out = out.trimmingTrailingSpaces() + "\n"
            for (i, issue) in c.issues.enumerated() {
                var lines: [[String]] = []
                for cell in c.cells[i] {
                    var col = [cell.stance == .none ? "·" : "\(cell.stance.glyph) \(cell.stance.rawValue) \(cell.tally.split)"]
                    if let k = cell.key {
                        var lines = wrap("“\(k.sentence)”", width: column - 2)
                        if lines.count > 4 { lines = Array(lines.prefix(4)); lines[3] += " …" }
                        col += lines
                        col.append(place(k, outlet: outlet))
                    }
                    lines.append(col)
                }
                let height = lines.map(\.count).max() ?? 1
                for row in 0..<height {
                    var line = DisplayWidth.pad(row == 0 ? issue.label : "", to: labelWidth)
                    for col in lines {
                        line += DisplayWidth.pad(row < col.count ? DisplayWidth.truncate(col[row], to: column - 2) : "",
                                                 to: column)
                    }
                    out += line.trimmingTrailingSpaces() + "\n"
                }
                out += "\n"
            }
            return out + "+ support  - oppose  ? conditional  ± mixed  · no evidence; +3 −1 ?1 splits the evidence\n"
        }
    }

    // MARK: timeline

    public static func json(_ t: Timeline) -> JSONValue {
        .object([
            ("issue", .string(t.issue.rawValue)), ("by", .string(t.period.rawValue)),
            ("columns", .array(t.columns.map { .object([("from", .string($0.from)), ("to", .string($0.to))]) })),
            ("rows", .array(t.parties.enumerated().map { p, party in
                .object([("party", .string(party.rawValue)), ("cells", .array(t.cells[p].map { cell in
                    .object([("stance", .string(cell.stance.rawValue)), ("support", .int(cell.tally.support)),
                             ("oppose", .int(cell.tally.oppose)), ("conditional", .int(cell.tally.conditional))])
                }))])
            })),
            ("undated", .int(t.undated)),
        ])
    }

    public static func timeline(_ t: Timeline, as format: OutputFormat) -> String {
        switch format {
        case .json:
            return json(t).serialized(pretty: true) + "\n"
        case .csv:
            var rows: [[String]] = []
            for (p, party) in t.parties.enumerated() {
                for (k, column) in t.columns.enumerated() {
                    let cell = t.cells[p][k]
                    rows.append([party.rawValue, column.from, column.to, cell.stance.rawValue, String(cell.tally.support),
                                 String(cell.tally.oppose), String(cell.tally.conditional)])
                }
            }
            return CSVWriter.render(header: ["party", "from", "to", "stance", "support", "oppose", "conditional"], rows: rows)
        case .markdown, .table:
            let heads = t.columns.map { String($0.from.dropFirst(5)) }
            let header = [t.issue.label] + heads
            let rows = t.parties.enumerated().map { p, party in
                [party.label] + t.cells[p].map { $0.stance == .none ? "·" : $0.stance.glyph }
            }
            if format == .markdown {
                var out = "| " + header.joined(separator: " | ") + " |\n|" + header.map { _ in "---" }.joined(separator: "|") + "|\n"
                for r in rows { out += "| " + r.joined(separator: " | ") + " |\n" }
                return out
            }
            var out = TextTable(header: header, rows: rows, maxWidth: 200).render()
            out += "\ncolumns are \(t.period == .week ? "weeks from Monday" : "days"), headed by their first day (MM-DD)"
            if t.undated > 0 { out += "; \(t.undated) claims from undated articles are not shown" }
            return out + "\n+ support  - oppose  ? conditional  ± mixed  · no evidence\n"
        }
    }

    /// Words of `text` in lines of at most `width` columns.
    static func wrap(_ text: String, width: Int) -> [String] {
        var lines: [String] = []
        var line = ""
        for word in text.split(separator: " ") {
            let w = String(word)
            if line.isEmpty { line = w } else if DisplayWidth.of(line) + 1 + DisplayWidth.of(w) <= width {
                line += " " + w
            } else {
                lines.append(line)
                line = w
            }
        }
        if !line.isEmpty { lines.append(line) }
        return lines
    }
}

extension String {
    func replacingAll(_ target: String, with replacement: String) -> String {
        split(separator: Character(target), omittingEmptySubsequences: false).joined(separator: replacement)
    }

    func trimmingTrailingSpaces() -> String {
        var s = self
        while s.last == " " { s.removeLast() }
        return s
    }
}

extension Exporters {
    // MARK: framing

    public static func json(_ f: Framing) -> JSONValue {
        .object([
            ("issue", .string(f.issue.rawValue)),
            ("parties", .array(f.parties.map { .string($0.rawValue) })),
            ("outlets", .array(f.outlets.enumerated().map { k, name in
                .object([("outlet", .string(name)), ("cells", .array(f.parties.enumerated().map { p, party in
                    let cell = f.cells[k][p]
                    return .object([("party", .string(party.rawValue)), ("stance", .string(cell.stance.rawValue)),
                                    ("support", .int(cell.tally.support)), ("oppose", .int(cell.tally.oppose)),
                                    ("conditional", .int(cell.tally.conditional))])
                }))])
            })),
        ])
    }

    public static func framing(_ f: Framing, as format: OutputFormat) -> String {
        switch format {
        case .json:
            return json(f).serialized(pretty: true) + "\n"
        case .csv:
            var rows: [[String]] = []
            for (k, name) in f.outlets.enumerated() {
                for (p, party) in f.parties.enumerated() {
                    let cell = f.cells[k][p]
                    rows.append([name, party.rawValue, cell.stance.rawValue, String(cell.tally.support),
                                 String(cell.tally.oppose), String(cell.tally.conditional)])
                }
            }
            return CSVWriter.render(header: ["outlet", "party", "stance", "support", "oppose", "conditional"], rows: rows)
        case .markdown, .table:
            let header = ["OUTLET (\(f.issue.label))"] + f.parties.map(\.label)
            let rows = f.outlets.enumerated().map { k, name in
                [name] + f.cells[k].map { $0.stance == .none ? "·" : "\($0.stance.glyph) \($0.tally.split)" }
            }
            if format == .markdown {
                var out = "| " + header.joined(separator: " | ") + " |\n|" + header.map { _ in "---" }.joined(separator: "|") + "|\n"
                for r in rows { out += "| " + r.joined(separator: " | ") + " |\n" }
                return out
            }
            return TextTable(header: header, rows: rows, flexible: [0]).render()
                + "\neach cell: the stance the outlet's articles give the party, and the split of their evidence\n"
        }
    }
}
