/// The default theme compiled in, so the browser always starts even when the bundled
/// `Themes/` folder cannot be found. Kept identical to `Themes/default.toml` (a test checks).
public enum BuiltinTheme {
    public static let source = #"""
# parley's default theme: for dark terminals. Uses the terminal's own background.
# Keys are scopes; a key that is not set falls back to its parent (a.b.c -> a.b -> a),
# and every key to "text". See the README ("Themes") for the list of keys.


"text" = { fg = "default", bg = "default" }
"text.dim" = { fg = "slate" }
"title" = { modifiers = ["bold"] }

"tabbar" = { fg = "bright-white", bg = "#2c313a" }
"tabbar.active" = { fg = "black", bg = "steel", modifiers = ["bold"] }
"tabbar.key" = { fg = "amber" }

"pane.border" = { fg = "slate" }
"pane.border.focused" = { fg = "steel", modifiers = ["bold"] }
"pane.title" = { fg = "white" }
"pane.title.focused" = { fg = "steel", modifiers = ["bold"] }

"list.selected" = { fg = "black", bg = "steel", modifiers = ["bold"] }
"list.selected.unfocused" = { fg = "default", bg = "#3e4451", modifiers = [] }
"list.count" = { fg = "slate" }

"search.match" = { fg = "black", bg = "amber", modifiers = ["underline"] }
"search.prompt" = { fg = "amber", modifiers = ["bold"] }
"search.error" = { fg = "rose" }

"status" = { fg = "white", bg = "#2c313a" }
"status.key" = { fg = "amber", modifiers = ["bold"] }
"status.filter" = { fg = "sky", modifiers = ["bold"] }
"status.notice" = { fg = "amber" }

"stance.support" = { fg = "leaf", modifiers = ["bold"] }
"stance.oppose" = { fg = "rose", modifiers = ["bold"] }
"stance.conditional" = { fg = "amber", modifiers = ["bold"] }
"stance.mixed" = { fg = "violet", modifiers = ["bold"] }
"stance.none" = { fg = "slate" }

"party.russia" = { fg = "#e06c75" }
"party.ukraine" = { fg = "#e5c07b" }
"party.us" = { fg = "#61afef" }
"party.europe" = { fg = "#c678dd" }
"party.other" = { fg = "#abb2bf" }

"matrix.header" = { fg = "white", modifiers = ["bold"] }
"matrix.selected" = { modifiers = ["reverse"] }
"matrix.marked" = { fg = "sky", modifiers = ["bold"] }
"legend" = { fg = "slate" }

"reader.title" = { fg = "bright-white", modifiers = ["bold"] }
"reader.meta" = { fg = "slate" }
"reader.quote" = { fg = "sky", modifiers = ["italic"] }
"reader.target" = { bg = "#3e4451", modifiers = ["bold"] }
"reader.gutter" = { fg = "sky" }

"detail.header" = { fg = "steel", modifiers = ["bold"] }
"detail.cue" = { fg = "amber", modifiers = ["underline"] }

"help" = { fg = "white", bg = "#21252b" }
"help.key" = { fg = "amber", modifiers = ["bold"] }
"help.section" = { fg = "steel", modifiers = ["bold", "underline"] }

"loading" = { fg = "steel" }
"error" = { fg = "rose", modifiers = ["bold"] }

# Colour names used above (a TOML table, so it comes last).
[palette]
amber = "#e5c07b"
steel = "#61afef"
leaf = "#98c379"
rose = "#e06c75"
violet = "#c678dd"
slate = "#5c6370"
sky = "#56b6c2"
"""#

    public static let theme: Theme = {
        let parsed = ThemeParser.parse(source, name: "default")
        return Theme(name: "default", styles: parsed.styles, warnings: parsed.warnings)
    }()
}
