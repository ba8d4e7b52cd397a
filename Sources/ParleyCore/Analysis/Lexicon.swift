/// The knowledge base compiled into lookup tables for the analysis: built once per
/// `Analyzer`, then read (never changed) by every article's analysis, in parallel.
final class Lexicon: Sendable {
    /// What a phrase of the entity table points at.
    enum EntityRef: Sendable {
        /// The actor's name or one of its spellings.
        case actor(Int)
        /// A role phrase or metonym of the actor ("the Kremlin leader", "Moscow").
        case ref(Int)
        /// A news outlet or agency.
        case outlet
        /// A generic role phrase ("the president"), resolved to the latest fitting actor.
        case generic(Int)
        /// A place: no actor, and never part of a person's name.
        case place
    }

    /// A cue that takes a side on one issue only.
    struct IssueCue: Sendable {
        var issue: Issue
        var polarity: Stance
    }

    let actors: [Actor]
    let female: [Bool]
    let entities: PhraseTable<EntityRef>
    let words: PhraseTable<WordFlags>
    let signals: PhraseTable<[Int]>
    let rules: [SignalRule]
    let nearKeys: [Set<String>]
    let nearParties: [[Party]]
    let notNearKeys: [Set<String>]
    let notNearParties: [[Party]]
    let issueCues: PhraseTable<[IssueCue]>
    let partyWords: PhraseTable<Party>
    let genericRoles: [[String]]
    let actorIndex: [String: Int]
    /// The actor a party adjective stands for when it owns a document ("the Russian
    /// memorandum" is Russia's): the party's first country (for Europe its first
    /// organisation, the EU), else its first actor of the other kind.
    let partyEntity: [Party: Int]
    let vocabulary: Vocabulary
    /// The grammar word classes of each vocabulary number (`GrammarWords`).
    let grammar: [GrammarWords]
    /// Vocabulary numbers of common lower-case words (never part of a person's name).
    let commonWords: Set<Int32>
    /// Known people by the folded transliteration of their name and of each alias
    /// (`NameFolding`): "Rustem Umierov" and "Umierov" find Rustem Umerov. A form two
    /// people share is left out.
    let foldedPeople: [String: Int]

