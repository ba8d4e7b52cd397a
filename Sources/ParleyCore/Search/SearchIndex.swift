import Foundation
import Synchronization

/// Answers search queries over a model: case-, accent- and alias-insensitive, with
/// "phrases" and the contract's filters, best match first. An article's headline is
/// searched like its text.
///
/// Built once per model as an in-memory inverted index (folded word → articles and
/// positions); a search then touches only the posting lists of its words, so the browser
/// can search on every keystroke. The index is built in the background from `init` on, so
/// the browser can draw its first screen meanwhile; the first search waits for it.
public struct SearchIndex: Sendable {
    public let model: ParleyModel
    private let building: IndexBuilding

    /// With `background` false the index is built by the first search instead (for a
    /// preview of a corpus still loading, which is seldom searched before it is replaced).
    public init(model: ParleyModel, knowledge: KnowledgeBase, background: Bool = true) {
        self.model = model
        self.building = IndexBuilding(model: model, knowledge: knowledge, background: background)
    }

    private var store: SearchIndexStore { building.store }

    /// Waits until the index is built (searches do so by themselves).
    public func prepare() {
        _ = building.store
    }

    /// Every article matching every term of `query`, best first (ties in corpus order).
    public func search(_ query: SearchQuery) -> [SearchHit] {
        search(query, snippets: Int.max)
    }

    /// Like `search(_:)`, but only the first `snippets` hits get a snippet and spans (the
    /// rest have empty ones): for a list that shows the first screenful at once.
    public func search(_ query: SearchQuery, snippets: Int) -> [SearchHit] {
        guard !query.isEmpty, !model.articles.isEmpty else { return [] }
        guard let matches = store.match(query) else { return [] }
        var hits: [SearchHit] = []
        hits.reserveCapacity(matches.count)
        for (rank, m) in matches.enumerated() {
            let article = model.articles[Int(m.doc)]
            if rank < snippets {
                let (spans, titleSpans) = store.spans(doc: m.doc, terms: m.terms)
                hits.append(SearchHit(article: article.id, score: m.score,
                                      snippet: Snippet.make(title: article.title, text: article.text,
                                                            textHits: spans, titleHits: titleSpans),
                                      spans: spans, titleSpans: titleSpans))
            } else {
                hits.append(SearchHit(article: article.id, score: m.score, snippet: ""))
            }
        }
        return hits
    }

    /// The number of distinct folded words indexed.
    public var vocabularySize: Int { store.terms.count }
}

/// An index being built on a background thread (or by its first user), handed out once
/// ready.
final class IndexBuilding: Sendable {
    private let built = Mutex<SearchIndexStore?>(nil)
    private let group = DispatchGroup()
    private let source: (model: ParleyModel, knowledge: KnowledgeBase)?

    init(model: ParleyModel, knowledge: KnowledgeBase, background: Bool) {
        guard background else {
            source = (model, knowledge)
            return
        }
        source = nil
        group.enter()
        DispatchQueue.global(qos: .userInitiated).async { [self] in
            let store = SearchIndexStore(model: model, knowledge: knowledge)
            built.withLock { $0 = store }
            group.leave()
        }
    }

    var store: SearchIndexStore {
        if let source {
            return built.withLock { store in
                if let store { return store }
                let made = SearchIndexStore(model: source.model, knowledge: source.knowledge)
                store = made
                return made
            }
        }
        group.wait()
        return built.withLock { $0! }
    }
}

/// The folded words of a run of articles, numbered within the run (merged afterwards):
/// for each article the headline's words, `TextFolding.titleBreak`, then the text's.
struct TokenChunk: Sendable {
    var names: [String] = []
    var terms: [Int32] = []
    var starts: [UInt32] = []
    var lengths: [UInt16] = []
    var docLengths: [Int] = []
    /// How many of each article's words are its headline's (with the break after them).
    var titleLengths: [Int32] = []

