import ParleyTUI

/// Maps theme colours to what a terminal has: all 256 palette entries, 16, 8, or none. A
/// `#rrggbb` becomes the nearest palette entry; bright ANSI colours fold to the plain eight
/// on 8-colour terminals. Never redefines the terminal's palette.
public struct ColorMapper: Sendable {
    /// How many colours the terminal has (0 = none, or colour turned off).
    public let colors: Int

    public init(colors: Int) { self.colors = colors }

    /// The terminal colour number for a theme colour; -1 is the terminal's default.
    public func index(_ color: Color) -> Int {
        guard colors >= 8 else { return -1 }
        switch color {
        case .default: return -1
        case .ansi(let n):
            return colors >= 16 ? Int(n) : Int(n) % 8
        case .indexed(let n):
            if colors >= 256 || Int(n) < min(colors, 16) { return colors >= 16 ? Int(n) : Int(n) % 8 }
            let (r, g, b) = Self.rgb(ofIndex: Int(n))
            return nearest(r, g, b)
        case .rgb(let r, let g, let b):
            return nearest(Int(r), Int(g), Int(b))
        }
    }

    /// The nearest colour the terminal can show.
    func nearest(_ r: Int, _ g: Int, _ b: Int) -> Int {
        let limit = colors >= 256 ? 256 : (colors >= 16 ? 16 : 8)
        var best = 0
        var bestDistance = Int.max
        // In 256 colours prefer the cube and greys (16...255): the first 16 vary by terminal.
        let start = limit == 256 ? 16 : 0
        for i in start..<limit {
            let (cr, cg, cb) = Self.rgb(ofIndex: i)
            let dr = cr - r, dg = cg - g, db = cb - b
            // Weighted by how sensitive the eye is to each channel.
            let d = 3 * dr * dr + 4 * dg * dg + 2 * db * db
            if d < bestDistance { bestDistance = d; best = i }
        }
        return best
    }

    /// The usual xterm RGB of a palette entry.
    public static func rgb(ofIndex i: Int) -> (Int, Int, Int) {
        let base: [(Int, Int, Int)] = [
            (0, 0, 0), (205, 0, 0), (0, 205, 0), (205, 205, 0), (0, 0, 238), (205, 0, 205),
            (0, 205, 205), (229, 229, 229), (127, 127, 127), (255, 0, 0), (0, 255, 0),
            (255, 255, 0), (92, 92, 255), (255, 0, 255), (0, 255, 255), (255, 255, 255),
        ]
        if i < 16 { return base[max(0, i)] }
        if i < 232 {
            let n = i - 16
            let steps = [0, 95, 135, 175, 215, 255]
            return (steps[n / 36], steps[(n / 6) % 6], steps[n % 6])
        }
        let v = 8 + (i - 232) * 10
        return (v, v, v)
    }
}
