import ParleyCore

/// The Reader: an article wrapped to the pane with its metadata; actor names in their
/// party's colour, quoted words set apart (colour, italics and a `┃` in the margin),
/// search hits highlighted, and the evidence sentence the user came from marked with `▶`.
public struct ReaderView {
    let state: AppState
    let position: ReaderPosition

    public init(state: AppState, position: ReaderPosition) {
        self.state = state
        self.position = position
    }

    /// The width the text is wrapped to inside a pane's inner rectangle (two columns go to
    /// the margin).
    public static func textWidth(inner: Rect) -> Int { max(1, inner.width - 3) }

    /// Search hits in an article's text, in order.
    public static func hits(in article: Article, state: AppState) -> [TextSpan] {
        guard state.search.isActive else { return [] }
        if let spans = state.search.hits?[article.id]?.spans, !spans.isEmpty { return spans.sorted() }
        return Highlighter.find(state.search.terms, in: article.text)
    }

    public func render(in rect: Rect, on canvas: inout Canvas, theme: Theme) {
        guard let data = state.data, let article = data.model.article(position.article) else { return }
        let focused = state.focus == .reader
        let base = theme.style("text")
        let probe = rect.inset(1)
        let doc = ReaderDocument(article: article, width: Self.textWidth(inner: probe))
        let scroll = min(position.scroll, max(0, doc.lines.count - probe.height))
        let percent = doc.lines.count <= probe.height ? "all"
            : "\(min(100, (scroll + probe.height) * 100 / max(1, doc.lines.count)))%"
        let inner = Panel(title: "Reader", number: 4, focused: focused, right: percent)
            .render(in: rect, on: &canvas, theme: theme)
        guard !inner.isEmpty else { return }
        let analysis = data.model.analysis(of: article.id)
        let mentions = (analysis?.mentions ?? []).sorted { $0.span < $1.span }
        let quotes = (analysis?.quotes ?? []).map(\.span).sorted()
        let hits = Self.hits(in: article, state: state)
        let current = position.hit.flatMap { $0 < hits.count ? hits[$0] : nil }
        var partyOf: [String: String] = [:]
        for m in mentions where partyOf[m.actor] == nil {
            partyOf[m.actor] = PartyTag.styleKey(data.actorParty(m.actor))
        }
        let quoteStyle = theme.style("reader.quote")
        let matchStyle = theme.style("search.match")
        let targetStyle = theme.style("reader.target")
        let gutterStyle = theme.style("reader.gutter").over(base)
        for row in 0..<inner.height {
            let index = scroll + row
            guard index < doc.lines.count else { break }
            let line = doc.lines[index]
            let y = inner.y + row
            var lineBase = base
            switch line.kind {
            case .title: lineBase = theme.style("reader.title").over(base)
            case .meta: lineBase = theme.style("reader.meta").over(base)
            default: break
            }
            var inQuote = false
            var inTarget = false
            var cx = inner.x + 2
            for (ch, off) in zip(line.content.chars, line.content.offsets) {
                var style = lineBase
                if off >= 0 {
                    if Self.contains(quotes, off) { style = quoteStyle.over(style); inQuote = true }
                    if let m = Self.mention(mentions, off), let key = partyOf[m.actor] {
                        style = theme.style(key).adding(.bold).over(style)
                    }
                    if Self.contains(hits, off) {
                        style = matchStyle.over(style)
                        if let current, current.start <= off, off < current.end { style = style.adding(.reverse) }
                    }
                    if let t = position.target, t.start <= off, off < t.end {
                        style = targetStyle.over(style); inTarget = true
                    }
                }
                cx = canvas.put(String(ch), x: cx, y: y, style: style, limit: inner.maxX)
            }
            if inTarget { canvas.put("▶", x: inner.x, y: y, style: gutterStyle) }
            else if inQuote { canvas.put("┃", x: inner.x, y: y, style: gutterStyle) }
        }
        if focused { canvas.cursor = (inner.x, inner.y) }
    }

    /// Whether a sorted list of spans covers an offset.
    static func contains(_ spans: [TextSpan], _ offset: Int) -> Bool {
        var lo = 0, hi = spans.count
        while lo < hi {
            let mid = (lo + hi) / 2
            if spans[mid].start <= offset { lo = mid + 1 } else { hi = mid }
        }
        var i = lo - 1
        while i >= 0 {
            if spans[i].end > offset { return true }
            if lo - i > 8 { break }
            i -= 1
        }
        return false
    }

    static func mention(_ mentions: [Mention], _ offset: Int) -> Mention? {
        var lo = 0, hi = mentions.count
        while lo < hi {
            let mid = (lo + hi) / 2
            if mentions[mid].span.start <= offset { lo = mid + 1 } else { hi = mid }
        }
        let i = lo - 1
        return i >= 0 && mentions[i].span.end > offset ? mentions[i] : nil
    }
}
