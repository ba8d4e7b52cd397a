/// The index's posting data for all words, packed in flat arrays (compressed sparse rows):
/// word `t` occurs in the articles `docs[docStart[t] ..< docStart[t+1]]`, and for the
/// `e`-th of those entries at the positions `positions[entryPos[e] ..< entryPos[e+1]]`.
final class PostingTable: Sendable {
    let docStart: [Int32]
    let docs: [Int32]
    let entryPos: [Int32]
    let positions: [Int32]

    init(docStart: [Int32], docs: [Int32], entryPos: [Int32], positions: [Int32]) {
        self.docStart = docStart
        self.docs = docs
        self.entryPos = entryPos
        self.positions = positions
    }

    func list(_ term: Int32) -> PostingList {
        let first = Int(docStart[Int(term)])
        return PostingList(table: self, first: first, count: Int(docStart[Int(term) + 1]) - first)
    }
}

/// Where one folded word occurs: the articles (ascending) and, for each, its word
/// positions (ascending). A view into the `PostingTable`.
struct PostingList {
    let table: PostingTable
    let first: Int
    let count: Int

    @inline(__always) func doc(_ i: Int) -> Int32 { table.docs[first + i] }

    /// How often the word occurs in the `i`-th article of the list.
    @inline(__always) func frequency(_ i: Int) -> Int32 {
        table.entryPos[first + i + 1] - table.entryPos[first + i]
    }

    func positions(at i: Int) -> ArraySlice<Int32> {
        table.positions[Int(table.entryPos[first + i])..<Int(table.entryPos[first + i + 1])]
    }

    /// The index of `doc` in the list, by binary search.
    func find(_ doc: Int32) -> Int? {
        var lo = 0, hi = count
        while lo < hi {
            let mid = (lo + hi) / 2
            if self.doc(mid) < doc { lo = mid + 1 } else { hi = mid }
        }
        return lo < count && self.doc(lo) == doc ? lo : nil
    }
}
