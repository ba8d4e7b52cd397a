/// An aligned plain-text table for people: a header, a rule, then rows; columns sized to
/// their content by display width, the widest flexible column trimmed with `…` to fit.
public struct TextTable {
    public var header: [String]
    public var rows: [[String]]
    /// Columns (by index) that may be shortened to fit `maxWidth`.
    public var flexible: Set<Int>
    public var maxWidth: Int

    public init(header: [String], rows: [[String]], flexible: Set<Int> = [], maxWidth: Int = 100) {
        self.header = header
        self.rows = rows
        self.flexible = flexible
        self.maxWidth = maxWidth
    }

    /// The table as lines; control characters in the cells are written out
    /// (`ControlCharacters`), so that text from articles cannot drive the terminal.
    public func render() -> String {
        let header = self.header.map { ControlCharacters.visible($0, breaks: .space) }
        let rows = self.rows.map { $0.map { ControlCharacters.visible($0, breaks: .space) } }
        let n = header.count
        var widths = header.map { DisplayWidth.of($0) }
        for row in rows {
            for (i, cell) in row.prefix(n).enumerated() {
                widths[i] = max(widths[i], DisplayWidth.of(cell))
            }
        }
        let gap = 2
        var total = widths.reduce(0, +) + gap * max(0, n - 1)
        while total > maxWidth {
            guard let i = flexible.filter({ widths[$0] > 8 }).max(by: { widths[$0] < widths[$1] })
            else { break }
            let cut = min(total - maxWidth, widths[i] - 8)
            widths[i] -= cut
            total -= cut
        }
        func line(_ cells: [String]) -> String {
            var parts: [String] = []
            for i in 0..<n {
                let cell = i < cells.count ? cells[i] : ""
                parts.append(i == n - 1 ? DisplayWidth.truncate(cell, to: widths[i])
                                        : DisplayWidth.pad(cell, to: widths[i]))
            }
            return parts.joined(separator: String(repeating: " ", count: gap))
        }
        var out = line(header) + "\n"
        out += widths.map { String(repeating: "─", count: $0) }
            .joined(separator: String(repeating: " ", count: gap)) + "\n"
        for row in rows { out += line(row) + "\n" }
        return out
    }
}
