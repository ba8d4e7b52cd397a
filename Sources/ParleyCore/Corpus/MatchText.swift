/// Helpers that fold text for matching: ASCII lower case, curly quotes to straight ones.
enum MatchText {
    /// The UTF-8 bytes of `s`, ASCII letters lower-cased, ‘’ to ' and “” to ".
    static func fold<S: StringProtocol>(_ s: S) -> [UInt8] {
        s.utf8.withContiguousStorageIfAvailable(foldBytes) ?? Array(s.utf8).withUnsafeBufferPointer(foldBytes)
    }

    private static func foldBytes(_ b: UnsafeBufferPointer<UInt8>) -> [UInt8] {
        [UInt8](unsafeUninitializedCapacity: b.count) { out, written in
            var i = 0
            var o = 0
            let n = b.count
            while i < n {
                let x = b[i]
                if x >= 0x41 && x <= 0x5A {
                    out[o] = x | 0x20
                } else if x == 0xE2 && i + 2 < n && b[i + 1] == 0x80
                            && (b[i + 2] == 0x98 || b[i + 2] == 0x99 || b[i + 2] == 0x9C || b[i + 2] == 0x9D) {
                    out[o] = b[i + 2] <= 0x99 ? 0x27 : 0x22
                    i += 2
                } else {
                    out[o] = x
                }
                o += 1
                i += 1
            }
            written = o
        }
    }

    /// `fold` as a String (for dictionary keys).
    static func key<S: StringProtocol>(_ s: S) -> String {
        String(decoding: fold(s), as: UTF8.self)
    }

    /// True when `needle` occurs in `hay` (both folded bytes).
    static func contains(_ hay: [UInt8], _ needle: [UInt8]) -> Bool {
        contains(hay[...], needle)
    }

    /// `contains` for a part of a folded line.
    static func contains(_ hay: ArraySlice<UInt8>, _ needle: [UInt8]) -> Bool {
        if needle.isEmpty { return true }
        if needle.count > hay.count { return false }
        let first = needle[0]
        var i = hay.startIndex
        let last = hay.endIndex - needle.count
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
