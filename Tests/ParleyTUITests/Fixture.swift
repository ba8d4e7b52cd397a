import ParleyCore
@testable import ParleyTUI

/// A small corpus written for these tests (not taken from any real article), with
/// hand-made analyses: mentions found by name, a quote, and claims with their sentences.
enum Fixture {
    static let actors: [Actor] = [
        Actor(id: "vladimir-putin", name: "Vladimir Putin", party: .russia, kind: .person,
              role: "President of Russia", aliases: ["Putin", "Путин"]),
        Actor(id: "dmitry-peskov", name: "Dmitry Peskov", party: .russia, kind: .person, aliases: ["Peskov"]),
        Actor(id: "volodymyr-zelenskyy", name: "Volodymyr Zelenskyy", party: .ukraine, kind: .person,
              role: "President of Ukraine", aliases: ["Zelensky", "Zelenskiy", "Зеленский"]),
        Actor(id: "donald-trump", name: "Donald Trump", party: .us, kind: .person, aliases: ["Trump"]),
        Actor(id: "marco-rubio", name: "Marco Rubio", party: .us, kind: .person, aliases: ["Rubio"]),
        Actor(id: "emmanuel-macron", name: "Emmanuel Macron", party: .europe, kind: .person, aliases: ["Macron"]),
        Actor(id: "recep-tayyip-erdogan", name: "Recep Tayyip Erdoğan", party: .other, kind: .person,
              aliases: ["Erdogan", "Erdoğan"]),
    ]

    struct Spec {
        var id: String
        var title: String
        var outlet: String?
        var published: String?
        var text: String
        /// (speaker, quoted words)
        var quotes: [(String, String)] = []
        /// (holder, issue, stance, actor, sentence, cue)
        var claims: [(Party, Issue, Stance, String?, String, String)] = []
    }

    static let specs: [Spec] = [
        Spec(id: "a1-kremlin-istanbul", title: "Kremlin floats talks in Istanbul without preconditions",
             outlet: "Harbour Post", published: "2025-05-02",
             text: """
             Vladimir Putin said on Friday that Moscow was prepared to resume direct talks with Kyiv in Istanbul.

             "We are open to a serious conversation," Putin told reporters in the evening. Dmitry Peskov added that a ceasefire could follow only after the talks had begun.

             Volodymyr Zelenskyy answered that Ukraine would never recognise occupied land as Russian.
             """,
             quotes: [("vladimir-putin", "We are open to a serious conversation,")],
             claims: [
                (.russia, .directTalks, .support, "vladimir-putin",
                 "Vladimir Putin said on Friday that Moscow was prepared to resume direct talks with Kyiv in Istanbul.", "prepared to resume"),
                (.russia, .ceasefire, .conditional, "dmitry-peskov",
                 "Dmitry Peskov added that a ceasefire could follow only after the talks had begun.", "only after"),
                (.ukraine, .territory, .oppose, "volodymyr-zelenskyy",
                 "Volodymyr Zelenskyy answered that Ukraine would never recognise occupied land as Russian.", "never recognise"),
             ]),
        Spec(id: "a2-washington-truce", title: "Washington presses both sides toward a thirty-day truce",
             outlet: "Daily Ledger", published: "2025-04-20",
             text: """
             Donald Trump urged Russia and Ukraine to accept a thirty-day ceasefire. Marco Rubio said some sanctions could be eased if Moscow agreed.

             Emmanuel Macron said Europe stands ready to provide security guarantees for Ukraine.
             """,
             claims: [
                (.us, .ceasefire, .support, "donald-trump",
                 "Donald Trump urged Russia and Ukraine to accept a thirty-day ceasefire.", "urged"),
                (.us, .sanctions, .oppose, "marco-rubio",
                 "Marco Rubio said some sanctions could be eased if Moscow agreed.", "could be eased"),
                (.europe, .securityGuarantees, .support, "emmanuel-macron",
                 "Emmanuel Macron said Europe stands ready to provide security guarantees for Ukraine.", "ready to provide"),
             ]),
        Spec(id: "a3-ankara-venue", title: "Ankara offers to host another round", outlet: nil, published: nil,
             text: """
             Recep Tayyip Erdoğan offered Istanbul again as a venue for the delegations.

             Analysts doubted that a single meeting would produce a settlement.
             """),
        Spec(id: "a4-multilingual", title: "Мирные переговоры: 和平谈判 и надежды 🕊️", outlet: "Eastern Wire",
             published: "2025-05-10",
             text: """
             Путин и Зеленский — 和平谈判 resume in the headlines 🇺🇦.

             Volodymyr Zelenskyy said Kyiv wants NATO membership to stay on the table.
             """,
             claims: [
                (.ukraine, .nato, .support, "volodymyr-zelenskyy",
                 "Volodymyr Zelenskyy said Kyiv wants NATO membership to stay on the table.", "wants"),
             ]),
        Spec(id: "a5-sanctions-warning", title: "European leaders warn against easing sanctions",
             outlet: "Harbour Post", published: "2025-05-12",
             text: """
             Emmanuel Macron said sanctions on Russia must stay until a full ceasefire holds.

             Vladimir Putin rejected the thirty-day truce as a ploy to rearm Ukraine.
             """,
             claims: [
                (.europe, .sanctions, .support, "emmanuel-macron",
                 "Emmanuel Macron said sanctions on Russia must stay until a full ceasefire holds.", "must stay"),
                (.russia, .ceasefire, .oppose, "vladimir-putin",
                 "Vladimir Putin rejected the thirty-day truce as a ploy to rearm Ukraine.", "rejected"),
             ]),
    ]

