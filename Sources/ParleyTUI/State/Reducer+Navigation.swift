import ParleyCore

extension AppState {
    /// Moves within the focused pane: list rows, matrix issues, or reader lines.
    mutating func move(_ delta: Int) {
        switch focus {
        case .articles:
            let before = articles.selected
            articles.move(by: delta, count: articleRows.count, visible: visibleRows(.articles))
            if before != articles.selected { articleSelectionChanged() }
        case .actors:
            actors.move(by: delta, count: actorRows.count, visible: visibleRows(.actors))
            followSelection()
        case .matrix:
            let count = Issue.allCases.count
            matrixIssue = min(max(0, matrixIssue + max(-count, min(count, delta))), count - 1)
            followSelection()
        case .reader:
            switch detail {
            case .reader(var p):
                p.scroll = min(max(0, p.scroll + delta), maxReaderScroll(p.article))
                detail = .reader(p)
            case .evidence(let party, let issue, var list):
                let count = DetailItem.items(for: detail, state: self).count
                let step = abs(delta) >= visibleRows(.reader) ? delta.signum() * max(1, visibleRows(.reader) / 3) : delta
                list.move(by: abs(delta) > 1_000_000 ? delta : step, count: count, visible: 1)
                list.offset = min(list.offset, list.selected)
                detail = .evidence(party: party, issue: issue, list: list)
            case .actor(let id, var list):
                let count = DetailItem.items(for: detail, state: self).count
                let step = abs(delta) >= visibleRows(.reader) ? delta.signum() * max(1, visibleRows(.reader) / 3) : delta
                list.move(by: abs(delta) > 1_000_000 ? delta : step, count: count, visible: 1)
                list.offset = min(list.offset, list.selected)
                detail = .actor(id: id, list: list)
            case .compare, .timeline:
                _ = moveRowInView(delta.signum())
            case .empty:
                break
            }
        }
    }

    /// h/l: across parties in the matrix, otherwise to the neighbouring pane.
    mutating func moveSideways(_ delta: Int) {
        if focus == .reader && moveInView(delta) { return }
        if focus == .matrix {
            let next = matrixParty + delta
            if next >= 0 && next < Party.matrixParties.count {
                matrixParty = next
                followSelection()
                return
            }
            if next < 0 { focusPane(.articles) }
            return
        }
        if layout.mode == .single {
            focusPane(Pane(rawValue: (focus.rawValue + (delta > 0 ? 1 : 3)) % 4)!)
        } else {
            focusPane(MainLayout.neighbour(of: focus, right: delta > 0))
        }
    }

    mutating func focusPane(_ pane: Pane) {
        guard pane != focus else { return }
        focus = pane
        if pane != .reader { followSelection() }
        else if case .empty = detail { followSelection() }
    }

    /// Makes the Reader / Detail pane show what the focused pane has selected.
    mutating func followSelection() {
        guard let data else { return }
        history = []
        switch focus {
        case .articles:
            if let a = selectedArticle { detail = .reader(ReaderPosition(article: a.id)) } else { detail = .empty }
        case .actors:
            if actors.selected < actorRows.count {
                detail = .actor(id: actorRows[actors.selected].id, list: ListState())
            } else { detail = .empty }
        case .matrix:
            let (party, issue) = selectedCell
            detail = .evidence(party: party, issue: issue, list: ListState())
        case .reader:
            if case .empty = detail, let a = selectedArticle {
                detail = .reader(ReaderPosition(article: a.id))
            }
        }
        _ = data
    }

    mutating func articleSelectionChanged() {
        if actorScope == .article {
            actors = ListState()
            rebuildActorRows()
        }
        if focus == .articles { followSelection() }
    }

