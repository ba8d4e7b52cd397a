/// The word lists the analysis reads speech and positions from (language.toml): stance
/// cues, negation, conditions, clause breaks, speech and report verbs, titles and roles.
public struct LanguageLists: Sendable, Hashable {
    public var support: [String] = []
    public var oppose: [String] = []
    /// Cues that take a side on one issue only ("halt" strikes, "lift" sanctions).
    public var issueSupport: [Issue: [String]] = [:]
    public var issueOppose: [Issue: [String]] = [:]
    public var negation: [String] = []
    public var condition: [String] = []
    /// Words that leave what follows open ("whether"): no claim is read there.
    public var doubt: [String] = []
    /// Words that make a clause a demand of the speaker ("must", "has to").
    public var obligation: [String] = []
    /// Nouns of proposals and positions ("plan", "memorandum", "ultimatum") that speak for
    /// whoever owns them ("Russia's memorandum", "the US plan", "a proposal by Kyiv").
    public var documentNouns: [String] = []
    /// Judgements that, after "is"/"are", take a side on what the clause named before them
    /// ("recognising the annexation is a red line", "a truce is essential").
    public var judgements: [String] = []
    /// Accusations: the accused's stance is stated, the accuser holds the opposite one.
    public var accusations: [String] = []
    /// Words after which what the clause supported is only conditional ("could be discussed").
    public var qualifiers: [String] = []
    /// Cues that tell of an act ("announced", "signed"): not doing it is no stance.
    public var events: [String] = []
    /// "would be met with": what comes before is a condition, what follows the threat.
    public var consequences: [String] = []
    /// The small word classes of the claim reading, by their names in `[grammar]`.
    public var grammar: [String: [String]] = [:]
    public var clauseBreaks: [String] = []
    public var objectWords: [String] = []
    public var coordinators: [String] = []
    public var speechVerbs: [String] = []
    public var reportVerbs: [String] = []
    public var titles: [String] = []
    public var roles: [String] = []
    public var notActorRoles: [String] = []
    /// Roles of people who speak for themselves (analysts, scholars, think tanks): their
    /// party is `other` whatever their nationality.
    public var independentRoles: [String] = []
    /// Words for a text that speaks for whoever issued it ("the statement read").
    public var statementWords: [String] = []
    /// Words of address before a name ("Mr", "Ms"): part of no one's role.
    public var honorifics: [String] = []
    /// Lower-case words that belong to the title after them ("then", "former", "top").
    public var titleModifiers: [String] = []
    /// Nationality and place words by the party they point to.
    public var partyWords: [Party: [String]] = [:]
    /// Generic role phrases ("the president") and the words the actor's role must contain.
    public var genericRoles: [String: [String]] = [:]

    public init() {}
}
