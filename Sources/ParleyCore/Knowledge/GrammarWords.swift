/// The small word classes the claim reading turns on ("is" and "remains" before a
/// judgement, "they", the words of a time before "that"), as one bit each. The words are
/// data: `[grammar]` in language.toml, a list per class under the names in `names`.
struct GrammarWords: OptionSet, Sendable, Hashable {
    let rawValue: UInt32
    /// Heads of a list of countries whose names act: "leaders of Britain, France and Poland".
    static let listLeaders = GrammarWords(rawValue: 1 << 0)
    /// Words opening a subordinate clause ("when", "since"), whose subject holds nothing after it.
    static let subordinators = GrammarWords(rawValue: 1 << 1)
    /// "we", "I", "our": the speaker inside a quotation.
    static let firstPerson = GrammarWords(rawValue: 1 << 2)
    /// Meeting words after a place name: "the Istanbul talks" names an event, not an actor.
    static let eventNouns = GrammarWords(rawValue: 1 << 3)
    /// Words that may stand between a negation and the signal it negates ("no return to the").
    static let negationFillers = GrammarWords(rawValue: 1 << 4)
    /// Auxiliaries after ", and" that make the speaker act again ("…, and has pressed Kyiv").
    static let auxiliaries = GrammarWords(rawValue: 1 << 5)
    /// Talk words after "Russia-Ukraine".
    static let talkWords = GrammarWords(rawValue: 1 << 6)
    /// "can", "could", "may", "might": what a party could do is no stance yet.
    static let modals = GrammarWords(rawValue: 1 << 7)
    /// "they" and its contractions.
    static let they = GrammarWords(rawValue: 1 << 8)
    /// Words of a time between a cue and its "that" ("proposed on Sunday that").
    static let timeWords = GrammarWords(rawValue: 1 << 9)
    /// Words that are never the one modifier between a name and its document noun.
    static let notModifiers = GrammarWords(rawValue: 1 << 10)
    /// Verbs after "or" that threaten ("or face sanctions").
    static let threatVerbs = GrammarWords(rawValue: 1 << 11)
    /// Copulas before a judgement ("is", "remains").
    static let copulas = GrammarWords(rawValue: 1 << 12)
    /// Verbs right after "that" that make it a relative clause ("a deal that would recognise").
    static let relativeVerbs = GrammarWords(rawValue: 1 << 13)
    /// "joined": a name after it shares the subject's act.
    static let joinVerbs = GrammarWords(rawValue: 1 << 14)
    /// Units of a span of time ("30 days", "a month").
    static let durationUnits = GrammarWords(rawValue: 1 << 15)
    /// Nouns that refer back to the sentence before ("those calls").
    static let referenceNouns = GrammarWords(rawValue: 1 << 16)
    /// Determiners of such a reference ("those", "such").
    static let referenceWords = GrammarWords(rawValue: 1 << 17)
    /// Nouns after a comma that point back at the clause's signals (", terms Kyiv rejects").
    static let backReferences = GrammarWords(rawValue: 1 << 18)
    /// Words that open a clause after a speech verb ("said that", "said the", "said he").
    static let clauseOpeners = GrammarWords(rawValue: 1 << 19)
    /// Verbs after "must"/"should" that ask for the thing itself ("the truce must last", "must
    /// be unconditional"); any other verb there sets terms for it.
    static let dutyVerbs = GrammarWords(rawValue: 1 << 20)
    /// Condition words that order things ("only after", "until after", "once"): what the
    /// condition names is wanted first.
    static let orderWords = GrammarWords(rawValue: 1 << 21)

    /// The names of the classes in language.toml's `[grammar]` table.
    static let names: [String: GrammarWords] = [
        "list_leaders": .listLeaders, "subordinators": .subordinators, "first_person": .firstPerson,
        "event_nouns": .eventNouns, "negation_fillers": .negationFillers, "auxiliaries": .auxiliaries,
        "talk_words": .talkWords, "modals": .modals, "they": .they, "time_words": .timeWords,
        "not_modifiers": .notModifiers, "threat_verbs": .threatVerbs, "copulas": .copulas,
        "relative_verbs": .relativeVerbs, "join_verbs": .joinVerbs, "duration_units": .durationUnits,
        "reference_nouns": .referenceNouns, "reference_words": .referenceWords,
        "back_references": .backReferences, "clause_openers": .clauseOpeners, "duty_verbs": .dutyVerbs, "order_words": .orderWords,
    ]
}
