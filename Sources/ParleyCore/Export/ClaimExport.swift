/// `parley claims`: every claim the analysis made, with the rule and confidence behind it,
/// for users checking the matrix and for anyone asking why a sentence was read as it was.
extension Exporters {
    /// A claim as `parley claims` prints it: the matrix's evidence keys plus its holder,
    /// issue, identity and whether it counts in the matrix.
    public static func claimRecord(_ c: Claim) -> JSONValue {
        .object([
            ("article", .string(c.article)), ("party", .string(c.holder.rawValue)),
            ("issue", .string(c.issue.rawValue)), ("stance", .string(c.stance.rawValue)),
            ("actor", .optional(c.actor)), ("source", .optional(c.source)),
            ("published", .optional(c.published)), ("sentence", .string(c.sentence)),
            ("cue", .string(c.cue)), ("rule", .string(c.rule)),
            ("confidence", .double((c.confidence * 100).rounded() / 100)),
            ("counted", .bool(c.isConfident)), ("id", .string(c.evidenceID)),
        ])
    }

    public static func claims(_ claims: [Claim], as format: OutputFormat) -> String {
        func confidence(_ c: Claim) -> String { String(Int((c.confidence * 100).rounded())) + "%" }
        switch format {
        case .json, .markdown:
            return JSONValue.array(claims.map(claimRecord)).serialized(pretty: true) + "\n"
        case .csv:
            return CSVWriter.render(
                header: ["article", "party", "issue", "stance", "actor", "source", "published", "cue", "rule",
                         "confidence", "counted", "sentence"],
                rows: claims.map { c in
                    [c.article, c.holder.rawValue, c.issue.rawValue, c.stance.rawValue, c.actor ?? "",
                     c.source ?? "", c.published ?? "", c.cue, c.rule,
                     String((c.confidence * 100).rounded() / 100), c.isConfident ? "true" : "false", c.sentence]
                })
        case .table:
            return TextTable(
                header: ["ARTICLE", "PARTY", "ISSUE", "STANCE", "SURE", "RULE", "CUE", "SENTENCE"],
                rows: claims.map { c in
                    [c.article, c.holder.rawValue, c.issue.rawValue, c.stance.rawValue,
                     confidence(c) + (c.isConfident ? "" : "?"), c.rule, c.cue, c.sentence]
                },
                flexible: [0, 5, 6, 7], maxWidth: 160).render()
                + "\nSURE is the reading's confidence; a `?` marks claims kept out of the matrix as uncertain\n"
        }
    }
}
