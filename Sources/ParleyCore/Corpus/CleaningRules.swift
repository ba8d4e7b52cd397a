import Foundation
import TOMLKit

/// The cleaning rules and known outlets parley uses, loaded once: the bundled
/// `Resources/Cleaning/cleaning.toml` and `outlets.toml`, then the user's
/// `$XDG_CONFIG_HOME/parley/cleaning.toml` (default `~/.config/parley/cleaning.toml`),
/// whose `[[rule]]`s and `[[outlet]]`s are added and whose `disable = [...]` switches
/// bundled categories off.
public struct CleaningRules: Sendable {
    public let rules: [CleaningRule]
    public let outlets: [OutletName]
    /// Problems met while loading (a user file that does not parse, a bad regex).
    public let problems: [String]
    /// Changes whenever the rules or the cleaning code change: part of the cache key, so
    /// that articles cleaned under other rules are read again.
    public let version: String
    /// Bumped whenever the readers or the cleaner change what they produce.
    public static let codeVersion = "corpus-2"
    let matcher: LineMatcher
    private let outletByLine: [String: String]
    private let outletByDomain: [String: String]

    /// The bundled rules plus the user's, loaded on first use.
    public static let standard = CleaningRules.load(userFile: userFile)

    /// The bundled rules alone.
    public static let bundled = CleaningRules.load(userFile: nil)

    /// The bundled rules, then those of `userFile` when it exists.
    public static func load(userFile: String?) -> CleaningRules {
        let (sources, problems, user) = texts(userFile: userFile)
        return CleaningRules(sources: sources, problems: problems, userFile: user)
    }

    /// The version `standard` has, from the rule files' texts alone (without parsing and
    /// compiling them): what the cache key needs, for a search that reads no file.
    public static let standardVersion = version(of: texts(userFile: userFile).sources)

    private static func version(of sources: [String]) -> String {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for text in sources { for b in text.utf8 { hash = (hash ^ UInt64(b)) &* 0x100_0000_01b3 } }
        return codeVersion + "-" + String(hash, radix: 16)
    }

    private static func texts(userFile: String?) -> (sources: [String], problems: [String], user: String?) {
        var problems: [String] = []
        var sources: [String] = []
        for name in ["cleaning", "outlets"] {
            if let url = Bundle.module.url(forResource: name, withExtension: "toml", subdirectory: "Cleaning"),
               let text = try? String(contentsOf: url, encoding: .utf8) {
                sources.append(text)
            } else {
                problems.append("the bundled \(name).toml is missing")
            }
        }
        var user: String?
        if let path = userFile, FileManager.default.fileExists(atPath: path) {
            if let text = try? String(contentsOfFile: path, encoding: .utf8) {
                sources.append(text)
                user = path
            } else {
                problems.append("\(path): could not be read")
            }
        }
        return (sources, problems, user)
    }

    /// `$XDG_CONFIG_HOME/parley/cleaning.toml`, or `~/.config/parley/cleaning.toml`.
    public static var userFile: String? {
        let env = ProcessInfo.processInfo.environment
        if let xdg = env["XDG_CONFIG_HOME"], !xdg.isEmpty { return xdg + "/parley/cleaning.toml" }
        if let home = env["HOME"], !home.isEmpty { return home + "/.config/parley/cleaning.toml" }
        return nil
    }

    /// Rules from TOML texts, in order (later files add to earlier ones). A text that does
    /// not parse is skipped and reported in `problems`.
    public init(toml sources: [String]) {
        self.init(sources: sources, problems: [], userFile: nil)
    }

