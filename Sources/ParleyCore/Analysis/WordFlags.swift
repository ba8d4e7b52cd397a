/// What a word or phrase of language.toml does in a sentence.
struct WordFlags: OptionSet, Sendable, Hashable {
    let rawValue: UInt32
    static let support = WordFlags(rawValue: 1 << 0)
    static let oppose = WordFlags(rawValue: 1 << 1)
    static let negation = WordFlags(rawValue: 1 << 2)
    static let condition = WordFlags(rawValue: 1 << 3)
    static let clauseBreak = WordFlags(rawValue: 1 << 4)
    static let objectWord = WordFlags(rawValue: 1 << 5)
    static let coordinator = WordFlags(rawValue: 1 << 6)
    static let speech = WordFlags(rawValue: 1 << 7)
    static let report = WordFlags(rawValue: 1 << 8)
    static let title = WordFlags(rawValue: 1 << 9)
    static let role = WordFlags(rawValue: 1 << 10)
    static let notActorRole = WordFlags(rawValue: 1 << 11)
    static let doubt = WordFlags(rawValue: 1 << 12)
    static let obligation = WordFlags(rawValue: 1 << 13)
    static let document = WordFlags(rawValue: 1 << 14)
    static let judgement = WordFlags(rawValue: 1 << 15)
    static let accusation = WordFlags(rawValue: 1 << 16)
    static let qualifier = WordFlags(rawValue: 1 << 17)
    static let independentRole = WordFlags(rawValue: 1 << 18)
    static let statement = WordFlags(rawValue: 1 << 19)
    static let honorific = WordFlags(rawValue: 1 << 20)
    static let titleModifier = WordFlags(rawValue: 1 << 21)
    static let event = WordFlags(rawValue: 1 << 22)
    static let consequence = WordFlags(rawValue: 1 << 23)
    static let cue: WordFlags = [.support, .oppose]
}
