/// Phrases of one or more words looked up by their first word: the longest phrase that
/// matches at a token wins. A capitalised word in a phrase only matches a capitalised word
/// in the text ("Trump" the name, not "trump" the verb); an all-capitals word only matches
/// all capitals ("US", not "us").
struct PhraseTable<Value: Sendable>: Sendable {
    struct Entry: Sendable {
        var keys: [String]
        /// Per word: 0 any case, 1 capitalised, 2 all capitals.
        var caps: [UInt8]
        var value: Value
    }

    private(set) var byFirst: [String: [Entry]] = [:]

    /// Adds a phrase; when it is already there, `merge` combines the values.
    mutating func add(_ phrase: String, _ value: Value, merge: ((inout Value, Value) -> Void)? = nil) {
        let tokens = Tokenizer.tokenize(phrase)
        guard let first = tokens.first else { return }
        let keys = tokens.map(\.key)
        let caps = tokens.map { t -> UInt8 in t.allCaps ? 2 : (t.upper && t.kind == .word ? 1 : 0) }
        var list = byFirst[first.key, default: []]
        if let k = list.firstIndex(where: { $0.keys == keys }) {
            if let merge { merge(&list[k].value, value) }
            if caps.reduce(0, +) < list[k].caps.reduce(0, +) { list[k].caps = caps }
        } else {
            list.append(Entry(keys: keys, caps: caps, value: value))
            list.sort { $0.keys.count > $1.keys.count }
        }
        byFirst[first.key] = list
    }

    @inline(__always)
    private static func fits(_ e: Entry, _ tokens: [TextToken], _ i: Int, limit: Int) -> Bool {
        let n = e.keys.count
        if i + n > limit { return false }
        for k in 0..<n {
            let t = tokens[i + k]
            if t.key != e.keys[k] { return false }
            switch e.caps[k] {
            case 1: if !t.upper { return false }
            case 2: if !t.allCaps { return false }
            default: break
            }
            if k > 0 && t.breaks > 0 { return false }
        }
        return true
    }

    /// The longest phrase at token `i` (not running past `limit`), with its length.
    func longest(at i: Int, in tokens: [TextToken], limit: Int? = nil,
                 where accept: ((Value) -> Bool)? = nil) -> (length: Int, value: Value)? {
        guard let list = byFirst[tokens[i].key] else { return nil }
        let limit = limit ?? tokens.count
        for e in list where Self.fits(e, tokens, i, limit: limit) {
            if let accept, !accept(e.value) { continue }
            return (e.keys.count, e.value)
        }
        return nil
    }

    /// Whether the table holds anything starting with this key.
    func hasFirst(_ key: String) -> Bool { byFirst[key] != nil }
}
