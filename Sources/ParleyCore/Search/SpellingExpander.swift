/// Expands query words through the knowledge base's spelling groups: a word that is one
/// of a group's spellings stands for every spelling of the group (`zelensky` →
/// Zelenskyy, Zelenskiy, "Volodymyr Zelenskyy"; `kiev` → Kyiv).
///
/// Each alternative is a sequence of folded words (one word, or a phrase).
public struct SpellingExpander: Sendable {
    private var byWord: [String: [[String]]] = [:]
    private var byPhrase: [String: [[String]]] = [:]

    public init(groups: [[String]]) {
        for group in groups {
            var alternatives: [[String]] = []
            for spelling in group {
                let words = TextFolding.words(spelling)
                if !words.isEmpty && !alternatives.contains(words) { alternatives.append(words) }
            }
            // "Volodymyr Zelenskyy" next to "Zelensky": the surname alone is a spelling too.
            let singles = alternatives.filter { $0.count == 1 }.map { $0[0] }
            for alt in alternatives where alt.count > 1 {
                let last = alt[alt.count - 1]
                if last.count >= 5, singles.contains(where: { Self.sameStem($0, last) }),
                   !alternatives.contains([last]) {
                    alternatives.append([last])
                }
            }
            for alt in alternatives {
                if alt.count == 1 { byWord[alt[0], default: []].append(contentsOf: alternatives) }
                else { byPhrase[alt.joined(separator: " "), default: []].append(contentsOf: alternatives) }
            }
        }
        byWord = byWord.mapValues(Self.unique)
        byPhrase = byPhrase.mapValues(Self.unique)
    }

    public init(knowledge: KnowledgeBase) {
        self.init(groups: knowledge.spellingGroups)
    }

    /// What a query word or phrase matches: its own folded words and, when it is a
    /// spelling of a group, every spelling of that group. Empty when it has no words.
    public func alternatives(for text: String) -> [[String]] {
        let words = TextFolding.words(text)
        if words.isEmpty { return [] }
        let found = words.count == 1 ? byWord[words[0]] : byPhrase[words.joined(separator: " ")]
        guard let found else { return [words] }
        return found.contains(words) ? found : [words] + found
    }

    private static func sameStem(_ a: String, _ b: String) -> Bool {
        a.utf8.prefix(5).elementsEqual(b.utf8.prefix(5))
    }

    private static func unique(_ alts: [[String]]) -> [[String]] {
        var seen = Set<[String]>()
        return alts.filter { seen.insert($0).inserted }
    }
}
