import Foundation
import ParleyCore

extension AppState {
    /// Keys while the `/` prompt is open: typing updates the results at once.
    mutating func handleSearchKey(_ key: Key) {
        switch key {
        case .char(let c):
            search.text.append(c)
            applySearch()
        case .backspace, .delete:
            if search.text.isEmpty { search.editing = false; clearSearch(); return }
            search.text.removeLast()
            applySearch()
        case .ctrl("u"):
            search.text = ""
            applySearch()
        case .ctrl("c"):
            shouldQuit = true
        case .enter:
            search.editing = false
            refreshMatrix()
            if search.text.trimmingCharacters(in: .whitespaces).isEmpty { clearSearch() }
            else if let hits = search.hits { notice = "\(hits.count) matching · n/N next/previous · Esc clears" }
        case .escape:
            search.editing = false
            clearSearch()
        case .down: perform(.moveDown)
        case .up: perform(.moveUp)
        default:
            break
        }
    }

    mutating func clearSearch() {
        search = SearchState()
        rebuildArticleRows()
        if case .reader(var p) = detail { p.hit = nil; detail = .reader(p) }
    }

    /// Runs the typed query against the index (built once per model) and narrows the
    /// article list to the hits. A query that cannot be read keeps the previous results and
    /// says why.
    mutating func applySearch() {
        guard let data else { return }
        let text = search.text
        if text.trimmingCharacters(in: .whitespaces).isEmpty {
            search.hits = nil
            search.terms = []
            search.error = nil
            rebuildArticleRows()
            return
        }
        var query: SearchQuery
        do { query = try SearchQuery.parse(text) } catch {
            search.error = "\(error)"
            return
        }
        // Search as you type: the last word also matches longer words ("istan" → Istanbul).
        query.matchPrefix = true
        search.error = nil
        let results = data.index.search(query, snippets: 0)
        var hits: [String: SearchHit] = [:]
        for r in results where hits[r.article] == nil { hits[r.article] = r }
        search.hits = hits
        search.terms = Self.highlightTerms(query, data: data)
        rebuildArticleRows()
        if focus != .articles, case .reader(var p) = detail {
            p.hit = nil
            detail = .reader(p)
        }
    }

    /// The query's words and phrases, folded, plus every spelling that means the same
    /// (so `zelensky` also lights up "Zelenskiy").
    static func highlightTerms(_ query: SearchQuery, data: BrowserData) -> [String] {
        var terms = (query.words + query.phrases).map(Highlighter.fold)
        for group in data.spellings where group.contains(where: { terms.contains($0) }) {
            terms += group
        }
        for actor in query.actors {
            let folded = Highlighter.fold(actor)
            for group in data.spellings where group.contains(where: { $0.contains(folded) }) { terms += group }
        }
        var seen = Set<String>()
        return terms.filter { !$0.isEmpty && seen.insert($0).inserted }
    }

    /// n / N: the next hit in the reader, or the next article in the list.
    mutating func jumpHit(_ direction: Int) {
        guard let data else { return }
        // In the reader n/N step through the search's hits; with no search they step to
        // the next/previous article, as in the other panes (what the help promises).
        if focus == .reader, search.isActive, case .reader(var p) = detail, let article = data.model.article(p.article) {
            let hits = ReaderView.hits(in: article, state: self)
            guard !hits.isEmpty else {
                notice = "No hits in this article"
                return
            }
            var next = (p.hit ?? (direction > 0 ? -1 : hits.count)) + direction
            if next >= hits.count { next = 0; notice = "Wrapped to the first hit" }
            if next < 0 { next = hits.count - 1; notice = "Wrapped to the last hit" }
            p.hit = next
            let doc = ReaderDocument(article: article, width: readerWidth)
            if let line = doc.line(containing: hits[next].start) {
                p.scroll = min(max(0, line - visibleRows(.reader) / 3), maxReaderScroll(article.id))
            }
            detail = .reader(p)
            if notice == nil { notice = "Hit \(next + 1)/\(hits.count)" }
            return
        }
        guard !articleRows.isEmpty else { return }
        var next = articles.selected + direction
        if next >= articleRows.count { next = 0; notice = "Wrapped to the first article" }
        if next < 0 { next = articleRows.count - 1; notice = "Wrapped to the last article" }
        let previousFocus = focus
        focus = .articles
        articles.select(next, count: articleRows.count, visible: visibleRows(.articles))
        articleSelectionChanged()
        focus = previousFocus
        if focus != .articles { detail = .reader(ReaderPosition(article: selectedArticle!.id)); history = [] }
    }
}
