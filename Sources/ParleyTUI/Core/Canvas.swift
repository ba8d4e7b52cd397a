import ParleyCore

/// One cell of a Canvas: a grapheme and its style. A wide grapheme occupies its cell and
/// the next, which holds an empty `text` (a continuation cell).
public struct Cell: Hashable, Sendable {
    public var text: String
    public var style: Style
    public init(text: String = " ", style: Style = .plain) {
        self.text = text
        self.style = style
    }
    public var isContinuation: Bool { text.isEmpty }
}

/// A grid of styled cells: what one frame of the browser looks like. Widgets draw into it;
/// the terminal backend only copies it to the screen; tests compare its text.
public struct Canvas: Hashable, Sendable {
    public let width: Int
    public let height: Int
    public private(set) var cells: [Cell]
    /// Where the terminal's cursor should stand (the selected row, or the prompt), so that
    /// screen readers and braille displays follow the selection.
    public var cursor: (x: Int, y: Int)? {
        get { cursorX.map { ($0, cursorY) } }
        set { cursorX = newValue?.x; cursorY = newValue?.y ?? 0 }
    }
    /// Whether the cursor should be visible (a text prompt is open).
    public var cursorVisible = false
    private var cursorX: Int?
    private var cursorY = 0

    public init(width: Int, height: Int, style: Style = .plain) {
        self.width = max(0, width)
        self.height = max(0, height)
        cells = Array(repeating: Cell(style: style), count: self.width * self.height)
    }

    public var bounds: Rect { Rect(x: 0, y: 0, width: width, height: height) }

    public subscript(x: Int, y: Int) -> Cell {
        cells[y * width + x]
    }

    /// Fills a rectangle with spaces in a style.
    public mutating func fill(_ rect: Rect, style: Style) {
        let r = clip(rect)
        guard !r.isEmpty else { return }
        for y in r.y..<r.maxY {
            for x in r.x..<r.maxX { setCell(x, y, Cell(text: " ", style: style)) }
        }
    }

    /// Changes the style of the cells in a rectangle, keeping their text.
    public mutating func restyle(_ rect: Rect, _ transform: (Style) -> Style) {
        let r = clip(rect)
        guard !r.isEmpty else { return }
        for y in r.y..<r.maxY {
            for x in r.x..<r.maxX { cells[y * width + x].style = transform(cells[y * width + x].style) }
        }
    }

    /// Writes text from (x, y), never past `limit` (an x, exclusive; default the right
    /// edge). Wide characters take two cells; one that would not fit leaves a space.
    /// Control characters become spaces. Returns the x after the last cell written.
    @discardableResult
    public mutating func put<S: StringProtocol>(_ text: S, x: Int, y: Int, style: Style,
                                                limit: Int? = nil) -> Int {
        guard y >= 0, y < height else { return x }
        let end = min(limit ?? width, width)
        var cx = x
        for ch in text {
            if cx >= end { break }
            var grapheme = String(ch)
            var w = DisplayWidth.of(ch)
            if ch.isNewline || ch == "\t" || (w == 0 && (ch.asciiValue ?? 0x20) < 0x20) {
                grapheme = " "; w = 1
            }
            if w == 0 { continue }
            if cx < 0 { cx += w; continue }
            if w == 2 && cx + 1 >= end {
                setCell(cx, y, Cell(text: " ", style: style))
                cx += 1
                break
            }
            setCell(cx, y, Cell(text: grapheme, style: style))
            if w == 2 { setCell(cx + 1, y, Cell(text: "", style: style)) }
            cx += w
        }
        return cx
    }

    /// Writes text truncated with `…` (by display width) to `width` columns, padding the
    /// rest with spaces in the same style.
    public mutating func putPadded<S: StringProtocol>(_ text: S, x: Int, y: Int, width w: Int,
                                                      style: Style) {
        guard w > 0 else { return }
        let end = put(DisplayWidth.truncate(text, to: w), x: x, y: y, style: style, limit: x + w)
        if end < x + w { fill(Rect(x: end, y: y, width: x + w - end, height: 1), style: style) }
    }

    /// Sets one cell, repairing any wide character it cuts in half.
    private mutating func setCell(_ x: Int, _ y: Int, _ cell: Cell) {
        guard x >= 0, x < width, y >= 0, y < height else { return }
        let i = y * width + x
        if cells[i].isContinuation && x > 0 && !cell.isContinuation {
            cells[i - 1].text = " "
        }
        if !cell.isContinuation, x + 1 < width, cells[i + 1].isContinuation,
           DisplayWidth.of(Character(cells[i].text.isEmpty ? " " : cells[i].text)) == 2 {
            cells[i + 1].text = " "
        }
        cells[i] = cell
    }

    private func clip(_ r: Rect) -> Rect {
        let x0 = max(0, r.x), y0 = max(0, r.y)
        let x1 = min(width, r.maxX), y1 = min(height, r.maxY)
        return Rect(x: x0, y: y0, width: x1 - x0, height: y1 - y0)
    }

    /// One row as text (continuation cells skipped), trailing spaces kept.
    public func row(_ y: Int) -> String {
        var line = ""
        for x in 0..<width where !self[x, y].isContinuation { line += self[x, y].text }
        return line
    }

    /// The whole canvas as text, one line per row, trailing spaces removed: what a person
    /// sees, for snapshot tests.
    public func text() -> String {
        (0..<height).map { y in
            var line = row(y)
            while line.last == " " { line.removeLast() }
            return line
        }.joined(separator: "\n")
    }

    public static func == (a: Canvas, b: Canvas) -> Bool {
        a.width == b.width && a.height == b.height && a.cells == b.cells
            && a.cursorX == b.cursorX && a.cursorY == b.cursorY
    }

    public func hash(into h: inout Hasher) {
        h.combine(width); h.combine(height); h.combine(cells)
    }
}
