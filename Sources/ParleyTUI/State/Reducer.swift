import ParleyCore

/// The only place the browser's state changes: an action in, the new state out.
public func reduce(_ state: inout AppState, _ action: Action, keymap: Keymap = .standard) {
    switch action {
    case .resized(let size):
        state.size = size
        state.clampAll()
    case .corpusProgress(let p):
        if case .loading = state.phase { state.phase = .loading(done: p.filesDone, total: p.filesTotal) }
    case .corpusPreview(let data):
        if case .loading = state.phase { state.adopt(data) }
    case .corpusLoaded(let data):
        state.phase = .ready
        state.adopt(data)
    case .corpusFailed(let message):
        state.phase = .failed(message)
    case .noticed(let message):
        state.notice = message
    case .searchQueryChanged(let text):
        state.search.text = text
        state.applySearch()
    case .mouse(let event):
        state.handleMouse(event)
    case .keyPressed(let key):
        state.handleKey(key, keymap: keymap)
    }
}

extension AppState {
    var layout: MainLayout { MainLayout(size: size, focus: focus, zoomed: zoomed) }

    /// Takes new corpus data: the first, a larger preview, or the whole corpus. What the
    /// user has open (selected article, search, filters, detail) is kept by id.
    mutating func adopt(_ data: BrowserData) {
        let first = self.data == nil
        // A user still at the top of the article list, reading what was shown there,
        // stays at the top as newer articles arrive; one who moved keeps their article.
        var atTop = false
        if !first, articles.selected == 0, focus == .articles, case .reader(let p) = detail,
           p.article == selectedArticle?.id, p.scroll == 0, p.target == nil {
            atTop = true
        }
        self.data = data
        if search.hits != nil { applySearch() } else { rebuildArticleRows() }
        refreshMatrix()
        if first || atTop {
            articles = ListState()
            followSelection()
            rebuildActorRows()
        } else {
            rebuildActorRows()
            clampAll()
        }
    }

    /// Rows visible in a pane (for paging and scrolling).
    func visibleRows(_ pane: Pane) -> Int {
        let inner = MainLayout(size: size, focus: pane, zoomed: zoomed).rect(pane).inset(1)
        switch pane {
        case .articles: return max(1, inner.height / ArticleList.rowHeight(width: inner.width))
        default: return max(1, inner.height)
        }
    }

    mutating func handleKey(_ key: Key, keymap: Keymap) {
        notice = nil
        // While loading, the articles read so far can be browsed once the first arrive.
        guard data != nil else {
            if key == .char("q") || key == .ctrl("c") { shouldQuit = true }
            return
        }
        if layout.mode == .tooSmall {
            if key == .char("q") { shouldQuit = true }
            return
        }
        if showHelp {
            switch keymap.command(for: key) {
            case .moveDown: helpScroll += 1
            case .moveUp: helpScroll = max(0, helpScroll - 1)
            case .pageDown, .halfPageDown: helpScroll += size.height / 2
            case .pageUp, .halfPageUp: helpScroll = max(0, helpScroll - size.height / 2)
            case .top: helpScroll = 0
            case .bottom: helpScroll = Int.max / 2
            case .quit: shouldQuit = true
            default: showHelp = false
            }
            let total = HelpOverlay.lines(keymap: keymap, width: HelpOverlay.box(in: Rect(x: 0, y: 0, width: size.width, height: size.height)).width - 4).count
            helpScroll = min(helpScroll, max(0, total - (size.height - 4)))
            return
        }
        if prompt != nil { handlePromptKey(key); return }
        if search.editing { handleSearchKey(key); return }
        guard let command = keymap.command(for: key) else {
            if key == .ctrl("c") { shouldQuit = true }
            return
        }
        perform(command)
    }

    mutating func perform(_ command: Command) {
        switch command {
        case .moveDown: move(1)
        case .moveUp: move(-1)
        case .pageDown: move(visibleRows(focus))
        case .pageUp: move(-visibleRows(focus))
        case .halfPageDown: move(max(1, visibleRows(focus) / 2))
        case .halfPageUp: move(-max(1, visibleRows(focus) / 2))
        case .top: move(-Int.max / 2)
        case .bottom: move(Int.max / 2)
        case .moveLeft: moveSideways(-1)
        case .moveRight: moveSideways(1)
        case .nextPane: focusPane(Pane(rawValue: (focus.rawValue + 1) % 4)!)
        case .previousPane: focusPane(Pane(rawValue: (focus.rawValue + 3) % 4)!)
        case .focusArticles: focusPane(.articles)
        case .focusActors: focusPane(.actors)
        case .focusMatrix: focusPane(.matrix)
        case .focusReader: focusPane(.reader)
        case .open: open()
        case .back: back()
        case .search:
            search.editing = true
            search.origin = selectedArticle?.id
            search.error = nil
        case .nextHit: jumpHit(1)
        case .previousHit: jumpHit(-1)
        case .sortArticles:
            let all = ArticleSort.allCases
            articleSort = all[(all.firstIndex(of: articleSort)! + 1) % all.count]
            rebuildArticleRows()
            notice = "Articles sorted \(articleSort.rawValue)"
        case .toggleActorScope:
            actorScope = actorScope == .all ? .article : .all
            actors = ListState()
            rebuildActorRows()
            if focus == .actors { followSelection() }
            notice = actorScope == .all ? "Actors: everyone in the corpus" : "Actors: the selected article's"
        case .toggleUncertain:
            showUncertain.toggle()
            if case .evidence(let p, let i, var l) = detail {
                let cell = matrix.cell(p, i)
                let count = (cell?.evidence.count ?? 0) + (showUncertain ? cell?.uncertain.count ?? 0 : 0)
                l.selected = min(l.selected, max(0, count - 1))
                detail = .evidence(party: p, issue: i, list: l)
            }
            notice = showUncertain ? "Evidence: uncertain readings shown, marked ~" : "Evidence: confident readings only"
        case .copy: copySelection()
        case .openURL: openSelectedURL()
        case .export: exportView()
        case .zoom:
            zoomed.toggle()
            notice = zoomed ? "\(focus.title) fills the screen · z restores the panes" : "All four panes"
        case .compare: openCompare()
        case .timeline: openTimeline()
        case .windowEarlier: shiftWindow(-1)
        case .windowLater: shiftWindow(1)
        case .windowWiden: resizeWindow(widen: true)
        case .windowNarrow: resizeWindow(widen: false)
        case .windowPrompt: prompt = PromptState()
        case .help:
            showHelp = true
            helpScroll = 0
        case .nextTheme:
            themeIndex = (themeIndex + 1) % themeNames.count
            notice = "Theme: \(themeName)"
        case .quit: shouldQuit = true
        }
    }

    /// Keeps every selection and scroll inside its list after a size or content change.
    mutating func clampAll() {
        articles.scrollToSelection(visible: visibleRows(.articles), count: articleRows.count)
        articles.selected = min(articles.selected, max(0, articleRows.count - 1))
        actors.selected = min(actors.selected, max(0, actorRows.count - 1))
        actors.scrollToSelection(visible: visibleRows(.actors), count: actorRows.count)
        if case .reader(var p) = detail {
            p.scroll = min(p.scroll, maxReaderScroll(p.article))
            detail = .reader(p)
        }
    }
}
