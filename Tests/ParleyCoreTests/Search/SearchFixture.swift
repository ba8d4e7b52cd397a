@testable import ParleyCore

/// A small hand-written corpus and knowledge base for the search tests.
enum SearchFixture {
    static let knowledge = KnowledgeBase(
        actors: [
            Actor(id: "volodymyr-zelenskyy", name: "Volodymyr Zelenskyy", party: .ukraine, kind: .person,
                  aliases: ["Zelensky", "Zelenskiy", "Vladimir Zelensky"]),
            Actor(id: "vladimir-putin", name: "Vladimir Putin", party: .russia, kind: .person, aliases: ["Putin"]),
            Actor(id: "recep-tayyip-erdogan", name: "Recep Tayyip Erdoğan", party: .other, kind: .person,
                  aliases: ["Erdogan"]),
            Actor(id: "marco-rubio", name: "Marco Rubio", party: .us, kind: .person, aliases: ["Rubio"]),
        ],
        spellingGroups: [
            ["Volodymyr Zelenskyy", "Zelensky", "Zelenskiy", "Vladimir Zelensky"],
            ["Vladimir Putin", "Putin"],
            ["Recep Tayyip Erdoğan", "Erdoğan", "Erdogan"],
            ["Kyiv", "Kiev"],
        ],
        issueSignals: [.territory: ["occupied territories", "Crimea"], .ceasefire: ["ceasefire", "truce"]],
        version: "test")

    static let texts: [(id: String, outlet: String?, published: String?, text: String)] = [
        ("a1", "Harbour Daily", "2025-03-02",
         "Zelenskiy met envoys in Kiev on Monday.\n\nThe talks in the capital ran late into the night."),
        ("a2", "Steppe Wire", "2025-05-10",
         "President Volodymyr Zelenskyy's office said Kyiv would not accept any deal on Crimea.\n\nOfficials called it a firm line."),
        ("a3", "Harbour Daily", "2025-05-20",
         "Erdoğan offered Istanbul as a venue. Vladimir Putin's aide welcomed the offer of an Easter truce."),
        ("a4", nil, nil,
         "A short note with no date: the easter parade passed, and a truce was discussed elsewhere."),
        ("a5", "Café Monde", "2025-06-01",
         "Marco Rubio said sanctions stay. Zelensky thanked him; Putin did not comment on Crimea."),
    ]

    static func model() -> ParleyModel {
        var articles: [Article] = []
        var analyses: [ArticleAnalysis] = []
        for t in texts {
            articles.append(Article(id: t.id, path: "/corpus/\(t.id).txt", title: "Title \(t.id)",
                                    outlet: t.outlet, published: t.published, text: t.text))
            analyses.append(analysis(for: t.id, text: t.text))
        }
        return ParleyModel(articles: articles, analyses: analyses, knownActors: knowledge.actors)
    }

    /// Mentions found by plain lookup of the actors' spellings (the tests do not depend on
    /// the real analyser).
    static func analysis(for id: String, text: String) -> ArticleAnalysis {
        var mentions: [Mention] = []
        for actor in knowledge.actors {
            for name in [actor.name] + actor.aliases where text.contains(name) {
                mentions.append(Mention(actor: actor.id, article: id, span: TextSpan(start: 0, end: 1), surface: name))
                break
            }
        }
        var claims: [Claim] = []
        if id == "a1" {
            claims.append(Claim(article: id, holder: .ukraine, issue: .directTalks, stance: .support,
                                actor: "volodymyr-zelenskyy", sentence: "Zelenskiy met envoys in Kiev on Monday.",
                                span: TextSpan(start: 0, end: 10), cue: "met", published: "2025-03-02"))
        }
        return ArticleAnalysis(article: id, mentions: mentions, claims: claims)
    }

    static func index() -> SearchIndex {
        SearchIndex(model: model(), knowledge: knowledge)
    }
}
