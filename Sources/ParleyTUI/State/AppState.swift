import ParleyCore

/// Everything the browser remembers: what is selected, filtered and open, never copies of
/// the model. Changed only by `reduce`.
public struct AppState: Sendable {
    public var size: Size
    public var phase: LoadPhase = .loading(done: 0, total: 0)
    public var data: BrowserData?
    /// The corpus's name for the status line (its folder name).
    public var corpusName: String

    public var focus: Pane = .articles
    public var articleSort: ArticleSort = .newest
    /// Positions (into `model.articles`) of the rows of the Articles pane, after sort,
    /// actor filter and search.
    public var articleRows: [Int] = []
    public var articles = ListState()
    /// Only articles mentioning this actor (set with Enter in the Actors pane).
    public var actorFilter: String?

    public var actorScope: ActorScope = .article
    /// Actor ids with counts shown in the Actors pane.
    public var actorRows: [ActorRow] = []
    public var actors = ListState()

    /// The matrix cursor: row = issue, column = party.
    public var matrixIssue = 0
    public var matrixParty = 0
    public var window: DateWindow?
    /// The matrix for the current window.
    public var matrix = PositionMatrix(claims: [])
    /// The articles the matrix was last built for (nil: all of them).
    public var matrixScope: Set<String>?

    public var detail: Detail = .empty
    /// Where Esc goes back to from the detail pane.
    public var history: [Detail] = []

    public var search = SearchState()
    public var prompt: PromptState?
    /// Things for the program around the browser to do (copy, open a web address, write a
    /// file); it takes them after each action and reports back with a notice.
    public var effects: [Effect] = []
    /// The focused pane fills the screen (`z`).
    public var zoomed = false
    /// The parties of the compare view (`:compare us europe`).
    public var compareSides: [Party] = Party.matrixParties
    /// Whether evidence lists also show the claims read with too little confidence to count.
    public var showUncertain = false
    public var showHelp = false
    public var helpScroll = 0

    public var themeNames: [String]
    public var themeIndex = 0
    /// A one-off message on the status line (cleared by the next key).
    public var notice: String?
    public var shouldQuit = false

    public init(size: Size, corpusName: String = "corpus", themeNames: [String] = ["default"],
                theme: String? = nil) {
        self.size = size
        self.corpusName = corpusName
        self.themeNames = themeNames.isEmpty ? ["default"] : themeNames
        if let theme, let i = self.themeNames.firstIndex(of: theme) { themeIndex = i }
    }

    public var themeName: String { themeNames[min(themeIndex, themeNames.count - 1)] }

    /// The article under the cursor in the Articles pane.
    public var selectedArticle: Article? {
        guard let data, articles.selected < articleRows.count else { return nil }
        return data.model.articles[articleRows[articles.selected]]
    }

    /// The selected matrix cell.
    public var selectedCell: (party: Party, issue: Issue) {
        let parties = Party.matrixParties, issues = Issue.allCases
        return (parties[min(matrixParty, parties.count - 1)], issues[min(matrixIssue, issues.count - 1)])
    }
}

/// One row of the Actors pane.
public struct ActorRow: Hashable, Sendable {
    public var id: String
    /// Mentions in the selected article (or in the corpus, for the all-actors list).
    public var count: Int
    public init(id: String, count: Int) {
        self.id = id
        self.count = count
    }
}
