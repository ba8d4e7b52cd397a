import Foundation

/// Finds the cleaning rule a line matches, using all rules' patterns at once: a
/// dictionary for whole lines, one automaton pass for prefixes, suffixes and phrases,
/// then the few globs and (for short lines) regular expressions.
struct LineMatcher: Sendable {
    /// Lines longer than this (in characters) are scanned only for the phrases of rules
    /// that allow such lines.
    static let longLine = 300
    /// A glob with the byte its matches must start with, when its first character is not
    /// a wildcard (most globs: one comparison rules them out).
    private struct Glob: Sendable { var rule: Int; var pattern: [UInt8]; var first: UInt8? }
    private struct Expression: Sendable { var rule: Int; var regex: CompiledRegex; var needs: [UInt8] }

    private let exact: [String: Int]
    private let longestExact: Int
    /// Prefixes (tried on a line's first bytes), suffixes (on its last bytes) and phrases
    /// found anywhere: for lines of up to 300 characters all of them, for longer ones only
    /// those of rules whose `max_length` allows such lines (captions, mostly).
    private let prefixes: PhraseSet
    private let suffixes: PhraseSet
    private let anywhere: PhraseSet
    private let anywhereLong: PhraseSet
    private let globs: [Glob]
    private let expressions: [Expression]
    private let maxLengths: [Int]

    /// Builds the matcher; a regular expression that does not compile is reported in
    /// `problems` and left out.
    init(rules: [CleaningRule], problems: inout [String]) {
        var exact: [String: Int] = [:]
        var longest = 0
        var prefixes = PhraseSet.Builder()
        var suffixes = PhraseSet.Builder()
        var anywhere = PhraseSet.Builder()
        var anywhereLong = PhraseSet.Builder()
        var globs: [Glob] = []
        var expressions: [Expression] = []
        for (r, rule) in rules.enumerated() {
            for e in rule.exact {
                let k = MatchText.key(e.trimmingSpaces())
                if exact[k] == nil { exact[k] = r }
                longest = max(longest, k.utf8.count)
            }
            for p in rule.prefix where !p.isEmpty { prefixes.add(MatchText.fold(p), rule: r) }
            for p in rule.suffix where !p.isEmpty { suffixes.add(MatchText.fold(p), rule: r) }
            for p in rule.contains where !p.isEmpty {
                anywhere.add(MatchText.fold(p), rule: r)
                if rule.maxLength > Self.longLine { anywhereLong.add(MatchText.fold(p), rule: r) }
            }
            for g in rule.glob {
                let pattern = MatchText.fold(g)
                let first = pattern.first.flatMap { "*?#".utf8.contains($0) ? nil : $0 }
                globs.append(Glob(rule: r, pattern: pattern, first: first))
            }
            for x in rule.regex {
                if let re = CompiledRegex(x) {
                    expressions.append(Expression(rule: r, regex: re, needs: MatchText.fold(rule.needs ?? "")))
                } else {
                    problems.append("cleaning rule \"\(rule.category)\": bad regex \(x)")
                }
            }
        }
        self.exact = exact
        self.longestExact = longest
        self.prefixes = prefixes.build()
        self.suffixes = suffixes.build()
        self.anywhere = anywhere.build()
        self.anywhereLong = anywhereLong.build()
        self.globs = globs
        self.expressions = expressions
        self.maxLengths = rules.map(\.maxLength)
    }

    /// The index of the first rule `line` (trimmed) matches, exact matches first; nil if none.
    func match(_ line: String) -> Int? {
        match(line, folded: MatchText.fold(line))
    }

