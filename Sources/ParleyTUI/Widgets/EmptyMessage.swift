/// The short dim message an empty pane shows ("No article matches the search."), wrapped
/// to the pane's width so a narrow pane never cuts it mid-word.
struct EmptyMessage {
    let text: String

    func render(in inner: Rect, on canvas: inout Canvas, style: Style) {
        guard inner.width > 1 else { return }
        var y = inner.y
        for line in TextWrap.wrap(text, width: inner.width - 1) {
            guard y < inner.maxY else { break }
            canvas.put(line, x: inner.x + 1, y: y, style: style, limit: inner.maxX)
            y += 1
        }
    }
}
