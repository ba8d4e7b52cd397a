/// FNV-1a, 64 bits: a hash that is the same in every run (Swift's `Hasher` is seeded per
/// process), for the knowledge base's version string.
struct StableHash {
    private(set) var value: UInt64 = 0xcbf2_9ce4_8422_2325

    mutating func add(_ s: String) {
        for b in s.utf8 {
            value ^= UInt64(b)
            value = value &* 0x0000_0100_0000_01B3
        }
        value ^= 0xff
        value = value &* 0x0000_0100_0000_01B3
    }

    var hex: String {
        let s = String(value, radix: 16)
        return String(repeating: "0", count: max(0, 16 - s.count)) + s
    }
}
