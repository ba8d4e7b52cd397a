/// Helpers that fold text for matching: ASCII lower case, curly quotes to straight ones.
enum MatchText {
    /// The UTF-8 bytes of `s`, ASCII letters lower-cased, ‘’ to ' and “” to ".
    static func fold<S: StringProtocol>(_ s: S) -> [UInt8] {
        var out: [UInt8] = []
        out.reserveCapacity(s.utf8.count)
        s.utf8.withContiguousStorageIfAvailable { foldBytes($0, into: &out) }
            ?? foldBytes(Array(s.utf8), into: &out)
        return out
    }

    private static func foldBytes<C: RandomAccessCollection>(_ b: C, into out: inout [UInt8])
        where C.Element == UInt8, C.Index == Int {
        var i = b.startIndex
        let n = b.endIndex
        while i < n {
            let x = b[i]
            if x >= 0x41 && x <= 0x5A {
                out.append(x | 0x20)
            } else if x == 0xE2 && i + 2 < n && b[i + 1] == 0x80
                        && (b[i + 2] == 0x98 || b[i + 2] == 0x99 || b[i + 2] == 0x9C || b[i + 2] == 0x9D) {
                out.append(b[i + 2] <= 0x99 ? 0x27 : 0x22)
                i += 2
            } else {
                out.append(x)
            }
            i += 1
        }
    }

    /// `fold` as a String (for dictionary keys).
    static func key<S: StringProtocol>(_ s: S) -> String {
        String(decoding: fold(s), as: UTF8.self)
    }

    /// True when `needle` occurs in `hay` (both folded bytes).
    static func contains(_ hay: [UInt8], _ needle: [UInt8]) -> Bool {
        if needle.isEmpty { return true }
        if needle.count > hay.count { return false }
        let first = needle[0]
        var i = 0
        let last = hay.count - needle.count
        while i <= last {
            if hay[i] == first {
                var j = 1
                while j < needle.count && hay[i + j] == needle[j] { j += 1 }
                if j == needle.count { return true }
            }
            i += 1
        }
        return false
    }
}