    /// Enter.
    mutating func open() {
        guard let data else { return }
        switch focus {
        case .articles:
            guard let a = selectedArticle else { return }
            detail = .reader(ReaderPosition(article: a.id))
            history = []
            focus = .reader
        case .actors:
            guard actors.selected < actorRows.count else { return }
            let id = actorRows[actors.selected].id
            if actorFilter == id {
                actorFilter = nil
                notice = "Showing every article"
            } else {
                actorFilter = id
                notice = "Articles mentioning \(data.actorName(id)) · Esc shows all"
            }
            rebuildArticleRows()
            focus = .articles
            followSelection()
        case .matrix:
            followSelection()
            focus = .reader
        case .reader:
            if openFromView() { return }
            switch detail {
            case .evidence(_, _, let list), .actor(_, let list):
                let items = DetailItem.items(for: detail, state: self)
                guard list.selected < items.count else { return }
                let item = items[list.selected]
                history.append(detail)
                var position = ReaderPosition(article: item.article, target: item.span)
                if let article = data.model.article(item.article) {
                    let doc = ReaderDocument(article: article, width: readerWidth)
                    if let line = doc.line(containing: item.span.start) {
                        position.scroll = min(max(0, line - 2), maxReaderScroll(item.article))
                    }
                }
                detail = .reader(position)
                // The article list and the actors follow the evidence to its article.
                if let p = data.position[item.article], let row = articleRows.firstIndex(of: p) {
                    articles.selected = row
                    articles.scrollToSelection(visible: visibleRows(.articles), count: articleRows.count)
                    if actorScope == .article { actors = ListState(); rebuildActorRows() }
                }
            default:
                break
            }
        }
    }

    /// Esc: one step back.
    mutating func back() {
        if focus == .reader {
            if let previous = history.popLast() {
                detail = previous
                return
            }
            switch detail {
            case .evidence, .compare, .timeline: focus = .matrix
            case .actor: focus = .actors
            default: focus = .articles
            }
            followSelection()
            return
        }
        if search.isActive {
            clearSearch()
            notice = "Search cleared"
            return
        }
        if actorFilter != nil {
            actorFilter = nil
            rebuildArticleRows()
            notice = "Actor filter cleared"
            return
        }
        if window != nil {
            setWindow(nil)
            return
        }
        notice = "Nothing to go back to · q quits"
    }

    var readerWidth: Int {
        ReaderView.textWidth(inner: MainLayout(size: size, focus: .reader, zoomed: zoomed).rect(.reader).inset(1))
    }

    func maxReaderScroll(_ articleID: String) -> Int {
        guard let article = data?.model.article(articleID) else { return 0 }
        let doc = ReaderDocument(article: article, width: readerWidth)
        return max(0, doc.lines.count - visibleRows(.reader))
    }

    /// Recomputes the Articles rows from sort, actor filter and search; keeps the selected
    /// article selected when it is still listed.
    mutating func rebuildArticleRows() {
        guard let data else { return }
        let keep = search.editing ? search.origin : selectedArticle?.id
        var order: [Int]
        switch articleSort {
        case .newest: order = data.newestFirst
        case .oldest:
            let dated = data.newestFirst.filter { data.model.articles[$0].published != nil }
            order = dated.reversed() + data.newestFirst.filter { data.model.articles[$0].published == nil }
        case .corpus: order = Array(data.model.articles.indices)
        }
        if let a = actorFilter {
            let set = data.articlesByActor[a] ?? []
            order = order.filter { set.contains($0) }
        }
        if let hits = search.hits {
            // Positions of the hits, looked up once per hit rather than hashing every
            // article's id on each typed letter.
            var hit = [Bool](repeating: false, count: data.model.articles.count)
            for id in hits.keys { if let p = data.position[id] { hit[p] = true } }
            order = order.filter { hit[$0] }
        }
        articleRows = order
        // The matrix follows the articles kept, once a search is entered (not per letter).
        if !search.editing {
            let narrowed = actorFilter != nil || search.hits != nil
            if narrowed || matrixScope != nil {
                let scope = narrowed ? Set(order.map { data.model.articles[$0].id }) : nil
                if scope != matrixScope { refreshMatrix() }
            }
        }
        if let keep, let p = data.position[keep], let i = order.firstIndex(of: p) {
            articles.selected = i
        } else {
            articles.selected = 0
            articles.offset = 0
        }
        articles.scrollToSelection(visible: visibleRows(.articles), count: order.count)
        articleSelectionChanged()
    }

    mutating func rebuildActorRows() {
        guard let data else { return }
        switch actorScope {
        case .all:
            actorRows = data.model.actors.map { ActorRow(id: $0.id, count: $0.mentions) }
        case .article:
            if let a = selectedArticle, let p = data.position[a.id] {
                actorRows = data.actorsByArticle[p].map { ActorRow(id: $0.id, count: $0.count) }
            } else {
                actorRows = []
            }
        }
        actors.selected = min(actors.selected, max(0, actorRows.count - 1))
        actors.scrollToSelection(visible: visibleRows(.actors), count: actorRows.count)
    }
}
