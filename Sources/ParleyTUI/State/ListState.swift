/// The selection and scroll position of a list.
public struct ListState: Hashable, Sendable {
    public var selected: Int = 0
    /// The first visible row.
    public var offset: Int = 0

    public init(selected: Int = 0, offset: Int = 0) {
        self.selected = selected
        self.offset = offset
    }

    /// Moves the selection by `delta` within `count` rows and scrolls so that it stays in a
    /// window of `visible` rows.
    public mutating func move(by delta: Int, count: Int, visible: Int) {
        guard count > 0 else { self = ListState(); return }
        selected = min(max(0, selected + delta), count - 1)
        scrollToSelection(visible: visible, count: count)
    }

    public mutating func select(_ row: Int, count: Int, visible: Int) {
        move(by: row - selected, count: count, visible: visible)
    }

    public mutating func scrollToSelection(visible: Int, count: Int) {
        let v = max(1, visible)
        if selected < offset { offset = selected }
        if selected >= offset + v { offset = selected - v + 1 }
        offset = max(0, min(offset, max(0, count - v)))
    }
}
