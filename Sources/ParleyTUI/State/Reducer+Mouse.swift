import ParleyCore

extension AppState {
    /// A click focuses the pane under it and selects the row; the wheel scrolls the pane
    /// under the pointer; a double click opens.
    mutating func handleMouse(_ event: MouseEvent) {
        guard data != nil, !showHelp, prompt == nil else {
            if showHelp, event.kind == .click { showHelp = false }
            return
        }
        let layout = self.layout
        if layout.tabBar.contains(x: event.x, y: event.y), event.kind == .click {
            for tab in TabBar.tabs(state: self) where event.x >= tab.x && event.x < tab.x + tab.label.count {
                focusPane(tab.pane)
            }
            return
        }
        guard let pane = layout.pane(atX: event.x, y: event.y) else { return }
        let inner = layout.rect(pane).inset(1)
        switch event.kind {
        case .wheelUp, .wheelDown:
            let was = focus
            focus = pane
            if pane != was, pane != .reader { followSelection() }
            move(event.kind == .wheelDown ? 3 : -3)
        case .click, .doubleClick:
            focusPane(pane)
            let row = event.y - inner.y
            switch pane {
            case .articles:
                let rh = ArticleList.rowHeight(width: inner.width)
                if row >= 0 {
                    let target = min(articles.offset, max(0, articleRows.count - visibleRows(.articles))) + row / rh
                    if target < articleRows.count {
                        articles.select(target, count: articleRows.count, visible: visibleRows(.articles))
                        articleSelectionChanged()
                    }
                }
            case .actors:
                let target = min(actors.offset, max(0, actorRows.count - visibleRows(.actors))) + row
                if row >= 0, target < actorRows.count {
                    actors.select(target, count: actorRows.count, visible: visibleRows(.actors))
                    followSelection()
                }
            case .matrix:
                if let cell = PositionMatrixView.cell(atX: event.x, y: event.y, inner: inner) {
                    matrixIssue = cell.issue
                    matrixParty = cell.party
                    followSelection()
                }
            case .reader:
                break
            }
            if event.kind == .doubleClick { open() }
        }
    }
}