    private init(sources: [String], problems: [String], userFile: String?) {
        var problems = problems
        version = Self.version(of: sources)
        var rules: [CleaningRule] = []
        var outlets: [OutletName] = []
        var disabled: Set<String> = []
        for (i, text) in sources.enumerated() {
            do {
                let file = try TOMLDecoder().decode(CleaningFile.self, from: text)
                rules += file.rule
                outlets += file.outlet
                disabled.formUnion(file.disable)
            } catch {
                let name = (i == sources.count - 1 ? userFile : nil) ?? "cleaning rules \(i + 1)"
                problems.append("\(name): not valid cleaning rules (\(error)); ignored")
            }
        }
        rules.removeAll { disabled.contains($0.category) }
        self.rules = rules
        self.outlets = outlets
        self.matcher = LineMatcher(rules: rules, problems: &problems)
        self.problems = problems
        var byLine: [String: String] = [:]
        var byDomain: [String: String] = [:]
        for o in outlets {
            for n in [o.name] + o.aliases { byLine[MatchText.key(n)] = o.name }
            for d in o.domains { byDomain[d.lowercased()] = o.name }
        }
        outletByLine = byLine
        outletByDomain = byDomain
    }

    /// The rule a (trimmed) line matches, if any.
    func rule(for line: String) -> CleaningRule? {
        matcher.match(line).map { rules[$0] }
    }

    /// `rule(for:)` for a line already folded with `MatchText.fold`.
    func rule(for line: String, folded: [UInt8]) -> CleaningRule? {
        matcher.match(line, folded: folded).map { rules[$0] }
    }

    /// The outlet a line names when the whole line is an outlet's name or masthead, also
    /// with an edition after a dash or bar ("The Guardian - UK", "Ledger | Europe").
    func outlet(named line: String) -> String? {
        guard line.utf8.count <= 60 else { return nil }
        let key = MatchText.key(line)
        if let o = outletByKey(key) { return o }
        guard let cut = Self.editionCut(key) else { return nil }
        return outletByKey(String(decoding: key.utf8.prefix(cut), as: UTF8.self))
    }

    /// Where a short edition after a dash or bar begins its separator ("the guardian - uk"
    /// → 12): the last " - ", " | ", " – " or " — " with at most 16 bytes and two words after it.
    static func editionCut(_ key: String) -> Int? {
        let b = Array(key.utf8)
        var i = b.count - 1
        while i >= 2, b.count - i <= 22 {
            // " - " / " | ", or " – " / " — " (E2 80 93 / E2 80 94).
            if b[i] == 0x20, b[i - 1] == 0x2D || b[i - 1] == 0x7C, b[i - 2] == 0x20 {
                return Self.shortEdition(b[(i + 1)...]) ? i - 2 : nil
            }
            if b[i] == 0x20, i >= 4, b[i - 1] == 0x93 || b[i - 1] == 0x94, b[i - 2] == 0x80, b[i - 3] == 0xE2,
               b[i - 4] == 0x20 {
                return Self.shortEdition(b[(i + 1)...]) ? i - 4 : nil
            }
            i -= 1
        }
        return nil
    }

    private static func shortEdition(_ edition: ArraySlice<UInt8>) -> Bool {
        guard !edition.isEmpty, edition.count <= 16 else { return false }
        return edition.split(separator: 0x20).count <= 2
    }

    private func outletByKey(_ key: String) -> String? {
        if let o = outletByLine[key] { return o }
        if key.hasPrefix("the ") { return outletByLine[String(key.dropFirst(4))] }
        return nil
    }

    /// The outlet whose web domain (or a parent of it) a URL or host names.
    func outlet(forURL url: String) -> String? {
        guard var host = URLComponents(string: url)?.host ?? (url.contains("/") ? nil : url) else { return nil }
        host = host.lowercased()
        while true {
            if let o = outletByDomain[host] { return o }
            guard let dot = host.firstIndex(of: ".") else { return nil }
            host = String(host[host.index(after: dot)...])
        }
    }

    /// The canonical spelling of an outlet name when parley knows it, else the name itself.
    func canonicalOutlet(_ name: String) -> String {
        outletByLine[MatchText.key(name)] ?? (name.contains(".") && !name.contains(" ") ? outlet(forURL: name) : nil) ?? name
    }
}
