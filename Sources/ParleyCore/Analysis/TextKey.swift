/// Folds words for matching: lower case, accents removed, curly apostrophes straightened.
/// ASCII words (nearly all of them) take a fast path; other letters fold through the same
/// table as search (`TextFolding.fold`).
enum TextKey {
    /// The key of the bytes `start..<end`, and for ASCII words its vocabulary hash
    /// (0 when the caller must hash the key itself).
    static func fold(_ bytes: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int) -> (String, UInt64) {
        var ascii = true
        var quotes = false
        var i = start
        while i < end {
            let b = bytes[i]
            if b >= 0x80 {
                // A curly apostrophe (E2 80 98/99) folds to "'" without leaving the fast path.
                if b == 0xE2 && i + 2 < end && bytes[i + 1] == 0x80 && (bytes[i + 2] == 0x99 || bytes[i + 2] == 0x98) {
                    quotes = true
                    i += 3
                    continue
                }
                ascii = false
                break
            }
            i += 1
        }
        if ascii && quotes {
            var h = Vocabulary.start()
            var out: [UInt8] = []
            out.reserveCapacity(end - start)
            var k = start
            while k < end {
                var l = bytes[k]
                if l == 0xE2 { l = 39; k += 3 } else { k += 1 }
                if l >= 65 && l <= 90 { l += 32 }
                out.append(l)
                h = Vocabulary.step(h, l)
            }
            return (String(decoding: out, as: UTF8.self), h | 1)
        }
        if ascii {
            var h = Vocabulary.start()
            let s = String(unsafeUninitializedCapacity: end - start) { buf in
                for i in start..<end {
                    let b = bytes[i]
                    let l = (b >= 65 && b <= 90) ? b + 32 : b
                    buf[i - start] = l
                    h = Vocabulary.step(h, l)
                }
                return end - start
            }
            return (s, h | 1)
        }
        return (foldScalars(String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<end]), as: UTF8.self)), 0)
    }

    /// The key of any string (data, and words that are not plain ASCII).
    static func fold(_ s: String) -> String { foldScalars(s) }

    /// Lower case, accents removed, curly apostrophes straightened — letter by letter with
    /// the same table search folds words with (`TextFolding.fold`), so "Erdoğan", "Łukasz"
    /// and "Straße" read the same in the analysis, the knowledge base and a query.
    private static func foldScalars(_ s: String) -> String {
        var out: [UInt8] = []
        out.reserveCapacity(s.utf8.count)
        for scalar in s.unicodeScalars {
            let v = scalar.value
            if v < 0x80 {
                let b = UInt8(v)
                out.append(b >= 65 && b <= 90 ? b + 32 : b)
            } else if v == 0x2019 || v == 0x2018 {
                out.append(39)
            } else if let folded = TextFolding.fold(scalar) {
                out.append(contentsOf: folded)
            } else {
                out.append(contentsOf: String(scalar).lowercased().utf8)
            }
        }
        return String(decoding: out, as: UTF8.self)
    }
}
