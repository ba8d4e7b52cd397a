import Foundation

/// The themes parley can find: the bundled `Themes/` folder (next to the executable or in
/// a parent folder of it, or `$PARLEY_THEMES`) and the user's
/// `$XDG_CONFIG_HOME/parley/themes/`, where a user theme overrides a bundled one of the
/// same name. When no bundled folder is found the built-in default theme still works.
public struct ThemeCatalog: Sendable {
    /// Theme name → file, in the order they should be cycled.
    public private(set) var files: [(name: String, path: String)]
    /// Notices about the search itself (e.g. the bundled folder was not found).
    public private(set) var warnings: [String] = []

    public init(directories: [String], warnIfNoBundled: Bool = false) {
        var byName: [String: String] = [:]
        var order: [String] = []
        for dir in directories {
            guard let names = try? FileManager.default.contentsOfDirectory(atPath: dir) else { continue }
            for file in names.sorted() where file.hasSuffix(".toml") && !file.hasPrefix(".") {
                let name = String(file.dropLast(5))
                if byName[name] == nil { order.append(name) }
                byName[name] = (dir as NSString).appendingPathComponent(file)
            }
        }
        let preferred = ["default", "light", "high-contrast", "monochrome"]
        order.sort { a, b in
            let ia = preferred.firstIndex(of: a) ?? preferred.count
            let ib = preferred.firstIndex(of: b) ?? preferred.count
            return ia != ib ? ia < ib : a < b
        }
        files = order.map { ($0, byName[$0]!) }
        if warnIfNoBundled { warnings.append("the bundled Themes folder was not found; using the built-in default theme") }
    }

    /// The standard search: bundled folder (or `$PARLEY_THEMES`), then the user's folder.
    public static func standard(environment: [String: String] = ProcessInfo.processInfo.environment,
                                executablePath: String? = Bundle.main.executablePath) -> ThemeCatalog {
        var dirs: [String] = []
        var bundled: String?
        if let env = environment["PARLEY_THEMES"], !env.isEmpty { bundled = env }
        else if let exe = executablePath { bundled = findBundledDirectory(from: exe) }
        if let bundled { dirs.append(bundled) }
        dirs.append(userDirectory(environment: environment))
        return ThemeCatalog(directories: dirs, warnIfNoBundled: bundled == nil)
    }

    /// `$XDG_CONFIG_HOME/parley/themes` (or `~/.config/parley/themes`).
    public static func userDirectory(environment: [String: String]) -> String {
        let base = environment["XDG_CONFIG_HOME"].flatMap { $0.isEmpty ? nil : $0 }
            ?? ((environment["HOME"] ?? NSHomeDirectory()) as NSString).appendingPathComponent(".config")
        return ((base as NSString).appendingPathComponent("parley") as NSString).appendingPathComponent("themes")
    }

    /// Looks for `Themes/default.toml` beside the executable and in each parent folder
    /// (this covers `.build/debug/parley` and `.build/release/parley` in a checkout).
    public static func findBundledDirectory(from executable: String) -> String? {
        var dir = ((executable as NSString).resolvingSymlinksInPath as NSString).deletingLastPathComponent
        for _ in 0..<8 {
            let candidate = (dir as NSString).appendingPathComponent("Themes")
            if FileManager.default.fileExists(atPath: (candidate as NSString).appendingPathComponent("default.toml")) {
                return candidate
            }
            let parent = (dir as NSString).deletingLastPathComponent
            if parent == dir || parent.isEmpty { break }
            dir = parent
        }
        return nil
    }

    /// Every theme name, `default` first; includes the built-in default when no file has it.
    public var names: [String] {
        let n = files.map(\.name)
        return n.contains("default") ? n : ["default"] + n
    }

    /// Loads a theme by name with its `inherits` chain; nil when there is no such theme.
    public func load(_ name: String) -> Theme? {
        var warnings: [String] = []
        guard let styles = styles(for: name, seen: [], warnings: &warnings) else { return nil }
        return Theme(name: name, styles: styles, warnings: warnings)
    }

    private func styles(for name: String, seen: [String], warnings: inout [String]) -> [String: ThemeStyle]? {
        let parsed: ThemeParser.Parsed
        if let path = files.first(where: { $0.name == name })?.path {
            guard let data = FileManager.default.contents(atPath: path),
                  let text = String(data: data, encoding: .utf8) else {
                warnings.append("theme \(name): could not read \(path)")
                return name == "default" ? BuiltinTheme.theme.styles : nil
            }
            parsed = ThemeParser.parse(text, name: name)
        } else if name == "default" {
            return BuiltinTheme.theme.styles
        } else {
            return nil
        }
        warnings += parsed.warnings
        var base: [String: ThemeStyle] = [:]
        if let parent = parsed.inherits {
            if seen.contains(parent) || parent == name {
                warnings.append("theme \(name): inherits \(parent) in a loop; ignored")
            } else if let p = styles(for: parent, seen: seen + [name], warnings: &warnings) {
                base = p
            } else {
                warnings.append("theme \(name): inherits unknown theme '\(parent)'")
            }
        }
        base.merge(parsed.styles) { _, new in new }
        return base
    }
}