    init(_ articles: [Article], range: Range<Int>) {
        var ids: [String: Int32] = [:]
        terms.reserveCapacity(range.count * 700)
        starts.reserveCapacity(range.count * 700)
        lengths.reserveCapacity(range.count * 700)
        func add(_ word: String, _ start: Int, _ end: Int) {
            let id: Int32
            if let known = ids[word] {
                id = known
            } else {
                id = Int32(names.count)
                ids[word] = id
                names.append(word)
            }
            terms.append(id)
            starts.append(UInt32(start))
            lengths.append(UInt16(min(end - start, Int(UInt16.max))))
        }
        for d in range {
            let before = terms.count
            if let title = articles[d].title { TextFolding.scan(title, add) }
            add(TextFolding.titleBreak, 0, 0)
            titleLengths.append(Int32(terms.count - before))
            TextFolding.scan(articles[d].text, add)
            docLengths.append(terms.count - before)
        }
    }
}

/// One article that matched, with its score and the resolved terms (for spans).
struct IndexMatch {
    var doc: Int32
    var score: Double
    var terms: [[[Int32]]]
}

/// The index's tables (shared, immutable).
final class SearchIndexStore: Sendable {
    let terms: [String: Int32]
    let table: PostingTable
    /// Word `k` of article `d` starts at byte `tokenStart[tokenBase[d] + k]` of its text and
    /// is `tokenLength[...]` bytes long; the first `titleLength[d]` words are its headline's
    /// (offsets in the headline) and the break after it.
    let tokenBase: [Int]
    let titleLength: [Int32]
    let tokenStart: [UInt32]
    let tokenLength: [UInt16]
    let avgLength: Double
    let partyMask: [UInt8]
    let issueMask: [UInt16]
    let actorDocs: [String: [Int32]]
    let outlets: [String]
    let published: [String?]
    let expander: SpellingExpander
    let resolver: ActorResolver
    let count: Int
    /// Every indexed word, sorted (for prefix matching).
    let vocabulary: [String]

    /// At most this many words stand for a prefix.
    static let prefixLimit = 2000

