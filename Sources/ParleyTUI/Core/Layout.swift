/// Splits rectangles by constraints: `Layout.split(rect, .horizontal, [.percent(30), .fill])`.
public enum Layout {
    public enum Direction: Sendable { case horizontal, vertical }
    public enum Constraint: Sendable {
        case fixed(Int)
        case percent(Int)
        case min(Int)
        case fill
    }

    public static func split(_ rect: Rect, _ direction: Direction, _ constraints: [Constraint]) -> [Rect] {
        let total = direction == .horizontal ? rect.width : rect.height
        var sizes = constraints.map { c -> Int in
            switch c {
            case .fixed(let n): n
            case .percent(let p): total * p / 100
            case .min(let n): n
            case .fill: 0
            }
        }
        let used = sizes.reduce(0, +)
        let fills = constraints.indices.filter {
            if case .fill = constraints[$0] { return true }
            if case .min = constraints[$0] { return true }
            return false
        }
        if !fills.isEmpty, used < total {
            let extra = total - used
            for (n, i) in fills.enumerated() {
                sizes[i] += extra / fills.count + (n < extra % fills.count ? 1 : 0)
            }
        }
        var out: [Rect] = []
        var pos = direction == .horizontal ? rect.x : rect.y
        let end = pos + total
        for s in sizes {
            let size = max(0, min(s, end - pos))
            out.append(direction == .horizontal
                       ? Rect(x: pos, y: rect.y, width: size, height: rect.height)
                       : Rect(x: rect.x, y: pos, width: rect.width, height: size))
            pos += size
        }
        return out
    }
}

/// Where everything goes on the screen for a size: a tab bar on top, a status line at the
/// bottom, and the four panes (side by side from 80×24, one at a time from 60×16, a
/// "too small" message below that).
public struct MainLayout: Hashable, Sendable {
    public enum Mode: Hashable, Sendable { case split, single, tooSmall }

    public static let minimum = Size(width: 60, height: 16)
    public static let splitMinimum = Size(width: 80, height: 24)
    /// Rows the matrix pane needs: header, eight issues, legend, two border rows.
    public static let matrixHeight = 12

    public var mode: Mode
    public var tabBar: Rect = .zero
    public var status: Rect = .zero
    public var panes: [Pane: Rect] = [:]

    /// `zoomed` gives the focused pane the whole body, whatever the size (`z`).
    public init(size: Size, focus: Pane, zoomed: Bool = false) {
        if size.width < Self.minimum.width || size.height < Self.minimum.height {
            mode = .tooSmall
            return
        }
        let screen = Rect(x: 0, y: 0, width: size.width, height: size.height)
        let (top, rest) = screen.splitTop(1)
        let (body, bottom) = rest.splitTop(rest.height - 1)
        tabBar = top
        status = bottom
        if !zoomed && size.width >= Self.splitMinimum.width && size.height >= Self.splitMinimum.height {
            mode = .split
            let right = max(50, size.width * 55 / 100)
            let cols = Layout.split(body, .horizontal, [.fill, .fixed(right)])
            let left = Layout.split(cols[0], .vertical, [.percent(60), .fill])
            let rightSide = Layout.split(cols[1], .vertical, [.fixed(Self.matrixHeight), .fill])
            panes = [.articles: left[0], .actors: left[1], .matrix: rightSide[0], .reader: rightSide[1]]
        } else {
            mode = .single
            for p in Pane.allCases { panes[p] = p == focus ? body : .zero }
        }
    }

    public func rect(_ pane: Pane) -> Rect { panes[pane] ?? .zero }

    /// The pane under a point, if any.
    public func pane(atX x: Int, y: Int) -> Pane? {
        Pane.allCases.first { rect($0).contains(x: x, y: y) }
    }

    /// The pane to the left/right of one in the split view.
    public static func neighbour(of pane: Pane, right: Bool) -> Pane {
        switch (pane, right) {
        case (.articles, true): .matrix
        case (.actors, true): .reader
        case (.matrix, false): .articles
        case (.reader, false): .actors
        default: pane
        }
    }
}