    init(_ kb: KnowledgeBase) {
        actors = kb.actors
        female = kb.actors.map { kb.genders[$0.id] == "f" }
        var index: [String: Int] = [:]
        for (i, a) in kb.actors.enumerated() { index[a.id] = i }
        actorIndex = index
        var partyEntity: [Party: Int] = [:]
        for first in [true, false] {
            for (i, a) in kb.actors.enumerated() where partyEntity[a.party] == nil && a.kind != .person
                && (a.kind == (a.party == .europe ? .organization : .country)) == first {
                partyEntity[a.party] = i
            }
        }
        self.partyEntity = partyEntity

        var vocab = Vocabulary()
        var entities = PhraseTable<EntityRef>()
        for (i, a) in kb.actors.enumerated() {
            entities.add(a.name, .actor(i), vocabulary: &vocab)
            for alias in a.aliases { entities.add(alias, .actor(i), vocabulary: &vocab) }
        }
        for outlet in kb.outlets { entities.add(outlet, .outlet, vocabulary: &vocab) }
        for (i, a) in kb.actors.enumerated() {
            for ref in kb.references[a.id] ?? [] { entities.add(ref, .ref(i), vocabulary: &vocab) }
        }
        let generic = kb.language.genericRoles.sorted { $0.key < $1.key }
        for (i, g) in generic.enumerated() { entities.add(g.key, .generic(i), vocabulary: &vocab) }
        for place in kb.places { entities.add(place, .place, vocabulary: &vocab) }
        genericRoles = generic.map { $0.value.map { $0.lowercased() } }

        var words = PhraseTable<WordFlags>()
        let lists: [([String], WordFlags)] = [
            (kb.language.support, .support), (kb.language.oppose, .oppose),
            (kb.language.negation, .negation), (kb.language.condition, .condition),
            (kb.language.doubt, .doubt), (kb.language.obligation, .obligation),
            (kb.language.documentNouns, .document), (kb.language.judgements, .judgement),
            (kb.language.accusations, .accusation), (kb.language.qualifiers, .qualifier),
            (kb.language.events, .event), (kb.language.consequences, .consequence),
            (kb.language.clauseBreaks, .clauseBreak), (kb.language.objectWords, .objectWord),
            (kb.language.coordinators, .coordinator), (kb.language.speechVerbs, .speech),
            (kb.language.reportVerbs, .report), (kb.language.titles, .title),
            (kb.language.roles, .role), (kb.language.notActorRoles, .notActorRole),
            (kb.language.independentRoles, .independentRole), (kb.language.statementWords, .statement),
            (kb.language.honorifics, .honorific), (kb.language.titleModifiers, .titleModifier),
        ]
        for (list, flag) in lists {
            for phrase in list { words.add(phrase, flag, vocabulary: &vocab) { $0.formUnion($1) } }
        }

        var signals = PhraseTable<[Int]>()
        var nearKeys: [Set<String>] = []
        var nearParties: [[Party]] = []
        var notNearKeys: [Set<String>] = []
        var notNearParties: [[Party]] = []
        func context(_ words: [String]) -> (Set<String>, [Party]) {
            var keys = Set<String>()
            var parties: [Party] = []
            for word in words {
                if word.hasPrefix("@"), let p = Party(rawValue: String(word.dropFirst())) {
                    parties.append(p)
                } else {
                    keys.insert(TextKey.fold(word))
                }
            }
            return (keys, parties)
        }
        for (i, rule) in kb.signals.enumerated() {
            for phrase in rule.phrases { signals.add(phrase, [i], vocabulary: &vocab) { $0 += $1 } }
            let (keys, parties) = context(rule.near)
            nearKeys.append(keys)
            nearParties.append(parties)
            let (notKeys, notParties) = context(rule.notNear)
            notNearKeys.append(notKeys)
            notNearParties.append(notParties)
        }
        self.rules = kb.signals
        self.nearKeys = nearKeys
        self.nearParties = nearParties
        self.notNearKeys = notNearKeys
        self.notNearParties = notNearParties

        var issueCues = PhraseTable<[IssueCue]>()
        for (issue, list) in kb.language.issueSupport {
            for phrase in list { issueCues.add(phrase, [IssueCue(issue: issue, polarity: .support)], vocabulary: &vocab) { $0 += $1 } }
        }
        for (issue, list) in kb.language.issueOppose {
            for phrase in list { issueCues.add(phrase, [IssueCue(issue: issue, polarity: .oppose)], vocabulary: &vocab) { $0 += $1 } }
        }

        var partyWords = PhraseTable<Party>()
        for (party, list) in kb.language.partyWords.sorted(by: { $0.key < $1.key }) {
            for w in list { partyWords.add(w, party, vocabulary: &vocab) }
        }
        entities.finish(vocabularySize: vocab.count)
        words.finish(vocabularySize: vocab.count)
        signals.finish(vocabularySize: vocab.count)
        issueCues.finish(vocabularySize: vocab.count)
        partyWords.finish(vocabularySize: vocab.count)
        self.entities = entities
        self.words = words
        self.signals = signals
        self.issueCues = issueCues
        self.partyWords = partyWords
        // Words the word lists use in lower case are common words, never parts of a name.
        var common = Set<Int32>()
        for list in [kb.language.support, kb.language.oppose, kb.language.negation, kb.language.condition,
                     kb.language.clauseBreaks, kb.language.objectWords, kb.language.coordinators,
                     kb.language.speechVerbs, kb.language.reportVerbs, kb.language.roles,
                     kb.language.notActorRoles, kb.language.doubt, kb.language.obligation,
                     kb.language.documentNouns, kb.language.judgements, kb.language.accusations,
                     kb.language.qualifiers, kb.language.independentRoles, kb.language.statementWords,
                     kb.language.titleModifiers] {
            for phrase in list {
                let (tokens, keys) = Tokenizer.tokenize(phrase)
                for (t, k) in zip(tokens, keys) where t.kind == .word && !t.upper { common.insert(vocab.add(k)) }
            }
        }
        commonWords = common
        var folded: [String: Int] = [:]
        for (i, a) in kb.actors.enumerated() where a.kind == .person {
            for spelling in [a.name] + a.aliases {
                let (tokens, keys) = Tokenizer.tokenize(spelling)
                let words = zip(tokens, keys).filter { $0.0.kind == .word }.map(\.1)
                let key = NameFolding.fold(words: words)
                if key.isEmpty || (words.count == 1 && key.count < 5) { continue }
                if let other = folded[key], other != i { folded[key] = -1 } else { folded[key] = i }
            }
        }
        foldedPeople = folded.filter { $0.value >= 0 }
        var classes: [(Int32, GrammarWords)] = []
        for (name, words) in kb.language.grammar {
            guard let w = GrammarWords.names[name] else { continue }
            for word in words { classes.append((vocab.add(TextKey.fold(word)), w)) }
        }
        var grammar = [GrammarWords](repeating: [], count: vocab.count)
        for (id, w) in classes { grammar[Int(id)].formUnion(w) }
        self.grammar = grammar
        vocab.finish()
        self.vocabulary = vocab
    }
}
