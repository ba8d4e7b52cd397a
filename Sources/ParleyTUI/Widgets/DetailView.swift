import ParleyCore

/// The Detail pane: the evidence behind a matrix cell (actor, date, outlet, the cue and the
/// sentence), or an actor's claims and quotes. Enter opens the selected entry's article in
/// the reader at that sentence.
public struct DetailView {
    let state: AppState

    public init(state: AppState) { self.state = state }

    public func render(in rect: Rect, on canvas: inout Canvas, theme: Theme) {
        guard let data = state.data else { return }
        let focused = state.focus == .reader
        let items = DetailItem.items(for: state.detail, state: state)
        var title = "Detail"
        var header = ""
        var list = ListState()
        switch state.detail {
        case .evidence(let party, let issue, let l):
            list = l
            let cell = state.matrix.cell(party, issue)
            let stance = cell?.stance ?? Stance.none
            title = "Evidence"
            header = "\(stance.glyph) \(issue.sentence(party, stance)) — \(cell?.evidence.count ?? 0) evidence"
            if let unsure = cell?.uncertain.count, unsure > 0 {
                header += state.showUncertain ? ", \(unsure) uncertain shown (w hides)" : ", \(unsure) uncertain hidden (w shows)"
            }
        case .actor(let id, let l):
            list = l
            title = "Actor"
            let record = data.model.actor(id)
            var parts = [data.actorName(id), PartyTag.of(data.actorParty(id))]
            if let role = record?.actor.role { parts.append(role) }
            if let r = record { parts.append("\(r.mentions) mentions in \(r.articles.count) articles") }
            header = parts.joined(separator: " · ")
        default:
            break
        }
        let count = items.isEmpty ? "" : "\(list.selected + 1)/\(items.count)"
        let inner = Panel(title: title, number: 4, focused: focused, right: count)
            .render(in: rect, on: &canvas, theme: theme)
        guard !inner.isEmpty else { return }
        let base = theme.style("text")
        canvas.putPadded(header, x: inner.x + 1, y: inner.y, width: inner.width - 1,
                         style: theme.style("detail.header").over(base))
        guard !items.isEmpty else {
            let empty: String
            if case .actor = state.detail { empty = "No claims or quotes by this actor." }
            else { empty = state.window == nil ? "No evidence for this cell." : "No evidence in this date window." }
            EmptyMessage(text: empty).render(in: Rect(x: inner.x, y: inner.y + 1, width: inner.width, height: inner.height - 1),
                                             on: &canvas, style: theme.style("text.dim").over(base))
            return
        }
        let bodyWidth = max(1, inner.width - 4)
        // Only the entries near the screen are measured (a cell may hold thousands).
        func height(_ i: Int) -> Int { 1 + TextWrap.wrap(items[i].body, width: bodyWidth).count }
        let room = inner.height - 1
        let selected = min(list.selected, items.count - 1)
        var first = max(min(list.offset, selected), selected - room)
        var used = (first...selected).reduce(0) { $0 + height($1) }
        while first < selected && used > room { used -= height(first); first += 1 }
        var y = inner.y + 1
        for i in first..<items.count {
            guard y < inner.maxY else { break }
            let item = items[i]
            let selected = i == list.selected
            let sel = theme.style(focused ? "list.selected" : "list.selected.unfocused").over(base)
            let lineStyle = selected ? sel : base
            canvas.fill(Rect(x: inner.x, y: y, width: inner.width, height: min(height(i), inner.maxY - y)), style: lineStyle)
            canvas.put(selected ? "▌" : " ", x: inner.x, y: y, style: lineStyle)
            // The heading row: glyph, who, date · outlet, cue. What does not fit ends in "…"
            // rather than being cut mid-word.
            var segments: [(String, Style)] = [
                (item.glyph, selected ? sel : theme.style(item.glyphKey).over(base)),
                (" " + item.who, selected ? sel : theme.style(item.partyKey).adding(.bold).over(base)),
                (" · " + item.heading, selected ? sel : theme.style("text.dim").over(base)),
            ]
            if let cue = item.cue, !cue.isEmpty {
                segments.append((" · cue ", selected ? sel : theme.style("text.dim").over(base)))
                segments.append((cue, theme.style("detail.cue").over(lineStyle)))
            }
            var x = inner.x + 1
            for (text, style) in segments {
                let room = inner.maxX - x
                guard room > 0 else { break }
                let isLabel = text == " · cue "
                if DisplayWidth.of(text) + (isLabel ? 2 : 0) <= room {
                    x = canvas.put(text, x: x, y: y, style: style, limit: inner.maxX)
                } else if isLabel || (text.hasPrefix(" · ") && room < 6) {
                    // No room for a readable piece of the next field: just mark the cut.
                    canvas.put(room >= 2 ? " …" : "…", x: x, y: y, style: style, limit: inner.maxX)
                    break
                } else {
                    x = canvas.put(DisplayWidth.truncate(text, to: room), x: x, y: y, style: style, limit: inner.maxX)
                    break
                }
            }
            if selected && focused { canvas.cursor = (inner.x, y) }
            y += 1
            for line in TextWrap.wrap(item.body, width: bodyWidth) {
                guard y < inner.maxY else { break }
                canvas.put(line, x: inner.x + 3, y: y, style: lineStyle, limit: inner.maxX)
                y += 1
            }
        }
    }
}
