import ParleyCore

/// One entry of the Detail pane: a piece of evidence, a quote or a claim, with the article
/// and sentence Enter opens.
public struct DetailItem: Hashable, Sendable {
    public var article: String
    public var span: TextSpan
    public var glyph: String
    public var glyphKey: String
    public var who: String
    public var partyKey: String
    public var heading: String
    public var cue: String?
    public var body: String

    /// The entries for what the pane shows, built only when read (a matrix cell or an
    /// actor may have thousands; a frame reads the few on screen).
    public static func items(for detail: Detail, state: AppState) -> DetailItems {
        DetailItems(detail: detail, state: state)
    }
}

/// The Detail pane's entries as a lazy collection: `count` is free, each entry is made
/// when it is read.
public struct DetailItems: RandomAccessCollection {
    let state: AppState
    let evidence: [Claim]
    /// The cell's uncertain readings, listed after its evidence when the user asks for them.
    let uncertain: [Claim]
    let claims: [Claim]
    let quotes: [Quote]
    let actorID: String?

    init(detail: Detail, state: AppState) {
        self.state = state
        switch detail {
        case .evidence(let party, let issue, _):
            let cell = state.matrix.cell(party, issue)
            evidence = cell?.evidence ?? []
            uncertain = state.showUncertain ? cell?.uncertain ?? [] : []
            claims = []; quotes = []; actorID = nil
        case .actor(let id, _):
            evidence = []; uncertain = []
            claims = state.data?.claimsByActor[id] ?? []
            quotes = state.data?.quotesByActor[id] ?? []
            actorID = id
        default:
            evidence = []; uncertain = []; claims = []; quotes = []; actorID = nil
        }
    }

    public var startIndex: Int { 0 }
    public var endIndex: Int { actorID == nil ? evidence.count + uncertain.count : claims.count + quotes.count }

    public subscript(i: Int) -> DetailItem {
        guard let data = state.data else { preconditionFailure("no corpus") }
        func place(_ articleID: String) -> String {
            let a = data.model.article(articleID)
            return [a?.published ?? "undated", a?.outlet].compactMap { $0 }.joined(separator: " · ")
        }
        if let id = actorID {
            if i < claims.count {
                let c = claims[i]
                return DetailItem(article: c.article, span: c.span, glyph: c.stance.glyph,
                                  glyphKey: "stance." + c.stance.rawValue,
                                  who: "\(c.holder.label) \(c.stance.rawValue): \(c.issue.label)",
                                  partyKey: PartyTag.styleKey(c.holder), heading: place(c.article),
                                  cue: c.cue, body: c.sentence)
            }
            let q = quotes[i - claims.count]
            return DetailItem(article: q.article, span: q.span, glyph: "“", glyphKey: "reader.quote",
                              who: data.actorName(id), partyKey: PartyTag.styleKey(data.actorParty(id)),
                              heading: place(q.article) + (q.direct ? "" : " · reported"), cue: nil,
                              body: "“" + q.text + "”")
        }
        let unsure = i >= evidence.count
        let c = unsure ? uncertain[i - evidence.count] : evidence[i]
        var who = c.actor.map(data.actorName) ?? "(unnamed \(c.holder.label) source)"
        if let s = c.source, s != c.actor { who += " (via \(data.actorName(s)))" }
        // An uncertain reading says so, with how sure it is and the rule that made it.
        let heading = place(c.article)
            + (unsure ? " · uncertain \(Int((c.confidence * 100).rounded()))% (\(c.rule))" : "")
        return DetailItem(article: c.article, span: c.span, glyph: unsure ? "~" : c.stance.glyph,
                          glyphKey: unsure ? "text.dim" : "stance." + c.stance.rawValue, who: who,
                          partyKey: PartyTag.styleKey(c.holder), heading: heading,
                          cue: unsure ? "\(c.stance.rawValue): " + c.cue : c.cue, body: c.sentence)
    }
}
