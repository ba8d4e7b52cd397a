/// The one keymap: which keys do what. The help overlay and the README's key table are
/// generated from it, and tests press keys through it.
public struct Keymap: Sendable {
    /// One line of the keymap: keys, the command, and what it does in words.
    public struct Binding: Sendable, Hashable {
        public var keys: [Key]
        public var command: Command
        public var section: String
        public var help: String
    }

    public var bindings: [Binding]
    private var lookup: [Key: Command]

    public init(bindings: [Binding]) {
        self.bindings = bindings
        var lookup: [Key: Command] = [:]
        for b in bindings { for k in b.keys where lookup[k] == nil { lookup[k] = b.command } }
        self.lookup = lookup
    }

    public func command(for key: Key) -> Command? { lookup[key] }

    /// The keys bound to a command, as written in the help ("j ↓").
    public func keys(for command: Command) -> String {
        bindings.first { $0.command == command }?.keys.map(\.label).joined(separator: " ") ?? ""
    }

    /// The section names in order.
    public var sections: [String] {
        var seen: [String] = []
        for b in bindings where !seen.contains(b.section) { seen.append(b.section) }
        return seen
    }

    /// The key table as Markdown (pasted into the README; a test keeps them equal).
    public func markdownTable() -> String {
        var out = "| keys | what they do |\n| --- | --- |\n"
        for section in sections {
            out += "| **\(section)** | |\n"
            for b in bindings where b.section == section {
                let keys = b.keys.map { "`\($0.label)`" }.joined(separator: " ")
                out += "| \(keys) | \(b.help) |\n"
            }
        }
        return out
    }

    public static let standard = Keymap(bindings: [
        Binding(keys: [.char("j"), .down], command: .moveDown, section: "Move",
                help: "next row (in the matrix: next issue; in the reader: scroll down)"),
        Binding(keys: [.char("k"), .up], command: .moveUp, section: "Move",
                help: "previous row (in the matrix: previous issue; in the reader: scroll up)"),
        Binding(keys: [.char("h"), .left], command: .moveLeft, section: "Move",
                help: "in the matrix: previous party; elsewhere: the pane to the left"),
        Binding(keys: [.char("l"), .right], command: .moveRight, section: "Move",
                help: "in the matrix: next party; elsewhere: the pane to the right"),
        Binding(keys: [.ctrl("d")], command: .halfPageDown, section: "Move", help: "half a page down"),
        Binding(keys: [.ctrl("u")], command: .halfPageUp, section: "Move", help: "half a page up"),
        Binding(keys: [.pageDown, .char(" ")], command: .pageDown, section: "Move", help: "a page down"),
        Binding(keys: [.pageUp], command: .pageUp, section: "Move", help: "a page up"),
        Binding(keys: [.char("g"), .home], command: .top, section: "Move", help: "first row / top"),
        Binding(keys: [.char("G"), .end], command: .bottom, section: "Move", help: "last row / bottom"),
        Binding(keys: [.tab], command: .nextPane, section: "Panes", help: "next pane"),
        Binding(keys: [.backTab], command: .previousPane, section: "Panes", help: "previous pane"),
        Binding(keys: [.char("1")], command: .focusArticles, section: "Panes", help: "Articles"),
        Binding(keys: [.char("2")], command: .focusActors, section: "Panes", help: "Actors"),
        Binding(keys: [.char("3")], command: .focusMatrix, section: "Panes", help: "Position matrix"),
        Binding(keys: [.char("4")], command: .focusReader, section: "Panes", help: "Reader / detail"),
        Binding(keys: [.enter], command: .open, section: "Panes",
                help: "open: article in the reader, actor as a filter, cell's evidence, evidence in its article"),
        Binding(keys: [.escape], command: .back, section: "Panes",
                help: "back: close the reader or evidence, clear a filter"),
        Binding(keys: [.char("/")], command: .search, section: "Search",
                help: "search as you type (words, \"phrases\", actor: party: issue: outlet: after: before:); Enter keeps, Esc clears"),
        Binding(keys: [.char("n")], command: .nextHit, section: "Search", help: "next hit (in the reader) or next article"),
        Binding(keys: [.char("N")], command: .previousHit, section: "Search", help: "previous hit or previous article"),
        Binding(keys: [.char("s")], command: .sortArticles, section: "Lists",
                help: "sort articles: newest first, oldest first, corpus order"),
        Binding(keys: [.char("a")], command: .toggleActorScope, section: "Lists",
                help: "actors: this article's or all of them"),
        Binding(keys: [.char("w")], command: .toggleUncertain, section: "Lists",
                help: "evidence: also show the uncertain readings the matrix does not count"),
        Binding(keys: [.char("v")], command: .compare, section: "Views",
                help: "compare the parties side by side, issue by issue (:compare us europe picks them)"),
        Binding(keys: [.char("T")], command: .timeline, section: "Views",
                help: "the matrix row's issue week by week, a row per party (h/l move along the weeks)"),
        Binding(keys: [.char("y")], command: .copy, section: "Report",
                help: "copy the selection (evidence: sentence, speaker, outlet, date, address) to the clipboard"),
        Binding(keys: [.char("o")], command: .openURL, section: "Report",
                help: "open the article's web address with $BROWSER (or xdg-open)"),
        Binding(keys: [.char("E")], command: .export, section: "Report",
                help: "export the view (matrix, compare, timeline, evidence) to a Markdown file here"),
        Binding(keys: [.char("z")], command: .zoom, section: "Panes", help: "zoom: the focused pane fills the screen"),
        Binding(keys: [.char("[")], command: .windowEarlier, section: "Date window",
                help: "move the matrix's date window earlier"),
        Binding(keys: [.char("]")], command: .windowLater, section: "Date window",
                help: "move the date window later"),
        Binding(keys: [.char("{")], command: .windowWiden, section: "Date window", help: "widen the window"),
        Binding(keys: [.char("}")], command: .windowNarrow, section: "Date window", help: "narrow the window"),
        Binding(keys: [.char(":")], command: .windowPrompt, section: "Date window",
                help: "type :from DATE, :to DATE or :all"),
        Binding(keys: [.char("?"), .function(1)], command: .help, section: "Other", help: "this help"),
        Binding(keys: [.char("t")], command: .nextTheme, section: "Other", help: "next colour theme"),
        Binding(keys: [.char("q")], command: .quit, section: "Other", help: "quit"),
    ])
}
