import Foundation
import TOMLKit

/// Reads a theme file (TOML). Top-level keys are scopes: `"list.selected" = { fg = "black",
/// bg = "cyan", modifiers = ["bold"] }`, or a plain string for the foreground; nested tables
/// (`[pane.border]`) mean the same as dotted keys. `[palette]` names colours; `inherits`
/// names a theme to start from. Colours: `default`, the 16 ANSI names (`red`,
/// `bright-blue`...), 0–255, `#rrggbb`, or a palette name. Bad entries become warnings.
public enum ThemeParser {
    /// A parsed file before inheritance is applied.
    public struct Parsed: Sendable {
        public var name: String
        public var inherits: String?
        public var styles: [String: ThemeStyle]
        public var warnings: [String]
    }

    public static func parse(_ source: String, name: String) -> Parsed {
        var result = Parsed(name: name, inherits: nil, styles: [:], warnings: [])
        let table: TOMLTable
        do { table = try TOMLTable(string: source) } catch let error as TOMLParseError {
            result.warnings.append("theme \(name): not valid TOML: \(error.description) (line \(error.source.begin.line))")
            return result
        } catch {
            result.warnings.append("theme \(name): not valid TOML: \(error)")
            return result
        }
        var palette: [String: Color] = [:]
        if let p = table["palette"] {
            if let pt = p.table {
                for (key, value) in pt {
                    if let s = value.string, let c = color(s, palette: [:]) { palette[key] = c }
                    else if let i = value.int, (0...255).contains(i) { palette[key] = .indexed(UInt8(i)) }
                    else { result.warnings.append("theme \(name): palette.\(key): not a colour") }
                }
            } else {
                result.warnings.append("theme \(name): palette should be a table")
            }
        }
        for (key, value) in table {
            switch key {
            case "palette": continue
            case "inherits":
                if let s = value.string { result.inherits = s }
                else { result.warnings.append("theme \(name): inherits should be a theme name") }
            case "name", "description": continue
            default:
                read(key: key, value: value, palette: palette, into: &result)
            }
        }
        return result
    }

    private static let styleFields: Set<String> = ["fg", "bg", "modifiers"]

    private static func read(key: String, value: TOMLValueConvertible, palette: [String: Color],
                             into result: inout Parsed) {
        if let s = value.string {
            if let c = color(s, palette: palette) {
                result.styles[key] = ThemeStyle(fg: c)
            } else {
                result.warnings.append("theme \(result.name): \(key): unknown colour '\(s)'")
            }
            return
        }
        guard let t = value.table else {
            result.warnings.append("theme \(result.name): \(key): expected a colour or a table")
            return
        }
        var style = ThemeStyle()
        var isStyle = false
        for (field, v) in t {
            if styleFields.contains(field) {
                isStyle = true
                switch field {
                case "fg", "bg":
                    var c: Color?
                    if let s = v.string { c = color(s, palette: palette) }
                    else if let i = v.int, (0...255).contains(i) { c = .indexed(UInt8(i)) }
                    if let c {
                        if field == "fg" { style.fg = c } else { style.bg = c }
                    } else {
                        result.warnings.append("theme \(result.name): \(key).\(field): unknown colour '\(v.debugDescription)'")
                    }
                default:
                    var m: Modifiers = []
                    if let arr = v.array {
                        for item in arr {
                            if let s = item.string, let found = Modifiers.names.first(where: { $0.0 == s.lowercased() }) {
                                m.insert(found.1)
                            } else {
                                result.warnings.append("theme \(result.name): \(key).modifiers: unknown modifier '\(item.debugDescription)'")
                            }
                        }
                    } else {
                        result.warnings.append("theme \(result.name): \(key).modifiers should be a list such as [\"bold\"]")
                    }
                    style.modifiers = m
                }
            } else if v.table != nil || v.string != nil {
                read(key: key + "." + field, value: v, palette: palette, into: &result)
            } else {
                result.warnings.append("theme \(result.name): \(key).\(field): unknown field")
            }
        }
        if isStyle { result.styles[key] = style }
    }

    static let ansiNames: [String: UInt8] = [
        "black": 0, "red": 1, "green": 2, "yellow": 3, "blue": 4, "magenta": 5, "cyan": 6,
        "white": 7, "gray": 8, "grey": 8, "bright-black": 8, "bright-red": 9,
        "bright-green": 10, "bright-yellow": 11, "bright-blue": 12, "bright-magenta": 13,
        "bright-cyan": 14, "bright-white": 15,
    ]

    /// A colour from its written form, or nil.
    public static func color(_ text: String, palette: [String: Color]) -> Color? {
        let s = text.trimmingCharacters(in: .whitespaces).lowercased()
        if s == "default" || s == "reset" || s == "none" { return .default }
        if let c = palette[text] ?? palette[s] { return c }
        if let n = ansiNames[s] ?? ansiNames[s.replacingOccurrences(of: "_", with: "-")] {
            return .ansi(n)
        }
        if s.hasPrefix("#"), s.count == 7, let v = UInt32(s.dropFirst(), radix: 16) {
            return .rgb(UInt8(v >> 16 & 0xFF), UInt8(v >> 8 & 0xFF), UInt8(v & 0xFF))
        }
        if let i = Int(s), (0...255).contains(i) { return .indexed(UInt8(i)) }
        return nil
    }
}