    static let knowledge = KnowledgeBase(
        actors: actors,
        spellingGroups: actors.map { [$0.name] + $0.aliases } + [["Kyiv", "Kiev"]])

    /// Byte spans of every occurrence of `needle` in `text`.
    static func spans(of needle: String, in text: String) -> [TextSpan] {
        let hay = Array(text.utf8), n = Array(needle.utf8)
        guard !n.isEmpty, hay.count >= n.count else { return [] }
        var out: [TextSpan] = []
        var i = 0
        while i + n.count <= hay.count {
            if Array(hay[i..<(i + n.count)]) == n { out.append(TextSpan(start: i, end: i + n.count)); i += n.count }
            else { i += 1 }
        }
        return out
    }

    static func analysis(_ spec: Spec) -> ArticleAnalysis {
        var mentions: [Mention] = []
        var taken: [TextSpan] = []
        for actor in actors {
            for name in ([actor.name] + actor.aliases).sorted(by: { $0.utf8.count > $1.utf8.count }) {
                for s in spans(of: name, in: spec.text) where !taken.contains(where: { $0.start < s.end && s.start < $0.end }) {
                    taken.append(s)
                    mentions.append(Mention(actor: actor.id, article: spec.id, span: s, surface: name))
                }
            }
        }
        mentions.sort { $0.span < $1.span }
        let quotes = spec.quotes.map { q in
            Quote(article: spec.id, speaker: q.0, speakerName: actors.first { $0.id == q.0 }?.name,
                  party: actors.first { $0.id == q.0 }?.party, text: q.1, direct: true,
                  span: spans(of: q.1, in: spec.text).first!)
        }
        let claims = spec.claims.map { c in
            Claim(article: spec.id, holder: c.0, issue: c.1, stance: c.2, actor: c.3, sentence: c.4,
                  span: spans(of: c.4, in: spec.text).first!, cue: c.5, published: spec.published)
        }
        return ArticleAnalysis(article: spec.id, mentions: mentions, quotes: quotes, claims: claims)
    }

    static let model: ParleyModel = {
        let articles = specs.map {
            Article(id: $0.id, path: "/fixture/\($0.id).txt", title: $0.title, outlet: $0.outlet,
                    published: $0.published, text: $0.text)
        }
        return ParleyModel(articles: articles, analyses: specs.map(analysis), knownActors: actors)
    }()

    static let data = BrowserData(model: model, knowledge: knowledge)

    /// A state with the fixture loaded at a size.
    static func state(width: Int = 120, height: Int = 40) -> AppState {
        var s = AppState(size: Size(width: width, height: height), corpusName: "fixture",
                         themeNames: ["default", "light", "high-contrast", "monochrome"])
        reduce(&s, .corpusLoaded(data))
        return s
    }

    /// Presses keys given as a string ("3jj\n"), with `\n` as Enter and `\u{1b}` as Esc.
    static func press(_ keys: String, _ state: inout AppState) {
        for ch in keys {
            switch ch {
            case "\n": reduce(&state, .keyPressed(.enter))
            case "\u{1b}": reduce(&state, .keyPressed(.escape))
            case "\t": reduce(&state, .keyPressed(.tab))
            default: reduce(&state, .keyPressed(.char(ch)))
            }
        }
    }
}
