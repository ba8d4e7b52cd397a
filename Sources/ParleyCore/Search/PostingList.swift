/// Where one folded word occurs: the articles (ascending) and, for each, its word
/// positions (ascending), packed in flat arrays.
struct PostingList: Sendable {
    var docs: [Int32] = []
    /// `positions[starts[i]..<starts[i+1]]` are the positions in `docs[i]`.
    var starts: [Int32] = [0]
    var positions: [Int32] = []

    var count: Int { docs.count }

    func positions(at i: Int) -> ArraySlice<Int32> {
        positions[Int(starts[i])..<Int(starts[i + 1])]
    }

    /// The index of `doc` in `docs`, by binary search.
    func find(_ doc: Int32) -> Int? {
        var lo = 0, hi = docs.count
        while lo < hi {
            let mid = (lo + hi) / 2
            if docs[mid] < doc { lo = mid + 1 } else { hi = mid }
        }
        return lo < docs.count && docs[lo] == doc ? lo : nil
    }
}
