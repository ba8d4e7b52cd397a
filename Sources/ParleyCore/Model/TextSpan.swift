/// A stretch of an article's cleaned `text`, as UTF-8 byte offsets (`start..<end`).
/// The reader uses spans to colour names, set quotes apart and scroll to evidence.
public struct TextSpan: Codable, Sendable, Hashable, Comparable {
    public var start: Int
    public var end: Int

    public init(start: Int, end: Int) {
        self.start = start
        self.end = end
    }

    public init(_ range: Range<Int>) {
        self.init(start: range.lowerBound, end: range.upperBound)
    }

    public var range: Range<Int> { start..<end }

    /// The spanned text of `text`, or "" if the span lies outside it.
    public func slice(of text: String) -> Substring {
        let utf8 = text.utf8
        guard start >= 0, start <= end, end <= utf8.count,
              let lo = utf8.index(utf8.startIndex, offsetBy: start, limitedBy: utf8.endIndex),
              let hi = utf8.index(utf8.startIndex, offsetBy: end, limitedBy: utf8.endIndex)
        else { return "" }
        return text[lo..<hi]
    }

    public static func < (a: TextSpan, b: TextSpan) -> Bool {
        (a.start, a.end) < (b.start, b.end)
    }
}
