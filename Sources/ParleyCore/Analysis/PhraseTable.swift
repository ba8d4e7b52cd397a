/// Phrases of one or more words looked up by their first word: the longest phrase that
/// matches at a token wins. A capitalised word in a phrase only matches a capitalised word
/// in the text ("Trump" the name, not "trump" the verb); an all-capitals word only matches
/// all capitals ("US", not "us"). Words are compared by their vocabulary number, so a
/// lookup costs an array access, not a string hash.
struct PhraseTable<Value: Sendable>: Sendable {
    struct Entry: Sendable {
        var ids: [Int32]
        /// Per word: 0 any case, 1 capitalised, 2 all capitals.
        var caps: [UInt8]
        var value: Value
    }

    /// The phrases that start with one word: the one-word phrase, and longer ones by their
    /// second word (so "the" does not try every "the ..." phrase).
    struct Bucket: Sendable {
        var single: Entry?
        var bySecond: [Int32: [Entry]] = [:]
    }

    private var building: [Int32: [Entry]] = [:]
    private var slots: [Bucket] = []
    /// Whether any phrase starts with the word, so misses never touch `slots`.
    private var starts: [Bool] = []

    /// Adds a phrase; when it is already there, `merge` combines the values.
    mutating func add(_ phrase: String, _ value: Value, vocabulary: inout Vocabulary,
                      merge: ((inout Value, Value) -> Void)? = nil) {
        let (tokens, keys) = Tokenizer.tokenize(phrase)
        guard !tokens.isEmpty else { return }
        let ids = keys.map { vocabulary.add($0) }
        let caps = tokens.map { t -> UInt8 in t.allCaps ? 2 : (t.upper && t.kind == .word ? 1 : 0) }
        var list = building[ids[0], default: []]
        if let k = list.firstIndex(where: { $0.ids == ids }) {
            if let merge { merge(&list[k].value, value) }
            if caps.reduce(0, +) < list[k].caps.reduce(0, +) { list[k].caps = caps }
        } else {
            list.append(Entry(ids: ids, caps: caps, value: value))
            list.sort { $0.ids.count > $1.ids.count }
        }
        building[ids[0]] = list
    }

    /// Makes the table ready for lookups once the vocabulary is complete.
    mutating func finish(vocabularySize: Int) {
        slots = Array(repeating: Bucket(), count: vocabularySize)
        starts = Array(repeating: false, count: vocabularySize)
        for (id, list) in building {
            var bucket = Bucket()
            for e in list {
                if e.ids.count == 1 { bucket.single = e } else { bucket.bySecond[e.ids[1], default: []].append(e) }
            }
            slots[Int(id)] = bucket
            starts[Int(id)] = true
        }
        building = [:]
    }

    @inline(__always)
    private static func fits(_ e: Entry, _ tokens: UnsafeBufferPointer<TextToken>, _ i: Int, limit: Int) -> Bool {
        let n = e.ids.count
        if i + n > limit { return false }
        for k in 0..<n {
            let t = tokens[i + k]
            if t.id != e.ids[k] { return false }
            switch e.caps[k] {
            case 1: if !t.upper { return false }
            case 2: if !t.allCaps { return false }
            default: break
            }
            if k > 0 && t.breaks > 0 { return false }
        }
        return true
    }

    /// Whether any phrase starts with this token's word.
    @inline(__always)
    func hasFirst(_ t: TextToken) -> Bool {
        t.id >= 0 && Int(t.id) < starts.count && starts[Int(t.id)]
    }

    /// The longest phrase at token `i` (not running past `limit`), with its length.
    func longest(at i: Int, in tokens: [TextToken], limit: Int? = nil,
                 where accept: ((Value) -> Bool)? = nil) -> (length: Int, value: Value)? {
        let id = tokens[i].id
        guard id >= 0, Int(id) < starts.count, starts[Int(id)] else { return nil }
        let limit = limit ?? tokens.count
        return slots.withUnsafeBufferPointer { slotBuf in
            if i + 1 < limit, !slotBuf[Int(id)].bySecond.isEmpty {
                let second = tokens[i + 1].id
                if second >= 0, let list = slotBuf[Int(id)].bySecond[second] {
                    let hit: (Int, Value)? = tokens.withUnsafeBufferPointer { buf in
                        for e in list where Self.fits(e, buf, i, limit: limit) {
                            if let accept, !accept(e.value) { continue }
                            return (e.ids.count, e.value)
                        }
                        return nil
                    }
                    if let hit { return hit }
                }
            }
            if let e = slotBuf[Int(id)].single {
                let t = tokens[i]
                let capsOK = e.caps[0] == 0 || (e.caps[0] == 1 && t.upper) || (e.caps[0] == 2 && t.allCaps)
                if capsOK && (accept.map { $0(e.value) } ?? true) { return (1, e.value) }
            }
            return nil
        }
    }
}

/// Numbers for every word that appears in a phrase of the knowledge base; text words are
/// looked up once, when the article is read, in an open-addressing table with an FNV hash
/// (cheaper than the standard dictionary's seeded hash for millions of short words).
struct Vocabulary: Sendable {
    private(set) var ids: [String: Int32] = [:]
    private var slotHash: [UInt64] = []
    private var slotID: [Int32] = []
    private var slotKey: [String] = []
    private var mask = 0

    mutating func add(_ key: String) -> Int32 {
        if let id = ids[key] { return id }
        let id = Int32(ids.count)
        ids[key] = id
        return id
    }

    var count: Int { ids.count }

    @inline(__always)
    private static func hash(_ key: String) -> UInt64 {
        var h = start()
        for b in key.utf8 { h = step(h, b) }
        return h | 1
    }

    /// Builds the lookup table once every word is in.
    mutating func finish() {
        var size = 16
        while size < ids.count * 3 { size <<= 1 }
        mask = size - 1
        slotHash = Array(repeating: 0, count: size)
        slotID = Array(repeating: -1, count: size)
        slotKey = Array(repeating: "", count: size)
        for (key, id) in ids {
            let h = Self.hash(key)
            var k = Int(truncatingIfNeeded: h) & mask
            while slotHash[k] != 0 { k = (k + 1) & mask }
            slotHash[k] = h
            slotID[k] = id
            slotKey[k] = key
        }
    }

    func id(_ key: String) -> Int32 {
        guard mask > 0 else { return ids[key] ?? -1 }
        return id(key, hash: Self.hash(key))
    }

    /// The FNV hash `id(_:hash:)` expects, of a key's UTF-8 bytes.
    static func start() -> UInt64 { 0xcbf2_9ce4_8422_2325 }
    @inline(__always)
    static func step(_ h: UInt64, _ b: UInt8) -> UInt64 { (h ^ UInt64(b)) &* 0x0000_0100_0000_01B3 }

    func id(_ key: String, hash h: UInt64) -> Int32 {
        guard mask > 0 else { return ids[key] ?? -1 }
        var k = Int(truncatingIfNeeded: h) & mask
        while true {
            let s = slotHash[k]
            if s == 0 { return -1 }
            if s == h && slotKey[k] == key { return slotID[k] }
            k = (k + 1) & mask
        }
    }
}