    init(model: ParleyModel, knowledge: KnowledgeBase) {
        let articles = model.articles
        // Read every article's words on all cores, each share with its own word numbers.
        let shares = max(1, min(articles.count / 64, ParallelWork.workers * 4))
        let chunks = (try? ParallelWork.map(shares) { c -> TokenChunk in
            TokenChunk(articles, range: (articles.count * c / shares)..<(articles.count * (c + 1) / shares))
        }) ?? []

        // Number the words once for the whole corpus.
        var terms: [String: Int32] = [:]
        var tokenTerm: [Int32] = []
        var tokenStart: [UInt32] = []
        var tokenLength: [UInt16] = []
        var tokenBase: [Int] = [0]
        var titleLength: [Int32] = []
        titleLength.reserveCapacity(articles.count)
        let total = chunks.reduce(0) { $0 + $1.terms.count }
        tokenTerm.reserveCapacity(total)
        tokenStart.reserveCapacity(total)
        tokenLength.reserveCapacity(total)
        tokenBase.reserveCapacity(articles.count + 1)
        for chunk in chunks {
            let global = chunk.names.map { name -> Int32 in
                if let id = terms[name] { return id }
                let id = Int32(terms.count)
                terms[name] = id
                return id
            }
            for t in chunk.terms { tokenTerm.append(global[Int(t)]) }
            tokenStart += chunk.starts
            tokenLength += chunk.lengths
            for n in chunk.docLengths { tokenBase.append(tokenBase[tokenBase.count - 1] + n) }
            titleLength += chunk.titleLengths
        }

        // Count, then lay out the posting lists: articles come in order, so every list is
        // sorted without sorting.
        let termCount = terms.count
        var occurrences = [Int32](repeating: 0, count: termCount)
        var docCounts = [Int32](repeating: 0, count: termCount)
        var lastDoc = [Int32](repeating: -1, count: termCount)
        for d in 0..<articles.count {
            for k in tokenBase[d]..<tokenBase[d + 1] {
                let t = Int(tokenTerm[k])
                occurrences[t] += 1
                if lastDoc[t] != Int32(d) { lastDoc[t] = Int32(d); docCounts[t] += 1 }
            }
        }
        var docStart = [Int32](repeating: 0, count: termCount + 1)
        var posCursor = [Int32](repeating: 0, count: termCount)
        var entries: Int32 = 0, positionsSoFar: Int32 = 0
        for t in 0..<termCount {
            docStart[t] = entries
            posCursor[t] = positionsSoFar
            entries += docCounts[t]
            positionsSoFar += occurrences[t]
        }
        docStart[termCount] = entries
        var entryCursor = Array(docStart.dropLast())
        var docs = [Int32](repeating: 0, count: Int(entries))
        var entryPos = [Int32](repeating: 0, count: Int(entries) + 1)
        var positions = [Int32](repeating: 0, count: Int(positionsSoFar))
        for i in lastDoc.indices { lastDoc[i] = -1 }
        for d in 0..<articles.count {
            let base = tokenBase[d]
            for k in base..<tokenBase[d + 1] {
                let t = Int(tokenTerm[k])
                if lastDoc[t] != Int32(d) {
                    lastDoc[t] = Int32(d)
                    let e = Int(entryCursor[t])
                    docs[e] = Int32(d)
                    entryPos[e] = posCursor[t]
                    entryCursor[t] += 1
                }
                positions[Int(posCursor[t])] = Int32(k - base)
                posCursor[t] += 1
            }
        }
        entryPos[Int(entries)] = positionsSoFar
        let table = PostingTable(docStart: docStart, docs: docs, entryPos: entryPos, positions: positions)

        // Filter facts: actors and parties from the analyses, issues from claims and from
        // the issues' signal words (found with the index itself).
        let facetBuilder = FacetBuilder(knowledge: knowledge)
        var partyMask = [UInt8](repeating: 0, count: articles.count)
        var issueMask = [UInt16](repeating: 0, count: articles.count)
        var actorDocs: [String: [Int32]] = [:]
        for d in 0..<articles.count {
            let facets = facetBuilder.facets(of: model.analyses[d], words: [])
            for p in facets.parties { partyMask[d] |= Self.bit(p) }
            for i in facets.issues { issueMask[d] |= Self.bit(i) }
            for actor in facets.actors { actorDocs[actor, default: []].append(Int32(d)) }
        }
        for (issue, words) in facetBuilder.signalPhrases {
            let ids = words.compactMap { terms[$0] }
            guard ids.count == words.count, !ids.isEmpty else { continue }
            for d in Self.docs(with: ids, in: table) { issueMask[Int(d)] |= Self.bit(issue) }
        }

        self.table = table
        self.tokenStart = tokenStart
        self.tokenLength = tokenLength
        self.vocabulary = terms.keys.sorted()
        self.terms = terms
        self.tokenBase = tokenBase
        self.titleLength = titleLength
        self.count = articles.count
        self.avgLength = articles.isEmpty ? 1 : max(1, Double(tokenStart.count) / Double(articles.count))
        self.partyMask = partyMask
        self.issueMask = issueMask
        self.actorDocs = actorDocs
        self.outlets = articles.map { TextFolding.key($0.outlet ?? "") }
        self.published = articles.map(\.published)
        self.expander = SpellingExpander(knowledge: knowledge)
        var actors = knowledge.actors
        var known = Set(actors.map(\.id))
        for record in model.actors where known.insert(record.id).inserted { actors.append(record.actor) }
        for analysis in model.analyses {
            for actor in analysis.discoveredActors where known.insert(actor.id).inserted { actors.append(actor) }
        }
        self.resolver = ActorResolver(actors: actors)
    }

    static func bit(_ p: Party) -> UInt8 { 1 << UInt8(Party.allCases.firstIndex(of: p)!) }
    static func bit(_ i: Issue) -> UInt16 { 1 << UInt16(Issue.allCases.firstIndex(of: i)!) }

