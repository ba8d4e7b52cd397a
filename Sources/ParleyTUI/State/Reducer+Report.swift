import ParleyCore

/// From the screen to the report: `y` copies the selection, `o` opens the article's web
/// address, `E` writes the view as Markdown. Each asks the program around the browser
/// (`effects`); the reducer itself touches nothing outside the state.
extension AppState {
    /// The article the selection is about, and the evidence sentence when one is selected.
    var reportSelection: (article: Article, claim: Claim?)? {
        guard let data else { return nil }
        switch (focus, detail) {
        case (.reader, .reader(let p)):
            return data.model.article(p.article).map { ($0, nil) }
        case (.reader, .evidence(let party, let issue, let list)):
            let cell = matrix.cell(party, issue)
            let all = (cell?.evidence ?? []) + (showUncertain ? cell?.uncertain ?? [] : [])
            guard list.selected < all.count, let a = data.model.article(all[list.selected].article) else { return nil }
            return (a, all[list.selected])
        case (.reader, .actor(let id, let list)):
            let claims = data.claimsByActor[id] ?? []
            if list.selected < claims.count, let a = data.model.article(claims[list.selected].article) {
                return (a, claims[list.selected])
            }
            let items = DetailItem.items(for: detail, state: self)
            guard list.selected < items.count, let a = data.model.article(items[list.selected].article) else { return nil }
            return (a, nil)
        case (.reader, .compare(let sides, let side, let list)):
            guard side < sides.count, let key = comparison(sides).cells[min(list.selected, Issue.allCases.count - 1)][side].key,
                  let a = data.model.article(key.article) else { return nil }
            return (a, key)
        default:
            return selectedArticle.map { ($0, nil) }
        }
    }

    /// `y`: the selected evidence (sentence, speaker, outlet, date, address) or article.
    mutating func copySelection() {
        guard let data, let (article, claim) = reportSelection else {
            notice = "Nothing selected to copy"
            return
        }
        let place = [article.outlet, article.published].compactMap { $0 }.joined(separator: ", ")
        var text: String
        if let claim {
            let who = claim.actor.map(data.actorName) ?? claim.holder.label
            text = "“\(claim.sentence)” — \(who)" + (place.isEmpty ? "" : ", \(place)")
        } else {
            text = (article.title ?? article.id) + (place.isEmpty ? "" : " — \(place)")
        }
        if let url = article.url { text += ". " + url }
        effects.append(.copy(text))
        notice = "Copied to the clipboard: " + String(text.prefix(60)) + (text.count > 60 ? "…" : "")
    }

    /// `o`: the selected article's web address, in the user's browser.
    mutating func openSelectedURL() {
        guard let (article, _) = reportSelection else { notice = "No article selected"; return }
        guard let url = article.url, !url.isEmpty else {
            notice = "This article has no web address"
            return
        }
        effects.append(.open(url: url))
        notice = "Opening " + url
    }

    /// `E`: the view on screen as Markdown, in a file in the current folder.
    mutating func exportView() {
        guard let data else { return }
        let kind: String
        var markdown: String
        switch (focus, detail) {
        case (.reader, .compare(let sides, _, _)):
            kind = "compare-" + sides.map(\.rawValue).joined(separator: "-")
            markdown = Exporters.compare(comparison(sides), as: .markdown) { data.model.article($0)?.outlet }
        case (.reader, .timeline(let issue, _, _)):
            kind = "timeline-" + issue.rawValue
            markdown = Exporters.timeline(timeline(issue), as: .markdown)
        case (.reader, .evidence(let party, let issue, _)):
            kind = "evidence-\(party.rawValue)-\(issue.rawValue)"
            let cell = matrix.cell(party, issue)
            markdown = "## " + issue.sentence(party, cell?.stance ?? .none) + "\n\n"
            for c in cell?.evidence ?? [] {
                let article = data.model.article(c.article)
                let place = [article?.outlet, c.published].compactMap { $0 }.joined(separator: ", ")
                let who = c.actor.map(data.actorName) ?? c.holder.label
                markdown += "- “\(c.sentence)” — \(who)" + (place.isEmpty ? "" : ", \(place)")
                    + (article?.url.map { " <\($0)>" } ?? "") + "\n"
            }
        default:
            kind = "matrix"
            markdown = Exporters.matrix(matrix, as: .markdown)
        }
        if let f = matrix.filter { markdown += "\n" + f.summary + " (" + f.query + ")\n" }
        if let w = window { markdown += "\ndate window: \(w.from ?? "…") → \(w.to ?? "…")\n" }
        effects.append(.write(path: "parley-\(kind).md", contents: markdown))
    }
}
