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

    /// The entries for what the pane shows.
    public static func items(for detail: Detail, state: AppState) -> [DetailItem] {
        guard let data = state.data else { return [] }
        func place(_ articleID: String) -> String {
            let a = data.model.article(articleID)
            return [a?.published ?? "undated", a?.outlet].compactMap { $0 }.joined(separator: " · ")
        }
        switch detail {
        case .evidence(let party, let issue, _):
            return (state.matrix.cell(party, issue)?.evidence ?? []).map { c in
                var who = c.actor.map(data.actorName) ?? "(unnamed \(c.holder.label) source)"
                if let s = c.source, s != c.actor { who += " (via \(data.actorName(s)))" }
                return DetailItem(article: c.article, span: c.span, glyph: c.stance.glyph,
                                  glyphKey: "stance." + c.stance.rawValue, who: who,
                                  partyKey: PartyTag.styleKey(c.holder), heading: place(c.article),
                                  cue: c.cue, body: c.sentence)
            }
        case .actor(let id, _):
            let name = data.actorName(id)
            let partyKey = PartyTag.styleKey(data.actorParty(id))
            let quotes = (data.quotesByActor[id] ?? []).map { q in
                DetailItem(article: q.article, span: q.span, glyph: "“", glyphKey: "reader.quote",
                           who: name, partyKey: partyKey,
                           heading: place(q.article) + (q.direct ? "" : " · reported"), cue: nil,
                           body: "“" + q.text + "”")
            }
            let claims = (data.claimsByActor[id] ?? []).map { c in
                DetailItem(article: c.article, span: c.span, glyph: c.stance.glyph,
                           glyphKey: "stance." + c.stance.rawValue,
                           who: "\(c.holder.label) \(c.stance.rawValue): \(c.issue.label)",
                           partyKey: PartyTag.styleKey(c.holder), heading: place(c.article),
                           cue: c.cue, body: c.sentence)
            }
            return claims + quotes
        default:
            return []
        }
    }
}