    /// `match` for a line already folded with `MatchText.fold`.
    func match(_ line: String, folded: [UInt8]) -> Int? {
        if folded.count <= longestExact, let r = exact[String(decoding: folded, as: UTF8.self)] { return r }
        // Characters, not bytes: count the bytes that start one.
        let length = folded.withUnsafeBufferPointer { buf in
            buf.reduce(0) { $0 &+ ($1 & 0xC0 != 0x80 ? 1 : 0) }
        }
        var best = Int.max
        let n = folded.count
        let maxLengths = self.maxLengths
        prefixes.scan(folded, 0..<min(n, prefixes.longest)) { rule, start, _ in
            if start == 0, rule < best, length <= maxLengths[rule] { best = rule }
        }
        suffixes.scan(folded, max(0, n - suffixes.longest)..<n) { rule, _, end in
            if end == n, rule < best, length <= maxLengths[rule] { best = rule }
        }
        (length <= Self.longLine ? anywhere : anywhereLong).scan(folded, 0..<n) { rule, _, _ in
            if rule < best, length <= maxLengths[rule] { best = rule }
        }
        let head = folded.first
        for g in globs where g.rule < best && length <= maxLengths[g.rule] && (g.first == nil || g.first == head) {
            if Self.glob(g.pattern[...], folded[...]) { best = g.rule }
        }
        for e in expressions where e.rule < best && length <= maxLengths[e.rule] {
            // The expression sees at most the first 120 characters; so does `needs`.
            let head = length <= 120 ? folded[...] : folded.prefix(480)
            if MatchText.contains(head, e.needs),
               e.regex.matchesWhole(length <= 120 ? line : String(line.prefix(120))) { best = e.rule }
        }
        return best == Int.max ? nil : best
    }

    /// Whole-line glob: `*` any run, `?` one byte, `#` one or more digits (with , or . inside).
    static func glob(_ p: ArraySlice<UInt8>, _ s: ArraySlice<UInt8>) -> Bool {
        guard let c = p.first else { return s.isEmpty }
        let rest = p.dropFirst()
        switch c {
        case UInt8(ascii: "*"):
            var t = s
            while true {
                if glob(rest, t) { return true }
                if t.isEmpty { return false }
                t = t.dropFirst()
            }
        case UInt8(ascii: "?"):
            return !s.isEmpty && glob(rest, s.dropFirst())
        case UInt8(ascii: "#"):
            guard let f = s.first, f >= 0x30 && f <= 0x39 else { return false }
            var t = s.dropFirst()
            while true {
                if glob(rest, t) { return true }
                guard let x = t.first, (x >= 0x30 && x <= 0x39) || x == 0x2C || x == 0x2E else { return false }
                t = t.dropFirst()
            }
        default:
            return s.first == c && glob(rest, s.dropFirst())
        }
    }
}

/// A regular expression compiled once and shared between threads (read only).
final class CompiledRegex: @unchecked Sendable {
    private let regex: NSRegularExpression

    init?(_ pattern: String) {
        guard let re = try? NSRegularExpression(pattern: pattern) else { return nil }
        regex = re
    }

    /// True when the expression matches all of `s`.
    func matchesWhole(_ s: String) -> Bool {
        let ns = s as NSString
        guard let m = regex.firstMatch(in: s, options: [.anchored], range: NSRange(location: 0, length: ns.length))
        else { return false }
        return m.range.length == ns.length
    }
}

/// Phrases of several rules in one automaton, reporting the rule of each hit.
struct PhraseSet: Sendable {
    private let automaton: PhraseAutomaton
    private let rules: [Int]
    /// The longest phrase, in bytes.
    let longest: Int

    struct Builder {
        var phrases: [[UInt8]] = []
        var rules: [Int] = []
        mutating func add(_ phrase: [UInt8], rule: Int) { phrases.append(phrase); rules.append(rule) }
        func build() -> PhraseSet {
            PhraseSet(automaton: PhraseAutomaton(phrases: phrases), rules: rules,
                      longest: phrases.map(\.count).max() ?? 0)
        }
    }

    /// Calls `found(rule, start, end)` for each phrase inside `range` of `text`.
    func scan(_ text: [UInt8], _ range: Range<Int>, _ found: (Int, Int, Int) -> Void) {
        guard !rules.isEmpty, !range.isEmpty else { return }
        automaton.scan(text, range) { id, end in found(rules[id], end - automaton.lengths[id], end) }
    }
}
