import ParleyCore

/// The Actors pane: the selected article's actors (or all of them, `a`), each with a party
/// tag in the party's colour and the number of mentions.
public struct ActorList {
    let state: AppState

    public init(state: AppState) { self.state = state }

    public func render(in rect: Rect, on canvas: inout Canvas, theme: Theme) {
        guard let data = state.data else { return }
        let focused = state.focus == .actors
        let scope = state.actorScope == .all ? "all" : "this article"
        let count = state.actorRows.isEmpty ? "0" : "\(state.actors.selected + 1)/\(state.actorRows.count)"
        let inner = Panel(title: "Actors · \(scope)", number: 2, focused: focused, right: count)
            .render(in: rect, on: &canvas, theme: theme)
        guard !inner.isEmpty else { return }
        let base = theme.style("text")
        if state.actorRows.isEmpty {
            EmptyMessage(text: state.actorScope == .all ? "No actors found." : "No actors in this article.")
                .render(in: inner, on: &canvas, style: theme.style("text.dim").over(base))
            return
        }
        let offset = min(state.actors.offset, max(0, state.actorRows.count - inner.height))
        for (n, row) in (offset..<min(state.actorRows.count, offset + inner.height)).enumerated() {
            let actor = state.actorRows[row]
            let y = inner.y + n
            let selected = row == state.actors.selected
            let lineStyle = selected
                ? theme.style(focused ? "list.selected" : "list.selected.unfocused").over(base) : base
            canvas.fill(Rect(x: inner.x, y: y, width: inner.width, height: 1), style: lineStyle)
            let party = data.actorParty(actor.id)
            let partyStyle = selected ? lineStyle : theme.style(PartyTag.styleKey(party)).over(base)
            canvas.put(selected ? "▌" : " ", x: inner.x, y: y, style: lineStyle)
            canvas.put("● " + PartyTag.of(party), x: inner.x + 1, y: y, style: partyStyle)
            let countText = "\(actor.count)"
            let countX = inner.maxX - DisplayWidth.of(countText) - 1
            var nameStyle = lineStyle
            if state.actorFilter == actor.id { nameStyle = nameStyle.adding(.underline) }
            canvas.putPadded(data.actorName(actor.id), x: inner.x + 6, y: y,
                             width: max(0, countX - inner.x - 7), style: nameStyle)
            canvas.put(countText, x: countX, y: y,
                       style: selected ? lineStyle : theme.style("list.count").over(base))
            if selected && focused { canvas.cursor = (inner.x, y) }
        }
    }
}
