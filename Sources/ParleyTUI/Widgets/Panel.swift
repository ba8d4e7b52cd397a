import ParleyCore

/// A bordered box with a title, the frame every pane is drawn in. Focus shows in the
/// border's style and as a `▶` before the title (so it does not rely on colour).
public struct Panel {
    public var title: String
    public var number: Int?
    public var focused: Bool
    public var right: String?
    /// A shorter right-hand note for when `right` does not fit.
    public var shortRight: String?

    public init(title: String, number: Int? = nil, focused: Bool, right: String? = nil,
                shortRight: String? = nil) {
        self.title = title
        self.number = number
        self.focused = focused
        self.right = right
        self.shortRight = shortRight
    }

    /// Draws the frame and returns the inside.
    @discardableResult
    public func render(in rect: Rect, on canvas: inout Canvas, theme: Theme) -> Rect {
        guard rect.width >= 2, rect.height >= 2 else { return .zero }
        let base = theme.style("text")
        canvas.fill(rect, style: base)
        let border = theme.style(focused ? "pane.border.focused" : "pane.border").over(base)
        let h = String(repeating: "─", count: rect.width - 2)
        canvas.put("┌" + h + "┐", x: rect.x, y: rect.y, style: border)
        canvas.put("└" + h + "┘", x: rect.x, y: rect.maxY - 1, style: border)
        for y in (rect.y + 1)..<(rect.maxY - 1) {
            canvas.put("│", x: rect.x, y: y, style: border)
            canvas.put("│", x: rect.maxX - 1, y: y, style: border)
        }
        var label = focused ? "▶ " : ""
        if let number { label += "\(number) " }
        label += title
        let titleStyle = theme.style(focused ? "pane.title.focused" : "pane.title").over(base)
        let room = rect.width - 4
        var rightText = right.map { " \($0) " } ?? ""
        if DisplayWidth.of(rightText) > max(0, room - DisplayWidth.of(label) - 3) {
            rightText = shortRight.map { " \($0) " } ?? ""
            if DisplayWidth.of(rightText) > max(0, room - DisplayWidth.of(label) - 3) { rightText = "" }
        }
        if room > 2 {
            let shown = DisplayWidth.truncate(" " + label + " ", to: room)
            canvas.put(shown, x: rect.x + 1, y: rect.y, style: titleStyle)
            if !rightText.isEmpty {
                canvas.put(rightText, x: rect.maxX - 1 - DisplayWidth.of(rightText), y: rect.y,
                           style: theme.style("pane.title").over(base))
            }
        }
        return rect.inset(1)
    }
}