    /// The matching articles, best first; nil when none.
    func match(_ query: SearchQuery) -> [IndexMatch]? {
        // Text terms: each a list of alternatives, each a sequence of word ids.
        var texts = query.words + query.phrases
        var actorSets: [Set<String>] = []
        for value in query.actors {
            let ids = resolver.ids(for: value)
            if ids.isEmpty { texts.append(value) } else { actorSets.append(ids) }
        }
        var resolved: [[[Int32]]] = []
        for (k, text) in texts.enumerated() {
            var alternatives = expander.alternatives(for: text).compactMap { words -> [Int32]? in
                var ids: [Int32] = []
                for w in words {
                    guard let id = terms[w] else { return nil }
                    ids.append(id)
                }
                return ids
            }
            if query.matchPrefix && k == query.words.count - 1 {
                let words = TextFolding.words(text)
                // One letter would stand for thousands of words: wait for the second.
                if words.count == 1 && words[0].utf8.count >= 2 {
                    var have = Set(alternatives.filter { $0.count == 1 }.map { $0[0] })
                    for id in prefixed(words[0]) where have.insert(id).inserted { alternatives.append([id]) }
                }
            }
            if alternatives.isEmpty { return nil }
            resolved.append(alternatives)
        }

        // Documents (ascending) with term frequencies for each term; intersect rarest first.
        var perTerm: [[(doc: Int32, tf: Int32)]] = resolved.map(occurrences)
        var candidates: [Int32]
        if perTerm.isEmpty {
            candidates = (0..<Int32(count)).map { $0 }
        } else {
            let order = perTerm.indices.sorted { perTerm[$0].count < perTerm[$1].count }
            candidates = perTerm[order[0]].map(\.doc)
            for t in order.dropFirst() where !candidates.isEmpty {
                candidates = Self.intersect(candidates, perTerm[t])
            }
        }
        if candidates.isEmpty { return nil }

        // Filters.
        var needParty: UInt8 = 0
        for p in query.parties { needParty |= Self.bit(p) }
        var needIssue: UInt16 = 0
        for i in query.issues { needIssue |= Self.bit(i) }
        let actorDocSets: [Set<Int32>] = actorSets.map { ids in
            var s = Set<Int32>()
            for id in ids { s.formUnion(actorDocs[id] ?? []) }
            return s
        }
        let outletKeys = query.outlets.map(TextFolding.key)
        candidates = candidates.filter { d in
            let i = Int(d)
            if partyMask[i] & needParty != needParty { return false }
            if issueMask[i] & needIssue != needIssue { return false }
            for s in actorDocSets where !s.contains(d) { return false }
            for key in outletKeys where !outlets[i].contains(key) { return false }
            if query.after != nil || query.before != nil {
                guard let day = published[i] else { return false }
                if let after = query.after, day < after { return false }
                if let before = query.before, day > before { return false }
            }
            return true
        }
        if candidates.isEmpty { return nil }

        // BM25 over the text terms.
        let n = Double(count)
        let k1 = 1.2, b = 0.75
        var scores = [Double](repeating: 0, count: candidates.count)
        for t in perTerm.indices {
            let list = perTerm[t]
            let df = Double(list.count)
            let idf = log(1 + (n - df + 0.5) / (df + 0.5))
            var j = 0
            for (c, d) in candidates.enumerated() {
                while j < list.count && list[j].doc < d { j += 1 }
                guard j < list.count && list[j].doc == d else { continue }
                let tf = Double(list[j].tf)
                let length = Double(tokenBase[Int(d) + 1] - tokenBase[Int(d)])
                scores[c] += idf * tf * (k1 + 1) / (tf + k1 * (1 - b + b * length / avgLength))
            }
        }
        perTerm.removeAll()
        var order = Array(candidates.indices)
        if !resolved.isEmpty {
            order.sort { scores[$0] != scores[$1] ? scores[$0] > scores[$1] : $0 < $1 }
        }
        return order.map { c in
            IndexMatch(doc: candidates[c], score: (scores[c] * 100).rounded() / 100, terms: resolved)
        }
    }

    /// The ids of the indexed words that start with `prefix` (at most `prefixLimit`).
    private func prefixed(_ prefix: String) -> [Int32] {
        var lo = 0, hi = vocabulary.count
        while lo < hi {
            let mid = (lo + hi) / 2
            if vocabulary[mid] < prefix { lo = mid + 1 } else { hi = mid }
        }
        var out: [Int32] = []
        while lo < vocabulary.count, out.count < Self.prefixLimit, vocabulary[lo].hasPrefix(prefix) {
            if let id = terms[vocabulary[lo]] { out.append(id) }
            lo += 1
        }
        return out
    }

    /// The articles where one term occurs, with how often (any of its alternatives).
    private func occurrences(_ alternatives: [[Int32]]) -> [(doc: Int32, tf: Int32)] {
        var merged = [Int32]()
        var single: [(doc: Int32, tf: Int32)]?
        if alternatives.count > 1 { merged = [Int32](repeating: 0, count: count) }
        for alt in alternatives {
            var found: [(doc: Int32, tf: Int32)] = []
            if alt.count == 1 {
                let list = table.list(alt[0])
                found.reserveCapacity(list.count)
                for i in 0..<list.count { found.append((list.doc(i), list.frequency(i))) }
            } else {
                found = phrase(alt).map { ($0.doc, Int32($0.starts.count)) }
            }
            if alternatives.count == 1 { single = found; break }
            for f in found { merged[Int(f.doc)] += f.tf }
        }
        if let single { return single }
        var out: [(doc: Int32, tf: Int32)] = []
        for (d, tf) in merged.enumerated() where tf > 0 { out.append((Int32(d), tf)) }
        return out
    }

