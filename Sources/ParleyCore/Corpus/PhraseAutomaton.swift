/// An Aho–Corasick automaton over folded bytes: finds every phrase of a fixed set in one
/// pass over a line, however many phrases there are. Built once from the cleaning rules.
struct PhraseAutomaton: Sendable {
    /// Byte → column in the transition table; bytes that occur in no phrase share column 0.
    private let columnOf: [UInt8]
    private let columns: Int
    /// transitions[row + column] → the next state's row (state × columns) shifted left
    /// by one, with the low bit set when phrases end in that state: the scan follows one
    /// load per byte and never multiplies.
    private let transitions: [UInt32]
    /// For each state, where its phrases (those that end there, through failure links
    /// too) start in `outputIDs`, and how many there are.
    private let outputStart: [Int32]
    private let outputCount: [UInt16]
    private let outputIDs: [Int32]
    /// Length in bytes of each phrase.
    let lengths: [Int]

    init(phrases: [[UInt8]]) {
        var columnOf = [UInt8](repeating: 0, count: 256)
        var next: UInt8 = 1
        for p in phrases { for b in p where columnOf[Int(b)] == 0 { columnOf[Int(b)] = next; next &+= 1 } }
        let columns = Int(next)
        // Trie.
        var trie: [[Int32]] = [[Int32](repeating: -1, count: columns)]
        var out: [[Int32]] = [[]]
        for (id, p) in phrases.enumerated() where !p.isEmpty {
            var s = 0
            for b in p {
                let c = Int(columnOf[Int(b)])
                if trie[s][c] < 0 {
                    trie.append([Int32](repeating: -1, count: columns))
                    out.append([])
                    trie[s][c] = Int32(trie.count - 1)
                }
                s = Int(trie[s][c])
            }
            out[s].append(Int32(id))
        }
        // Failure links, breadth first, completing the transitions into a DFA.
        var fail = [Int](repeating: 0, count: trie.count)
        var queue: [Int] = []
        for c in 0..<columns {
            if trie[0][c] < 0 { trie[0][c] = 0 } else { queue.append(Int(trie[0][c])) }
        }
        var head = 0
        while head < queue.count {
            let s = queue[head]; head += 1
            out[s] += out[fail[s]]
            for c in 0..<columns {
                let t = trie[s][c]
                if t >= 0 {
                    fail[Int(t)] = Int(trie[fail[s]][c])
                    queue.append(Int(t))
                } else {
                    trie[s][c] = trie[fail[s]][c]
                }
            }
        }
        self.columnOf = columnOf
        self.columns = columns
        var table: [UInt32] = []
        table.reserveCapacity(trie.count * columns)
        for row in trie {
            for next in row {
                let n = Int(next)
                table.append(UInt32(n * columns) << 1 | (out[n].isEmpty ? 0 : 1))
            }
        }
        self.transitions = table
        var starts: [Int32] = []
        var counts: [UInt16] = []
        var ids: [Int32] = []
        for o in out {
            starts.append(Int32(ids.count))
            counts.append(UInt16(min(o.count, Int(UInt16.max))))
            ids += o
        }
        self.outputStart = starts
        self.outputCount = counts
        self.outputIDs = ids
        self.lengths = phrases.map(\.count)
    }

    /// Calls `found(phrase, endIndex)` for every occurrence inside `range` of `text`
    /// (end index exclusive).
    func scan(_ text: [UInt8], _ range: Range<Int>, _ found: (Int, Int) -> Void) {
        let columns = self.columns
        text.withUnsafeBufferPointer { buf in
            columnOf.withUnsafeBufferPointer { col in
                transitions.withUnsafeBufferPointer { tr in
                    var v: UInt32 = 0
                    for i in range {
                        v = tr[Int(v >> 1) &+ Int(col[Int(buf[i])])]
                        if v & 1 != 0 {
                            let s = Int(v >> 1) / columns
                            let start = Int(outputStart[s])
                            for k in start..<(start + Int(outputCount[s])) { found(Int(outputIDs[k]), i + 1) }
                        }
                    }
                }
            }
        }
    }
}
