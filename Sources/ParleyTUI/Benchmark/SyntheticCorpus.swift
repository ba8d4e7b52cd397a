import ParleyCore

/// A made-up corpus of any size with analyses already attached (mentions, quotes, claims),
/// for measuring the browser on 10,000 articles without running the analyser.
public enum SyntheticCorpus {
    static let people: [(String, String, Party)] = [
        ("vladimir-putin", "Vladimir Putin", .russia), ("sergei-lavrov", "Sergei Lavrov", .russia),
        ("dmitry-peskov", "Dmitry Peskov", .russia), ("volodymyr-zelenskyy", "Volodymyr Zelenskyy", .ukraine),
        ("andrii-sybiha", "Andrii Sybiha", .ukraine), ("donald-trump", "Donald Trump", .us),
        ("marco-rubio", "Marco Rubio", .us), ("steve-witkoff", "Steve Witkoff", .us),
        ("emmanuel-macron", "Emmanuel Macron", .europe), ("keir-starmer", "Keir Starmer", .europe),
        ("friedrich-merz", "Friedrich Merz", .europe), ("recep-tayyip-erdogan", "Recep Tayyip Erdoğan", .other),
    ]
    static let outlets = ["Harbour Post", "Daily Ledger", "Eastern Wire", "Morning Courier", "Valley Times"]
    static let filler = [
        "Officials met late into the evening to compare drafts of a possible framework.",
        "Diplomats described the atmosphere as cautious but businesslike.",
        "The delegations exchanged written proposals on prisoner releases and humanitarian corridors.",
        "Observers noted that neither side published the full text of its position.",
        "Several rounds of consultations are expected before any leaders meet in person.",
        "Markets reacted calmly to the news, with energy prices little changed.",
        "Aid agencies asked for guaranteed access to towns near the front line.",
        "Analysts cautioned that earlier rounds had stalled over the sequencing of steps.",
    ]
    static let claimTemplates: [(Issue, Stance, String, String)] = [
        (.ceasefire, .support, "called for an immediate ceasefire along the whole front", "called for"),
        (.ceasefire, .oppose, "rejected a temporary truce as a pause for rearmament", "rejected"),
        (.directTalks, .support, "said the government is ready for direct talks without delay", "ready for"),
        (.territory, .oppose, "refused to recognise any annexed land", "refused to recognise"),
        (.nato, .oppose, "demanded that the alliance close its door to new members in the east", "demanded"),
        (.securityGuarantees, .conditional, "would back security guarantees only after a signed settlement", "only after"),
        (.sanctions, .support, "promised to keep every sanction in place until a settlement", "keep"),
        (.reconstruction, .support, "backed using frozen assets to pay for rebuilding", "backed"),
    ]

    /// A model of `count` articles of about `words` words each, dated over 120 days.
    public static func make(articles count: Int, words: Int = 600) -> (model: ParleyModel, knowledge: KnowledgeBase) {
        var articles: [Article] = []
        var analyses: [ArticleAnalysis] = []
        articles.reserveCapacity(count)
        analyses.reserveCapacity(count)
        var seed: UInt64 = 0x9E3779B97F4A7C15
        func next(_ n: Int) -> Int {
            seed ^= seed << 13; seed ^= seed >> 7; seed ^= seed << 17
            return Int(seed % UInt64(n))
        }
        for i in 0..<count {
            let id = "synthetic-\(i)"
            let day = DayNumber.string(DayNumber.from("2025-02-01")! + next(120))
            var text = ""
            var mentions: [Mention] = []
            var claims: [Claim] = []
            var quotes: [Quote] = []
            var wordCount = 0
            var paragraph = 0
            while wordCount < words {
                if !text.isEmpty { text += "\n\n" }
                paragraph += 1
                let person = people[next(people.count)]
                let start = text.utf8.count
                if paragraph % 2 == 1 {
                    let t = claimTemplates[next(claimTemplates.count)]
                    let sentence = "\(person.1) \(t.2)."
                    text += sentence
                    mentions.append(Mention(actor: person.0, article: id,
                                            span: TextSpan(start: start, end: start + person.1.utf8.count), surface: person.1))
                    if person.2 != .other {
                        claims.append(Claim(article: id, holder: person.2, issue: t.0, stance: t.1, actor: person.0,
                                            sentence: sentence, span: TextSpan(start: start, end: text.utf8.count),
                                            cue: t.3, published: day))
                    }
                } else {
                    let quote = "We will judge the other side by its actions, not its words"
                    text += "\"\(quote),\" \(person.1) told reporters."
                    quotes.append(Quote(article: id, speaker: person.0, speakerName: person.1, party: person.2,
                                        text: quote, direct: true,
                                        span: TextSpan(start: start + 1, end: start + 1 + quote.utf8.count)))
                    let at = text.utf8.count - " told reporters.".utf8.count - person.1.utf8.count
                    mentions.append(Mention(actor: person.0, article: id,
                                            span: TextSpan(start: at, end: at + person.1.utf8.count), surface: person.1))
                }
                for _ in 0..<4 { text += " " + filler[next(filler.count)] }
                wordCount = text.split(separator: " ").count
            }
            let title = "\(people[next(people.count)].1) and the \(claimTemplates[next(claimTemplates.count)].0.label.lowercased()) question, day \(i % 120 + 1)"
            articles.append(Article(id: id, path: "/synthetic/\(id).txt", title: title,
                                    outlet: outlets[next(outlets.count)], published: day, text: text))
            analyses.append(ArticleAnalysis(article: id, mentions: mentions, quotes: quotes, claims: claims))
        }
        let actors = people.map { Actor(id: $0.0, name: $0.1, party: $0.2, kind: .person) }
        let knowledge = KnowledgeBase(actors: actors, spellingGroups: actors.map { [$0.name] })
        return (ParleyModel(articles: articles, analyses: analyses, knownActors: actors), knowledge)
    }
}
