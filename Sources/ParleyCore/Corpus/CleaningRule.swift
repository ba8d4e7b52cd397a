/// One cleaning rule from a rules file: the line patterns of one category (consent
/// banners, section labels, comment prompts, ...) and what to do with a matching line.
///
/// Patterns are matched against a whole, trimmed line, ignoring case (and curly versus
/// straight quotes): `exact` is the whole line, `prefix`/`suffix`/`contains` a part of it,
/// `glob` a whole-line pattern where `*` is any run, `?` one character and `#` a number,
/// `regex` a regular expression (case-sensitive) that must match the whole line, or the
/// first 120 characters of a longer one, tried only on lines that contain `needs`.
public struct CleaningRule: Sendable, Codable, Equatable {
    public var category: String
    public var action: CleaningAction
    public var exact: [String]
    public var prefix: [String]
    public var suffix: [String]
    public var contains: [String]
    public var glob: [String]
    public var regex: [String]
    /// A piece of text a line must hold before `regex` is tried on it (a cheap filter).
    public var needs: String?
    /// Longest line (in characters) the patterns other than `exact` apply to.
    public var maxLength: Int
    /// For `drop-box`: words that mark a line as part of the box.
    public var boxWords: [String]

    public init(category: String, action: CleaningAction, exact: [String] = [], prefix: [String] = [],
                suffix: [String] = [], contains: [String] = [], glob: [String] = [], regex: [String] = [],
                needs: String? = nil, maxLength: Int = 300, boxWords: [String] = []) {
        self.category = category
        self.action = action
        self.exact = exact
        self.prefix = prefix
        self.suffix = suffix
        self.contains = contains
        self.glob = glob
        self.regex = regex
        self.needs = needs
        self.maxLength = maxLength
        self.boxWords = boxWords
    }

    enum CodingKeys: String, CodingKey {
        case category, action, exact, prefix, suffix, contains, glob, regex, needs
        case maxLength = "max_length", boxWords = "box_words"
    }

    public init(from decoder: Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        category = try c.decode(String.self, forKey: .category)
        action = try c.decodeIfPresent(CleaningAction.self, forKey: .action) ?? .drop
        exact = try c.decodeIfPresent([String].self, forKey: .exact) ?? []
        prefix = try c.decodeIfPresent([String].self, forKey: .prefix) ?? []
        suffix = try c.decodeIfPresent([String].self, forKey: .suffix) ?? []
        contains = try c.decodeIfPresent([String].self, forKey: .contains) ?? []
        glob = try c.decodeIfPresent([String].self, forKey: .glob) ?? []
        regex = try c.decodeIfPresent([String].self, forKey: .regex) ?? []
        needs = try c.decodeIfPresent(String.self, forKey: .needs)
        maxLength = try c.decodeIfPresent(Int.self, forKey: .maxLength) ?? 300
        boxWords = try c.decodeIfPresent([String].self, forKey: .boxWords) ?? []
    }
}

/// A news outlet parley recognises on a name line or a masthead, and by its web domains.
public struct OutletName: Sendable, Codable, Equatable {
    public var name: String
    public var aliases: [String]
    public var domains: [String]

    public init(name: String, aliases: [String] = [], domains: [String] = []) {
        self.name = name
        self.aliases = aliases
        self.domains = domains
    }

    enum CodingKeys: String, CodingKey { case name, aliases, domains }

    public init(from decoder: Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        name = try c.decode(String.self, forKey: .name)
        aliases = try c.decodeIfPresent([String].self, forKey: .aliases) ?? []
        domains = try c.decodeIfPresent([String].self, forKey: .domains) ?? []
    }
}

/// The shape of a cleaning rules file (bundled or the user's).
struct CleaningFile: Decodable {
    var rule: [CleaningRule]
    var outlet: [OutletName]
    /// Categories of the bundled rules the user switches off.
    var disable: [String]

    enum CodingKeys: String, CodingKey { case rule, outlet, disable }

    init(from decoder: Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        rule = try c.decodeIfPresent([CleaningRule].self, forKey: .rule) ?? []
        outlet = try c.decodeIfPresent([OutletName].self, forKey: .outlet) ?? []
        disable = try c.decodeIfPresent([String].self, forKey: .disable) ?? []
    }
}