    /// The articles holding the word sequence `ids`.
    static func docs(with ids: [Int32], in table: PostingTable) -> [Int32] {
        phrase(ids, in: table).map(\.doc)
    }

    private func phrase(_ ids: [Int32]) -> [(doc: Int32, starts: [Int32])] {
        Self.phrase(ids, in: table)
    }

    /// The articles holding the word sequence `ids`, with the positions where it starts.
    private static func phrase(_ ids: [Int32], in table: PostingTable) -> [(doc: Int32, starts: [Int32])] {
        let lists = ids.map { table.list($0) }
        let driver = lists.indices.min { lists[$0].count < lists[$1].count }!
        var out: [(doc: Int32, starts: [Int32])] = []
        docs: for j in 0..<lists[driver].count {
            let doc = lists[driver].doc(j)
            var slots: [Int] = []
            for list in lists {
                guard let slot = list.find(doc) else { continue docs }
                slots.append(slot)
            }
            let first = lists[0].positions(at: slots[0])
            var starts: [Int32] = []
            for p in first {
                var ok = true
                for k in 1..<lists.count {
                    let pos = lists[k].positions(at: slots[k])
                    if !Self.contains(pos, p + Int32(k)) { ok = false; break }
                }
                if ok { starts.append(p) }
            }
            if !starts.isEmpty { out.append((doc, starts)) }
        }
        return out
    }

    private static func contains(_ sorted: ArraySlice<Int32>, _ value: Int32) -> Bool {
        var lo = sorted.startIndex, hi = sorted.endIndex
        while lo < hi {
            let mid = (lo + hi) / 2
            if sorted[mid] < value { lo = mid + 1 } else { hi = mid }
        }
        return lo < sorted.endIndex && sorted[lo] == value
    }

    private static func intersect(_ a: [Int32], _ b: [(doc: Int32, tf: Int32)]) -> [Int32] {
        var out: [Int32] = []
        var i = 0, j = 0
        while i < a.count && j < b.count {
            if a[i] < b[j].doc { i += 1 } else if a[i] > b[j].doc { j += 1 } else {
                out.append(a[i]); i += 1; j += 1
            }
        }
        return out
    }

    /// Where the terms occur in one article, as byte spans in its text and in its
    /// headline, each in order.
    func spans(doc: Int32, terms: [[[Int32]]]) -> (text: [TextSpan], title: [TextSpan]) {
        var spans: [TextSpan] = []
        var titleSpans: [TextSpan] = []
        let base = tokenBase[Int(doc)]
        let titleEnd = Int32(titleLength[Int(doc)])
        for alternatives in terms {
            for alt in alternatives {
                var starts: [Int32] = []
                if alt.count == 1 {
                    let list = table.list(alt[0])
                    if let slot = list.find(doc) { starts = Array(list.positions(at: slot)) }
                } else {
                    starts = phraseStarts(alt, doc: doc)
                }
                for p in starts {
                    let first = base + Int(p), last = base + Int(p) + alt.count - 1
                    let span = TextSpan(start: Int(tokenStart[first]), end: Int(tokenStart[last]) + Int(tokenLength[last]))
                    if p < titleEnd { titleSpans.append(span) } else { spans.append(span) }
                }
            }
        }
        return (Self.sortedUnique(spans), Self.sortedUnique(titleSpans))
    }

    private static func sortedUnique(_ spans: [TextSpan]) -> [TextSpan] {
        var unique: [TextSpan] = []
        for s in spans.sorted() where unique.last != s { unique.append(s) }
        return unique
    }

    private func phraseStarts(_ ids: [Int32], doc: Int32) -> [Int32] {
        var slots: [Int] = []
        let lists = ids.map { table.list($0) }
        for list in lists {
            guard let slot = list.find(doc) else { return [] }
            slots.append(slot)
        }
        return lists[0].positions(at: slots[0]).filter { p in
            (1..<ids.count).allSatisfy { k in
                Self.contains(lists[k].positions(at: slots[k]), p + Int32(k))
            }
        }
    }
}
