import Foundation
import ParleyCore
import ParleyTUI

/// The browser's cost per keypress, through ParleyTUI's public loop: `reduce` the key into
/// the state, then `render` the whole 120×40 screen into a Canvas (what the ncurses
/// backend copies out). Also times the first frame after a load: the browser's data
/// (including the search index) and one render.
enum KeypressProbe {
    struct Figures {
        var browserDataSeconds: Double
        var firstRenderSeconds: Double
        var perKind: [String: Double]   // median milliseconds
        var median: Double
        var worst: Double
        /// ParleyTUI's own keypress session (`FrameBenchmark`): every pane, search, help, themes.
        var session: String = ""
        var sessionMedian: Double = .nan
    }

    static func measure(model: ParleyModel, knowledge: KnowledgeBase) -> Figures {
        let size = Size(width: 120, height: 40)
        let theme = Theme(name: "default", styles: [:])
        let (data, dataSeconds) = Measure.time { BrowserData(model: model, knowledge: knowledge) }
        var state = AppState(size: size, corpusName: "bench")
        let (_, firstRender) = Measure.time {
            reduce(&state, .corpusLoaded(data))
            return render(state, theme: theme, size: size)
        }
        var perKind: [String: [Double]] = [:]
        func press(_ kind: String, _ key: Key) {
            let (_, t) = Measure.time {
                reduce(&state, .keyPressed(key))
                return render(state, theme: theme, size: size)
            }
            perKind[kind, default: []].append(t * 1000)
        }
        for _ in 0..<30 { press("move down (j)", .char("j")) }
        for _ in 0..<10 { press("move up (k)", .char("k")) }
        press("open search (/)", .char("/"))
        for ch in "zelensky" { press("type a search letter", .char(ch)) }
        press("search: Enter", .enter)
        for _ in 0..<10 { press("move down (j)", .char("j")) }
        press("open an article (Enter)", .enter)
        press("clear search (Esc)", .escape)
        press("focus matrix (3)", .char("3"))
        for _ in 0..<5 {
            press("move in matrix (l)", .char("l"))
            press("open a cell (Enter)", .enter)
            press("back (Esc)", .escape)
        }
        let all = perKind.values.flatMap { $0 }
        let session = FrameBenchmark.keypress(data: data, size: size)
        return Figures(browserDataSeconds: dataSeconds, firstRenderSeconds: firstRender,
                       perKind: perKind.mapValues(Measure.median), median: Measure.median(all),
                       worst: all.max() ?? 0, session: session.description, sessionMedian: session.median)
    }

    static func describe(_ f: Figures) -> String {
        var s = String(format: "median %.2f ms, worst %.2f ms over %d kinds of key\n", f.median, f.worst,
                       f.perKind.count)
        if !f.session.isEmpty { s += "      ParleyTUI FrameBenchmark session: \(f.session)\n" }
        for (kind, ms) in f.perKind.sorted(by: { $0.key < $1.key }) {
            s += "      " + kind.padding(toLength: 26, withPad: " ", startingAt: 0) + String(format: "%8.2f ms\n", ms)
        }
        return s
    }
}
