/// The working state of one article's analysis: its tokens and sentences, the actors it
/// names (known and newly found) and where, its quotation marks. Built in stages by
/// `Analyzer.analyze`; each stage lives in its own file as an extension.
struct ArticleScan {
    /// A place where the text names an actor.
    struct Found {
        enum How: UInt8 { case name, ref, pronoun, generic, surname }
        var first: Int
        var end: Int
        var entity: Int
        var how: How
    }

    let lex: Lexicon
    let article: Article
    /// What is read: the headline (a sentence of its own, for claims), a paragraph break,
    /// then the body. Token offsets point into this; `bodyStart` maps them to `article.text`.
    let source: String
    /// Byte offset of `article.text` in `source` (0 without a headline).
    let bodyStart: Int
    /// Index of the first body token: tokens before it are the headline's.
    let bodyToken: Int
    let tokens: [TextToken]
    /// The folded key of each token.
    let keys: [String]
    let sentences: [Range<Int>]
    /// Sentence index of each token.
    var sentenceOf: [Int32]
    /// Known actors first (same indexes as the lexicon), then actors found in this article.
    var entities: [Actor]
    var female: [Bool]
    var found: [Found] = []
    /// Index into `found` for every token a mention covers, or -1.
    var mentionAt: [Int32]
    var outletAt: [Bool]
    var placeAt: [Bool]
    /// The longest language-list phrase starting at each token (length 0 when none).
    var wordLen: [UInt8]
    var wordFlags: [WordFlags]
    /// For each token inside a quotation, the index of that quotation in `regions`, or -1.
    var quoteOf: [Int32]
    /// Quotations as (opening mark, closing mark or paragraph end) token indexes.
    var regions: [(open: Int, close: Int, closed: Bool)] = []
    /// "it"/"its" resolved to the latest country or organisation, by token.
    var itEntity: [Int32]

    init(lex: Lexicon, article: Article) {
        self.lex = lex
        self.article = article
        // One line: a headline is one sentence however it was wrapped.
        let title = String((article.title ?? "").trimmingWhiteSpace().map { $0.isNewline ? " " : $0 })
        let source = title.isEmpty ? article.text : title + "\n\n" + article.text
        self.source = source
        bodyStart = title.isEmpty ? 0 : title.utf8.count + 2
        let (tokens, keys) = Tokenizer.tokenize(source, vocabulary: lex.vocabulary)
        let bodyStart = self.bodyStart
        bodyToken = tokens.firstIndex { $0.start >= bodyStart } ?? tokens.count
        self.tokens = tokens
        self.keys = keys
        let sentences = SentenceSplitter.split(tokens, keys: keys)
        self.sentences = sentences
        var sentenceOf = [Int32](repeating: 0, count: tokens.count)
        for (k, r) in sentences.enumerated() { for i in r { sentenceOf[i] = Int32(k) } }
        self.sentenceOf = sentenceOf
        entities = lex.actors
        female = lex.female
        mentionAt = [Int32](repeating: -1, count: tokens.count)
        outletAt = [Bool](repeating: false, count: tokens.count)
        placeAt = [Bool](repeating: false, count: tokens.count)
        wordLen = [UInt8](repeating: 0, count: tokens.count)
        wordFlags = [WordFlags](repeating: [], count: tokens.count)
        quoteOf = [Int32](repeating: -1, count: tokens.count)
        itEntity = [Int32](repeating: -1, count: tokens.count)
    }

    // MARK: helpers

    func text(_ a: Int, _ b: Int) -> String {
        guard a < b else { return "" }
        return String(TextSpan(start: tokens[a].start, end: tokens[b - 1].end).slice(of: source))
    }

    /// Whether token `i` belongs to the headline rather than the body.
    func inHeadline(_ i: Int) -> Bool { i < bodyToken }

    /// Tokens `a..<b` as a span of `article.text`; the headline's tokens map to the empty
    /// span at the text's start (the reader shows the headline above the text).
    func bodySpan(_ a: Int, _ b: Int) -> TextSpan {
        guard a < b, a >= bodyToken else { return TextSpan(start: 0, end: 0) }
        return TextSpan(start: tokens[a].start - bodyStart, end: tokens[b - 1].end - bodyStart)
    }

    func party(of entity: Int) -> Party { entities[entity].party }

