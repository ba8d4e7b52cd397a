/// A parsed search query (contract syntax): words, "phrases", and filters
/// `actor:` `party:` `issue:` `outlet:` `after:` `before:`. Every term must match.
///
/// Filter values may be quoted (`actor:"von der leyen"`). A filter name that parley does
/// not know, an unknown party or issue, an actor or outlet without a letter or digit, or a
/// day that is not `YYYY-MM-DD` is an error (the command line exits 2).
public struct SearchQuery: Sendable, Hashable {
    public var words: [String]
    public var phrases: [String]
    public var actors: [String]
    public var parties: [Party]
    public var issues: [Issue]
    public var outlets: [String]
    /// Only articles published on or after this day (`YYYY-MM-DD`).
    public var after: String?
    /// Only articles published on or before this day (`YYYY-MM-DD`).
    public var before: String?
    /// Whether the last word typed also matches longer words that start with it ("zel"
    /// finds Zelensky; from two letters on): for search as you type. `parse` leaves it off.
    public var matchPrefix: Bool = false

    public init(words: [String] = [], phrases: [String] = [], actors: [String] = [],
                parties: [Party] = [], issues: [Issue] = [], outlets: [String] = [],
                after: String? = nil, before: String? = nil) {
        self.words = words
        self.phrases = phrases
        self.actors = actors
        self.parties = parties
        self.issues = issues
        self.outlets = outlets
        self.after = after
        self.before = before
    }

    public var isEmpty: Bool {
        words.isEmpty && phrases.isEmpty && actors.isEmpty && parties.isEmpty
            && issues.isEmpty && outlets.isEmpty && after == nil && before == nil
    }

    /// Whether the query has words or phrases (and so ranks by relevance), not only filters.
    public var hasText: Bool { !words.isEmpty || !phrases.isEmpty }

    /// The filter names the syntax knows.
    public static let filterNames = ["actor", "party", "issue", "outlet", "after", "before"]

    public static func parse(_ text: String) throws -> SearchQuery {
        var query = SearchQuery()
        for piece in split(text) {
            if piece.quoted {
                if !TextFolding.words(piece.value).isEmpty { query.phrases.append(piece.value) }
                continue
            }
            guard let name = piece.filter else {
                if !TextFolding.words(piece.value).isEmpty { query.words.append(piece.value) }
                continue
            }
            let value = piece.value
            if value.trimmingWhitespace.isEmpty { throw SearchQueryError.emptyFilter(name) }
            switch name {
            case "actor", "outlet":
                // Names are matched by their folded words: a value with none (`outlet:%`)
                // would match every article or none, depending on where it was looked up.
                guard !TextFolding.words(value).isEmpty else { throw SearchQueryError.noWords(name, value) }
                if name == "actor" { query.actors.append(value) } else { query.outlets.append(value) }
            case "party":
                guard let party = Self.party(named: value) else {
                    throw SearchQueryError.unknownParty(value)
                }
                query.parties.append(party)
            case "issue":
                guard let issue = Self.issue(named: value) else { throw SearchQueryError.unknownIssue(value) }
                query.issues.append(issue)
            case "after", "before":
                guard DayFormat.isValid(value) else { throw SearchQueryError.badDate(name, value) }
                if name == "after" { query.after = max(query.after ?? value, value) }
                else { query.before = min(query.before ?? value, value) }
            default:
                throw SearchQueryError.unknownFilter(name)
            }
        }
        return query
    }

    /// An issue by id (`direct-talks`), label (`direct talks`, `Direct_Talks`) or the short
    /// label the matrix shows (`guarantees`, `talks`).
    public static func issue(named value: String) -> Issue? {
        if let issue = Issue(rawValue: value.lowercased()) { return issue }
        let key = TextFolding.key(value)
        if let issue = Issue.allCases.first(where: { TextFolding.key($0.rawValue) == key || TextFolding.key($0.label) == key
            || TextFolding.key($0.shortLabel) == key }) { return issue }
        // A word of the label ("guarantees", "strikes") when it names one issue only.
        let matches = Issue.allCases.filter { TextFolding.words($0.label).contains(key) }
        return matches.count == 1 ? matches[0] : nil
    }

    /// A party by id (`ukraine`), label (`US`) or the tag the screen shows (`RU`, `UA`, `EU`).
    public static func party(named value: String) -> Party? {
        if let party = Party(rawValue: value.lowercased()) { return party }
        switch value.lowercased() {
        case "ru": return .russia
        case "ua": return .ukraine
        case "eu": return .europe
        default: return Party.allCases.first { $0.label.lowercased() == value.lowercased() }
        }
    }

    private struct Piece {
        var value: String
        var quoted: Bool
        var filter: String?
    }

    /// Splits on white space outside quotes; `name:value` and `name:"quoted value"` are filters.
    private static func split(_ text: String) -> [Piece] {
        var pieces: [Piece] = []
        var current = ""
        var filter: String?
        var inQuote = false
        var quotedWhole = false
        func flush() {
            if !current.isEmpty || filter != nil {
                pieces.append(Piece(value: current, quoted: quotedWhole && filter == nil, filter: filter))
            }
            current = ""
            filter = nil
            quotedWhole = false
        }
        for ch in text {
            let isQuote = ch == "\"" || ch == "\u{201C}" || ch == "\u{201D}"
            if inQuote {
                if isQuote { inQuote = false; flush() } else { current.append(ch) }
                continue
            }
            if isQuote {
                if current.isEmpty { quotedWhole = filter == nil; inQuote = true; continue }
                current.append(ch)
                continue
            }
            if ch.isWhitespace { flush(); continue }
            if ch == ":" && filter == nil && !current.isEmpty
                && current.unicodeScalars.allSatisfy({ ($0 >= "a" && $0 <= "z") || ($0 >= "A" && $0 <= "Z") }) {
                filter = current.lowercased()
                current = ""
                continue
            }
            current.append(ch)
        }
        flush()
        return pieces
    }
}

/// Why a search query could not be understood (a usage error: exit status 2).
public enum SearchQueryError: Error, Sendable, Equatable, CustomStringConvertible {
    case unknownFilter(String)
    case emptyFilter(String)
    case unknownParty(String)
    case unknownIssue(String)
    case badDate(String, String)
    /// An `actor:` or `outlet:` value without a letter or digit.
    case noWords(String, String)

    public var description: String {
        switch self {
        case .unknownFilter(let name):
            "unknown search filter '\(name):' (known: \(SearchQuery.filterNames.map { $0 + ":" }.joined(separator: " ")))"
        case .emptyFilter(let name): "search filter '\(name):' needs a value"
        case .unknownParty(let value):
            "unknown party '\(value)' (known: \(Party.allCases.map(\.rawValue).joined(separator: ", ")))"
        case .unknownIssue(let value):
            "unknown issue '\(value)' (known: \(Issue.allCases.map(\.rawValue).joined(separator: ", ")))"
        case .badDate(let name, let value): "\(name): wants a date as YYYY-MM-DD, not '\(value)'"
        case .noWords(let name, let value): "search filter '\(name):' needs a name with letters or digits, not '\(value)'"
        }
    }
}

extension String {
    var trimmingWhitespace: Substring {
        let s = drop { $0.isWhitespace }
        var end = s.endIndex
        while end > s.startIndex, s[s.index(before: end)].isWhitespace { end = s.index(before: end) }
        return s[s.startIndex..<end]
    }
}
