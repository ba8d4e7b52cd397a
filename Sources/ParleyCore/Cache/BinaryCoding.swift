import Foundation

/// Appends values to a compact byte buffer: the cache's record format (much faster to
/// read back than JSON, which matters for a warm start of tens of thousands of articles).
struct BinaryWriter {
    var bytes: [UInt8] = []

    init(capacity: Int = 256) { bytes.reserveCapacity(capacity) }

    mutating func int(_ v: Int) {
        // Zig-zag varint: small numbers take one byte.
        var u = UInt64(bitPattern: Int64(v) << 1 ^ Int64(v) >> 63)
        while u >= 0x80 {
            bytes.append(UInt8(u & 0x7F) | 0x80)
            u >>= 7
        }
        bytes.append(UInt8(u))
    }

    mutating func bool(_ v: Bool) { bytes.append(v ? 1 : 0) }

    mutating func string(_ s: String) {
        var s = s
        s.withUTF8 { buf in
            int(buf.count)
            bytes.append(contentsOf: buf)
        }
    }

    mutating func optional(_ s: String?) {
        if let s { bool(true); string(s) } else { bool(false) }
    }

    mutating func strings(_ list: [String]) {
        int(list.count)
        for s in list { string(s) }
    }

    mutating func span(_ s: TextSpan) {
        int(s.start)
        int(s.end - s.start)
    }
}

/// Reads what `BinaryWriter` wrote; throws on anything malformed, so a damaged cache
/// record is noticed and rebuilt rather than trusted. Every length and count is checked
/// against the bytes that are left before it is used, without arithmetic that could
/// overflow: a damaged length may say anything up to `Int.max`.
struct BinaryReader {
    struct Malformed: Error {}

    let base: UnsafeRawBufferPointer
    var offset = 0

    init(_ base: UnsafeRawBufferPointer) { self.base = base }

    var atEnd: Bool { offset == base.count }

    mutating func byte() throws -> UInt8 {
        guard offset < base.count else { throw Malformed() }
        defer { offset += 1 }
        return base[offset]
    }

    mutating func int() throws -> Int {
        var u: UInt64 = 0
        var shift: UInt64 = 0
        while true {
            let b = try byte()
            u |= UInt64(b & 0x7F) << shift
            if b < 0x80 { break }
            shift += 7
            if shift > 63 { throw Malformed() }
        }
        return Int(Int64(bitPattern: u >> 1) ^ -Int64(bitPattern: u & 1))
    }

    /// The bytes not read yet.
    var remaining: Int { base.count - offset }

    /// A count of items that follow: each takes at least one byte.
    mutating func count() throws -> Int {
        let n = try int()
        guard n >= 0, n <= remaining else { throw Malformed() }
        return n
    }

    mutating func bool() throws -> Bool {
        switch try byte() {
        case 0: false
        case 1: true
        default: throw Malformed()
        }
    }

    mutating func string() throws -> String {
        let n = try int()
        guard n >= 0, n <= remaining else { throw Malformed() }
        let slice = UnsafeRawBufferPointer(rebasing: base[offset..<offset + n])
        offset += n
        guard let s = String(validating: slice.bindMemory(to: UInt8.self), as: UTF8.self) else {
            throw Malformed()
        }
        return s
    }

    mutating func optional() throws -> String? {
        try bool() ? try string() : nil
    }

    mutating func strings() throws -> [String] {
        let n = try count()
        var out: [String] = []
        out.reserveCapacity(n)
        for _ in 0..<n { out.append(try string()) }
        return out
    }

    mutating func span() throws -> TextSpan {
        let start = try int()
        let length = try int()
        guard start >= 0, length >= 0, length <= Int.max - start else { throw Malformed() }
        return TextSpan(start: start, end: start + length)
    }

    mutating func raw<T: RawRepresentable>(_: T.Type) throws -> T where T.RawValue == String {
        guard let v = T(rawValue: try string()) else { throw Malformed() }
        return v
    }
}
