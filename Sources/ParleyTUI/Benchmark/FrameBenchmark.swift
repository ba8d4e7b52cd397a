import Foundation
import ParleyCore

/// Measures what one keypress costs the browser: `reduce` plus `render` into a Canvas (the
/// terminal then only copies the Canvas). The Benchmarks target calls it.
public enum FrameBenchmark {
    /// Frame times in milliseconds.
    public struct Result: Sendable, CustomStringConvertible {
        public var frames: Int
        public var mean: Double
        public var median: Double
        public var p95: Double
        public var max: Double
        /// The slowest key and its time.
        public var slowest: String

        public var description: String {
            String(format: "%d frames: mean %.2f ms, median %.2f ms, p95 %.2f ms, max %.2f ms (%@)",
                   frames, mean, median, p95, max, slowest)
        }
    }

    /// A walk through every pane: list moves, the matrix and its evidence, the reader,
    /// a live search typed letter by letter, the date window, help and themes.
    public static let session: [Key] = {
        var keys: [Key] = Array(repeating: .char("j"), count: 20) + [.char("G"), .char("g"), .pageDown, .ctrl("d")]
        keys += [.char("2"), .char("j"), .char("j"), .enter, .escape, .char("a"), .char("j")]
        keys += [.char("3"), .char("j"), .char("l"), .enter, .char("j"), .enter, .char("j"), .pageDown, .escape, .escape]
        keys += [.char("]"), .char("["), .char("{"), .char("}")]
        keys += [.char("1"), .char("/")] + "putin".map { .char($0) } + [.enter, .char("n"), .char("4"), .char("n"), .escape, .escape]
        keys += [.char("?"), .escape, .char("t"), .tab, .backTab, .char("s")]
        return keys
    }()

    /// Presses `keys` on a loaded browser at `size`, timing each reduce + render.
    public static func keypress(data: BrowserData, size: Size = Size(width: 120, height: 40),
                                keys: [Key] = session, theme: Theme = BuiltinTheme.theme) -> Result {
        var state = AppState(size: size, corpusName: "benchmark", themeNames: ["default", "light"])
        reduce(&state, .corpusLoaded(data))
        _ = render(state, theme: theme, size: size)
        var times: [(Double, Key)] = []
        let clock = ContinuousClock()
        for key in keys {
            let start = clock.now
            reduce(&state, .keyPressed(key))
            let canvas = render(state, theme: theme, size: size)
            let elapsed = clock.now - start
            precondition(canvas.width == size.width)
            let ms = Double(elapsed.components.seconds) * 1000 + Double(elapsed.components.attoseconds) / 1e15
            times.append((ms, key))
        }
        let sorted = times.map(\.0).sorted()
        let slowest = times.max { $0.0 < $1.0 }!
        return Result(frames: times.count, mean: sorted.reduce(0, +) / Double(sorted.count),
                      median: sorted[sorted.count / 2], p95: sorted[min(sorted.count - 1, sorted.count * 95 / 100)],
                      max: sorted.last!, slowest: "\(slowest.1.label) \(String(format: "%.2f", slowest.0)) ms")
    }
}

/// One keypress session's frame times on a model (see `FrameBenchmark`).
public func benchmarkKeypress(model: ParleyModel, knowledge: KnowledgeBase,
                              size: Size = Size(width: 120, height: 40)) -> FrameBenchmark.Result {
    FrameBenchmark.keypress(data: BrowserData(model: model, knowledge: knowledge), size: size)
}
