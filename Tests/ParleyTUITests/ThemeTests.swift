import Foundation
import Testing
@testable import ParleyTUI

@Suite("Themes")
struct ThemeTests {
    static let themesDir = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("Themes").path

    @Test func scopedKeysFallBackToTheirParentsAndText() {
        let t = ThemeParser.parse("""
            "text" = { fg = "white", bg = "black" }
            "pane" = { fg = "red", modifiers = ["bold"] }
            "pane.border.focused" = { bg = "#102030" }
            """, name: "t")
        let theme = Theme(name: "t", styles: t.styles)
        #expect(theme.style("pane.border.focused") == Style(fg: .ansi(1), bg: .rgb(16, 32, 48), modifiers: .bold))
        #expect(theme.style("pane.border") == Style(fg: .ansi(1), bg: .ansi(0), modifiers: .bold))
        #expect(theme.style("list.selected") == Style(fg: .ansi(7), bg: .ansi(0)))
    }

    @Test func paletteNestedTablesAndStringShorthand() {
        let t = ThemeParser.parse("""
            "status" = "accent"
            [stance]
            support = { fg = "accent" }
            [stance.oppose]
            fg = 196
            [palette]
            accent = "#00ff00"
            """, name: "t")
        #expect(t.warnings.isEmpty)
        #expect(t.styles["status"] == ThemeStyle(fg: .rgb(0, 255, 0)))
        #expect(t.styles["stance.support"] == ThemeStyle(fg: .rgb(0, 255, 0)))
        #expect(t.styles["stance.oppose"] == ThemeStyle(fg: .indexed(196)))
    }

    @Test func badEntriesBecomeWarningsNotCrashes() {
        let t = ThemeParser.parse("""
            "status" = { fg = "octarine", modifiers = ["blink"] }
            "list" = 42
            """, name: "bad")
        #expect(t.warnings.count == 3)
        #expect(t.warnings.contains("theme bad: status.fg: unknown colour '\"octarine\"'") || t.warnings.contains { $0.contains("octarine") })
        let broken = ThemeParser.parse("this is = = not toml", name: "broken")
        #expect(broken.styles.isEmpty)
        #expect(broken.warnings.first?.hasPrefix("theme broken: not valid TOML") == true)
    }

    @Test func inheritanceAndLoopsThroughTheCatalog() throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("parley-themes-\(getpid())")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        try "\"status\" = \"red\"\n\"list\" = \"blue\"\n".write(to: dir.appendingPathComponent("base.toml"), atomically: true, encoding: .utf8)
        try "inherits = \"base\"\n\"list\" = \"green\"\n".write(to: dir.appendingPathComponent("child.toml"), atomically: true, encoding: .utf8)
        try "inherits = \"loop\"\n".write(to: dir.appendingPathComponent("loop.toml"), atomically: true, encoding: .utf8)
        let catalog = ThemeCatalog(directories: [dir.path])
        #expect(catalog.names == ["default", "base", "child", "loop"])
        let child = try #require(catalog.load("child"))
        #expect(child.style("status").fg == .ansi(1))
        #expect(child.style("list").fg == .ansi(2))
        #expect(try #require(catalog.load("loop")).warnings == ["theme loop: inherits loop in a loop; ignored"])
        #expect(catalog.load("nope") == nil)
        #expect(catalog.load("default") == BuiltinTheme.theme)
    }

    @Test func bundledThemesLoadWithoutWarnings() throws {
        let catalog = ThemeCatalog(directories: [Self.themesDir])
        #expect(catalog.names == ["default", "light", "high-contrast", "monochrome"])
        for name in catalog.names {
            let theme = try #require(catalog.load(name))
            #expect(theme.warnings == [], "\(name)")
            for key in Theme.keys where key != "text" {
                #expect(theme.styles[key] != nil || theme.styles[String(key.split(separator: ".").first!)] != nil,
                        "\(name) does not set \(key)")
            }
        }
        #expect(try #require(catalog.load("monochrome")).usesColor == false)
        #expect(try #require(catalog.load("default")).usesColor)
    }

    @Test func builtinDefaultMatchesTheBundledFile() throws {
        let file = try String(contentsOfFile: Self.themesDir + "/default.toml", encoding: .utf8)
        #expect(BuiltinTheme.source + "\n" == file)
    }

    @Test func bundledFolderIsFoundFromABuildDirectory() {
        let exe = Self.themesDir.replacingOccurrences(of: "/Themes", with: "/.build/debug/parley")
        #expect(ThemeCatalog.findBundledDirectory(from: exe) == Self.themesDir)
        #expect(ThemeCatalog.findBundledDirectory(from: "/nonexistent/bin/parley") == nil)
    }

    @Test func userDirectoryFollowsXDG() {
        #expect(ThemeCatalog.userDirectory(environment: ["XDG_CONFIG_HOME": "/x"]) == "/x/parley/themes")
        #expect(ThemeCatalog.userDirectory(environment: ["HOME": "/home/a"]) == "/home/a/.config/parley/themes")
    }

    @Test func withoutColorKeepsOnlyModifiers() {
        let t = BuiltinTheme.theme.withoutColor()
        #expect(!t.usesColor)
        #expect(t.style("list.selected").modifiers.contains(.bold))
    }
}