    func isPerson(_ entity: Int) -> Bool { entities[entity].kind == .person }

    // The lookups below answer "no" for a position outside the text: the readings look a
    // few words ahead and behind, and a text may end anywhere ("…, said").

    /// The mention starting at token `i`, if one does.
    func mentionStarting(at i: Int) -> Found? {
        guard i >= 0 && i < mentionAt.count else { return nil }
        let m = mentionAt[i]
        guard m >= 0 else { return nil }
        let f = found[Int(m)]
        return f.first == i ? f : nil
    }

    func flags(_ i: Int) -> WordFlags { i >= 0 && i < wordLen.count && wordLen[i] > 0 ? wordFlags[i] : [] }

    /// Whether token `i` is a word of the grammar class `w` (language.toml's `[grammar]`).
    func word(_ i: Int, _ w: GrammarWords) -> Bool {
        guard i >= 0 && i < tokens.count else { return false }
        let id = tokens[i].id
        return id >= 0 && lex.grammar[Int(id)].contains(w)
    }

    func inQuote(_ i: Int) -> Bool { i >= 0 && i < quoteOf.count && quoteOf[i] >= 0 }

    // MARK: stage 1: known names, role phrases, outlets; word lists; quotation marks

    mutating func matchKnown() {
        var i = 0
        let n = tokens.count
        while i < n {
            let t = tokens[i]
            if t.isWord, let (len, ref) = lex.entities.longest(at: i, in: tokens) {
                switch ref {
                case .outlet:
                    for k in i..<(i + len) { outletAt[k] = true }
                case .place:
                    for k in i..<(i + len) { placeAt[k] = true }
                case let .actor(e):
                    add(Found(first: i, end: i + len, entity: e, how: .name))
                case let .ref(e):
                    add(Found(first: i, end: i + len, entity: e, how: .ref))
                case let .generic(g):
                    add(Found(first: i, end: i + len, entity: -1 - g, how: .generic))
                }
                i += len
                continue
            }
            i += 1
        }
        for i in 0..<n where tokens[i].kind != .openQuote && tokens[i].kind != .closeQuote {
            if let (len, f) = lex.words.longest(at: i, in: tokens) {
                wordLen[i] = UInt8(len)
                wordFlags[i] = f
            }
        }
        findRegions()
    }

    mutating func add(_ f: Found) {
        // A role phrase right before the name of the same actor is one mention
        // ("Kremlin spokesperson Dmitry Peskov").
        if let last = found.last, last.end == f.first, last.entity == f.entity, f.entity >= 0 {
            found[found.count - 1].end = f.end
            if f.how == .name { found[found.count - 1].how = .name }
            for k in f.first..<f.end { mentionAt[k] = Int32(found.count - 1) }
            return
        }
        // A role phrase right before another actor's name is that person's title
        // ("the US envoy Keith Kellogg"): the name wins.
        if let last = found.last, last.end == f.first, last.how == .ref, f.how == .name, f.entity >= 0 {
            found[found.count - 1] = Found(first: last.first, end: f.end, entity: f.entity, how: .name)
            for k in last.first..<f.end { mentionAt[k] = Int32(found.count - 1) }
            return
        }
        found.append(f)
        for k in f.first..<f.end { mentionAt[k] = Int32(found.count - 1) }
    }

    /// Pairs quotation marks within a paragraph; an opening mark left open runs to the
    /// paragraph's end (a quotation continued in the next paragraph).
    mutating func findRegions() {
        var open: Int? = nil
        var i = 0
        let n = tokens.count
        func closeAtParagraphEnd(_ o: Int, before j: Int) {
            if j - 1 > o { regions.append((o, j, false)) }
        }
        while i < n {
            let t = tokens[i]
            if t.breaks > 0, let o = open {
                closeAtParagraphEnd(o, before: i)
                open = nil
            }
            if t.kind == .openQuote {
                if let o = open { closeAtParagraphEnd(o, before: i) }
                open = i
            } else if t.kind == .closeQuote, let o = open {
                regions.append((o, i, true))
                open = nil
            }
            i += 1
        }
        if let o = open { closeAtParagraphEnd(o, before: n) }
        for (k, r) in regions.enumerated() {
            for i in r.open..<min(r.closed ? r.close + 1 : r.close, n) { quoteOf[i] = Int32(k) }
        }
    }
}
