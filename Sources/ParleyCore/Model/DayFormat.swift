import Foundation

/// Publication days as `YYYY-MM-DD` strings (which sort as dates).
public enum DayFormat {
    /// Whether `s` is a real calendar day written `YYYY-MM-DD`.
    public static func isValid(_ s: String) -> Bool {
        let parts = s.split(separator: "-", omittingEmptySubsequences: false)
        guard parts.count == 3, parts[0].count == 4, parts[1].count == 2, parts[2].count == 2,
              let y = Int(parts[0]), let m = Int(parts[1]), let d = Int(parts[2]),
              (1...12).contains(m), d >= 1 else { return false }
        return d <= daysIn(month: m, year: y)
    }

    public static func daysIn(month m: Int, year y: Int) -> Int {
        switch m {
        case 2: (y % 4 == 0 && y % 100 != 0) || y % 400 == 0 ? 29 : 28
        case 4, 6, 9, 11: 30
        default: 31
        }
    }

    /// `YYYY-MM-DD` from numbers, or nil when they are not a real day.
    public static func make(year: Int, month: Int, day: Int) -> String? {
        guard (1...12).contains(month), day >= 1, day <= daysIn(month: month, year: year),
              (1900...2100).contains(year) else { return nil }
        return String(format: "%04d-%02d-%02d", year, month, day)
    }
}
