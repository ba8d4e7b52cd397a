import Foundation
import Testing

/// Where the package, the built binary and the seed corpus are.
enum E2E {
    static let packageRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent()

    /// The `parley` binary next to the test bundle (SwiftPM builds it: EndToEndTests
    /// depends on the parley target), or in `.build/debug`.
    static let binary: String? = {
        var candidates: [URL] = []
        if let exe = Bundle.main.executableURL { candidates.append(exe.deletingLastPathComponent()) }
        candidates.append(URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent())
        candidates.append(Bundle.main.bundleURL.deletingLastPathComponent())
        candidates.append(packageRoot.appendingPathComponent(".build/debug"))
        for dir in candidates {
            let p = dir.appendingPathComponent("parley").path
            if FileManager.default.isExecutableFile(atPath: p) { return p }
        }
        return nil
    }()

    static let seeds = packageRoot.appendingPathComponent("../shared/corpus/seeds").standardizedFileURL.path

    static let ready: Bool = {
        var missing: [String] = []
        if Tmux.path == nil { missing.append("tmux is not installed") }
        if !FileManager.default.fileExists(atPath: seeds) { missing.append("\(seeds) is absent") }
        if binary == nil { missing.append("the parley binary was not found") }
        if !missing.isEmpty { print("EndToEndTests skipped: " + missing.joined(separator: "; ")) }
        return missing.isEmpty
    }()

    /// The gold titles of the seed articles.
    static let seedTitles = [
        "With recent positive signals, are direct Russia-Ukraine negotiations still far off?",
        "Russia proposes direct peace talks with Ukraine after Kiev and European leaders called for 30-day ceasefire",
        "Vladimir Putin Willing to Engage in Direct Discussions with Ukraine",
        "Putin's reported proposal for bilateral talks with Ukraine gains wide attention",
        "Putin expresses willingness to engage in direct peace negotiations with Ukraine",
    ]

    /// Starts parley on the seeds inside a shell that reports how it ended.
    /// `commandEnv` is set on parley's own command line: tmux replaces TERM in a session's
    /// environment with its own, so a TERM under test has to be given there.
    static func start(width: Int = 100, height: Int = 30, args: String = "", env: [String: String] = [:],
                      commandEnv: [String: String] = [:], folder: String? = nil) throws -> Tmux {
        // The shell survives Ctrl-C (its trap runs a command, so parley still gets the
        // default action) and reports how parley ended.
        let assignments = commandEnv.sorted { $0.key < $1.key }.map { "\($0.key)='\($0.value)' " }.joined()
        let cd = folder.map { "cd '\($0)' && " } ?? ""
        let cmd = "\(cd)trap 'true' INT; \(assignments)'\(binary!)' \(args) '\(seeds)'; echo \"parley exited $?\"; exec sh"
        return try Tmux(command: cmd, width: width, height: height, environment: env)
    }

    /// Waits until the browser has loaded the seeds (all of them: while loading, the first
    /// articles are shown with "loading:" on the status line).
    static func waitUntilLoaded(_ t: Tmux) -> (ok: Bool, screen: String) {
        t.waitFor { $0.contains("Position matrix") && $0.contains("seeds ·") && !$0.contains("loading:") }
    }
}

@Suite("End to end in tmux", .serialized, .enabled(if: E2E.ready, "needs tmux, ../shared/corpus/seeds and the parley binary"))
struct EndToEndTests {
    @Test func mainScreenShowsTheSeedTitlesPartiesAndIssues() throws {
        let t = try E2E.start()
        defer { t.kill() }
        let (loaded, screen) = E2E.waitUntilLoaded(t)
        #expect(loaded, "browser did not load:\n\(screen)")
        for title in E2E.seedTitles {
            let prefix = String(title.prefix(30))
            #expect(screen.contains(prefix), "title missing: \(prefix)\n\(screen)")
        }
        for party in ["Russia", "Ukraine", "US", "Europe"] { #expect(screen.contains(party)) }
        for issue in ["Ceasefire", "Direct talks", "Territory", "NATO", "Security guarantees",
                      "Sanctions", "Civilian strikes", "Reconstruction"] {
            #expect(screen.contains(issue), "issue missing: \(issue)")
        }
        #expect(screen.contains("5 articles"))
    }

    @Test func searchingIstanbulNarrowsToOneArticle() throws {
        let t = try E2E.start()
        defer { t.kill() }
        #expect(E2E.waitUntilLoaded(t).ok)
        t.press("/")
        t.type("istanbul")
        let (ok, screen) = t.waitFor { $0.contains("/istanbul") && $0.contains("1 article ·") }
        #expect(ok, "search did not narrow:\n\(screen)")
        t.press("Enter")
        let (kept, after) = t.waitFor { $0.contains("Articles · /istanbul") && $0.contains("1/1") }
        #expect(kept, "filter not kept:\n\(after)")
        #expect(after.contains(String(E2E.seedTitles[1].prefix(30))), "\(after)")
        for other in [0, 2, 3, 4] { #expect(!after.contains(String(E2E.seedTitles[other].prefix(30)))) }
        let (filtered, matrix) = t.waitFor { $0.contains("filtered: 1 of 5 articles") || $0.contains("filtered 1/5") }
        #expect(filtered, "the matrix does not say it is filtered:\n\(matrix)")
        t.press("Escape")
        #expect(t.waitFor { $0.contains("5/5") || $0.contains("1/5") }.ok)
    }

    @Test func enterOnAMatrixCellShowsItsEvidenceAndOpensTheSentence() throws {
        let t = try E2E.start()
        defer { t.kill() }
        #expect(E2E.waitUntilLoaded(t).ok)
        // Russia × Direct talks: the gold answer is "support".
        t.press("3")
        t.press("j")
        t.press("Enter")
        let (ok, screen) = t.waitFor { s in
            s.contains("Russia supports direct Russia") && s.contains("▶ 4 Evidence")
        }
        #expect(ok, "no evidence for Russia × Direct talks:\n\(screen)")
        #expect(screen.contains("+ Russia supports direct Russia"), "\(screen)")
        #expect(screen.contains("Putin"), "\(screen)")
        t.press("Enter")
        let (opened, reader) = t.waitFor { $0.contains("▶ 4 Reader") && $0.contains("▶ ") }
        #expect(opened, "evidence did not open in the reader:\n\(reader)")
        t.press("Escape")
        #expect(t.waitFor { $0.contains("Russia supports direct Russia") }.ok)
    }

    @Test func compareUSAndEuropeShowsBothColumnsWithASentenceEach() throws {
        let t = try E2E.start(width: 160, height: 50)
        defer { t.kill() }
        #expect(E2E.waitUntilLoaded(t).ok)
        t.press(":")
        t.type("compare us europe")
        t.press("Enter")
        let (ok, screen) = t.waitFor { $0.contains("4 Compare") && $0.contains("US vs Europe") }
        #expect(ok, "no compare view:\n\(screen)")
        let lines = screen.components(separatedBy: "\n")
        #expect(lines.contains { $0.contains("Issue") && $0.contains("US") && $0.contains("Europe") }, "\(screen)")
        #expect(lines.filter { $0.contains("“") }.count >= 2, "no key sentences:\n\(screen)")
    }

    @Test func theCeasefireTimelineShowsMoreThanOneWeek() throws {
        let t = try E2E.start(width: 160, height: 50)
        defer { t.kill() }
        #expect(E2E.waitUntilLoaded(t).ok)
        t.press("3")
        t.press("T")
        let (ok, screen) = t.waitFor { $0.contains("Timeline · Ceasefire") }
        #expect(ok, "no timeline:\n\(screen)")
        let header = screen.components(separatedBy: "\n").first { $0.contains("Week of") } ?? ""
        #expect(header.matches(of: /\d\d-\d\d/).count > 1, "\(screen)")
    }

    @Test func yCopiesTheEvidenceThroughOSC52() throws {
        let t = try E2E.start(width: 120, height: 40)
        defer { t.kill() }
        _ = try? t.run(["set-option", "-g", "set-clipboard", "on"])
        #expect(E2E.waitUntilLoaded(t).ok)
        t.press("3")
        t.press("Enter")
        #expect(t.waitFor { $0.contains("▶ 4 Evidence") }.ok)
        t.press("y")
        #expect(t.waitFor { $0.contains("Copied to the clipboard") }.ok)
        var buffer = ""
        for _ in 0..<40 {
            buffer = (try? t.run(["show-buffer"])) ?? ""
            if !buffer.isEmpty { break }
            usleep(50_000)
        }
        #expect(buffer.hasPrefix("“") && buffer.contains(" — "), "the clipboard holds: \(buffer)")
    }

    @Test func eWritesTheCompareViewAsTheCommandLineDoes() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("parley-e2e-export-\(getpid())")
        try? FileManager.default.removeItem(at: folder)
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let t = try E2E.start(width: 160, height: 50, folder: folder.path)
        defer { t.kill() }
        #expect(E2E.waitUntilLoaded(t).ok)
        t.press(":")
        t.type("compare us europe")
        t.press("Enter")
        #expect(t.waitFor { $0.contains("US vs Europe") }.ok)
        t.press("E")
        let (wrote, screen) = t.waitFor { $0.contains("Wrote ") }
        #expect(wrote, "no export notice:\n\(screen)")
        let file = folder.appendingPathComponent("parley-compare-us-europe.md")
        let written = (try? String(contentsOf: file, encoding: .utf8)) ?? ""
        let cli = try Spawn.run(E2E.binary!, ["compare", E2E.seeds, "--parties", "us,europe", "--format", "markdown"],
                                environment: ["XDG_CONFIG_HOME": "/nonexistent-parley-config"])
        #expect(!written.isEmpty && written == cli.output, "export:\n\(written)\ncommand line:\n\(cli.output)")
    }

    @Test func questionMarkShowsTheHelp() throws {
        let t = try E2E.start()
        defer { t.kill() }
        #expect(E2E.waitUntilLoaded(t).ok)
        t.press("?")
        let (ok, screen) = t.waitFor { $0.contains("Keys") && $0.contains("half a page down") }
        #expect(ok, "\(screen)")
        t.press("Escape")
        #expect(t.waitFor { !$0.contains("half a page down") }.ok)
    }

    @Test func resizingRelaysOutAndTinyWindowsSaySo() throws {
        let t = try E2E.start()
        defer { t.kill() }
        #expect(E2E.waitUntilLoaded(t).ok)
        t.resize(width: 80, height: 24)
        let (small, s1) = t.waitFor { s in
            let lines = s.split(separator: "\n", omittingEmptySubsequences: false)
            return s.contains("Position matrix") && lines.count >= 24 && s.contains("Guarantees")
        }
        #expect(small, "\(s1)")
        t.resize(width: 50, height: 12)
        let (tiny, s2) = t.waitFor { $0.contains("Terminal too small") }
        #expect(tiny, "\(s2)")
        t.resize(width: 100, height: 30)
        #expect(t.waitFor { $0.contains("Security guarantees") }.ok)
    }

    @Test func tCyclesThemes() throws {
        let t = try E2E.start()
        defer { t.kill() }
        #expect(E2E.waitUntilLoaded(t).ok)
        #expect(t.screen().contains("theme: default"))
        t.press("t")
        #expect(t.waitFor { $0.contains("theme: light") }.ok)
    }

    @Test func qLeavesACleanShell() throws {
        let t = try E2E.start()
        defer { t.kill() }
        #expect(E2E.waitUntilLoaded(t).ok)
        #expect(t.display("#{alternate_on}") == "1")
        t.press("q")
        let (ok, screen) = t.waitFor { $0.contains("parley exited 0") }
        #expect(ok, "\(screen)")
        #expect(t.waitFor(format: "#{alternate_on}", toBe: "0"))
        #expect(t.display("#{keypad_flag}") == "0")
    }

    @Test func ctrlCRestoresTheTerminal() throws {
        let t = try E2E.start()
        defer { t.kill() }
        #expect(E2E.waitUntilLoaded(t).ok)
        t.press("C-c")
        let (ok, screen) = t.waitFor { $0.contains("parley exited 130") }
        #expect(ok, "\(screen)")
        #expect(t.waitFor(format: "#{alternate_on}", toBe: "0"))
    }

    @Test(arguments: [("TERM", 143), ("SEGV", 139)])
    func signalsRestoreTheTerminal(signal: String, status: Int) throws {
        let t = try E2E.start()
        defer { t.kill() }
        #expect(E2E.waitUntilLoaded(t).ok)
        let shell = t.display("#{pane_pid}")
        _ = try Spawn.run("/bin/sh", ["-c", "pkill -\(signal) -P \(shell) -x parley"])
        let (ok, screen) = t.waitFor(timeout: 20) { $0.contains("parley exited \(status)") }
        #expect(ok, "\(screen)")
        if signal == "SEGV" { #expect(t.history().contains("Program crashed"), "the backtrace shows on the normal screen") }
        #expect(t.waitFor(format: "#{alternate_on}", toBe: "0"))
    }

    @Test func ctrlZSuspendsAndFgRedraws() throws {
        let t = try Tmux(command: "bash --norc --noprofile -i")
        defer { t.kill() }
        #expect(t.waitFor { !$0.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty }.ok)
        t.type("'\(E2E.binary!)' '\(E2E.seeds)'")
        t.press("Enter")
        #expect(E2E.waitUntilLoaded(t).ok)
        t.press("C-z")
        let (stopped, s1) = t.waitFor { $0.contains("Stopped") }
        #expect(stopped, "\(s1)")
        #expect(t.waitFor(format: "#{alternate_on}", toBe: "0"))
        t.type("fg")
        t.press("Enter")
        #expect(E2E.waitUntilLoaded(t).ok)
        #expect(t.waitFor(format: "#{alternate_on}", toBe: "1"))
        t.press("q")
        #expect(t.waitFor(format: "#{alternate_on}", toBe: "0"))
    }

    /// Asserts the seed titles, the four parties and the matrix rows are on the screen.
    static func expectMainScreen(_ screen: String, sourceLocation: SourceLocation = #_sourceLocation) {
        for title in E2E.seedTitles {
            let prefix = String(title.prefix(25))
            #expect(screen.contains(prefix), "title missing: \(prefix)\n\(screen)", sourceLocation: sourceLocation)
        }
        for word in ["Position matrix", "Russia", "Ukraine", "Europe", "Ceasefire", "Direct talks", "Territory",
                     "NATO", "Sanctions", "Reconstruction"] {
            #expect(screen.contains(word), "missing: \(word)\n\(screen)", sourceLocation: sourceLocation)
        }
    }

    @Test func typingASearchOnTheSamplesLandsOnTheFirstHit() throws {
        // The bundled samples (no path): the newest article does not mention Istanbul, and
        // half-typed prefixes match other articles; the selection must end on the first hit.
        let cmd = "'\(E2E.binary!)'; echo \"parley exited $?\"; exec sh"
        let t = try Tmux(command: cmd, width: 100, height: 30)
        defer { t.kill() }
        #expect(t.waitFor { $0.contains("Position matrix") && $0.contains("sample corpus ·") && !$0.contains("loading:") }.ok)
        t.press("/")
        for ch in "istanbul" { t.type(String(ch)) }
        let (narrowed, _) = t.waitFor { $0.contains("/istanbul ") && $0.contains("articles · Enter keeps") }
        #expect(narrowed)
        let screen = t.screen()
        let title = screen.components(separatedBy: "\n").first { $0.contains("1 Articles · /is") } ?? ""
        #expect(title.range(of: #" 1/[0-9]+ "#, options: .regularExpression) != nil,
                "the selection is not on the first hit: \(title)\n\(screen)")
    }

    @Test func anUnknownTermFallsBackAndSaysSoAfterQuitting() throws {
        let t = try E2E.start(width: 120, commandEnv: ["TERM": "xterm-kitty-nonexistent"])
        defer { t.kill() }
        let (loaded, screen) = E2E.waitUntilLoaded(t)
        #expect(loaded, "browser did not start under an unknown TERM:\n\(screen)")
        Self.expectMainScreen(screen)
        #expect(screen.contains("┌"), "borders missing:\n\(screen)")
        t.press("q")
        let (done, after) = t.waitFor { $0.contains("parley exited") }
        #expect(done, "\(after)")
        #expect(after.contains("parley exited 0"), "\(after)")
        #expect(after.contains("parley: warning: the terminal type 'xterm-kitty-nonexistent' is unknown here; drew as 'xterm-256color'"),
                "no fallback warning:\n\(after)")
        #expect(after.components(separatedBy: "parley: warning:").count == 2, "one warning line expected:\n\(after)")
    }

    @Test func anEmptyTermFallsBackAndSaysTermIsNotSet() throws {
        let t = try E2E.start(width: 120, commandEnv: ["TERM": ""])
        defer { t.kill() }
        let (loaded, screen) = E2E.waitUntilLoaded(t)
        #expect(loaded, "browser did not start with an empty TERM:\n\(screen)")
        Self.expectMainScreen(screen)
        t.press("q")
        let (done, after) = t.waitFor { $0.contains("parley exited") }
        #expect(done && after.contains("parley exited 0"), "\(after)")
        #expect(after.contains("parley: warning: TERM is not set; drew as 'xterm-256color'"), "\(after)")
    }

    @Test func eightColourXtermGetsTheWholePictureInBasicColours() throws {
        let t = try E2E.start(commandEnv: ["TERM": "xterm"])
        defer { t.kill() }
        let (loaded, screen) = E2E.waitUntilLoaded(t)
        #expect(loaded, "browser did not start under TERM=xterm:\n\(screen)")
        Self.expectMainScreen(screen)
        for glyph in ["┌", "▶ 1 Articles", "+ sup"] { #expect(screen.contains(glyph), "missing \(glyph):\n\(screen)") }
        let colours = (try? t.run(["capture-pane", "-p", "-e", "-t", "e2e"])) ?? ""
        #expect(colours.range(of: #"\x1b\[(?:[0-9]+;)*3[0-7][;m]"#, options: .regularExpression) != nil,
                "no colour at all under TERM=xterm")
        #expect(!colours.contains("38;5;") && !colours.contains("48;5;"), "256-colour codes sent to an 8-colour terminal")
        t.press("q")
        #expect(t.waitFor { $0.contains("parley exited 0") }.ok)
    }

    @Test func aTerminalWithoutColourStillShowsEverything() throws {
        let t = try E2E.start(commandEnv: ["TERM": "vt100"])
        defer { t.kill() }
        let (loaded, screen) = E2E.waitUntilLoaded(t)
        #expect(loaded, "browser did not start under TERM=vt100:\n\(screen)")
        Self.expectMainScreen(screen)
        let colours = (try? t.run(["capture-pane", "-p", "-e", "-t", "e2e"])) ?? ""
        // tmux's own resets to the default colours (39, 49) are allowed; real colours are not.
        #expect(colours.range(of: #"\x1b\[(?:[0-9]+;)*(?:3[0-7]|4[0-7]|38|48)[;m]"#, options: .regularExpression) == nil,
                "colour codes on a vt100")
        // Selection is still visible without colour (reverse video).
        #expect(colours.range(of: #"\x1b\[(?:[0-9]+;)*7m"#, options: .regularExpression) != nil,
                "no reverse video for the selection")
    }

    @Test func aDumbTerminalGetsOneClearErrorInsteadOfGarbage() throws {
        let t = try E2E.start(width: 240, commandEnv: ["TERM": "dumb"])
        defer { t.kill() }
        let (done, screen) = t.waitFor { $0.contains("parley exited") }
        #expect(done, "\(screen)")
        #expect(screen.contains("parley exited 1"), "\(screen)")
        #expect(screen.contains("parley: error: the terminal 'dumb' cannot move the cursor"), "\(screen)")
        // Nothing but the error comes before the shell's "parley exited" line.
        let before = screen.components(separatedBy: "parley exited")[0]
            .split(separator: "\n").filter { !$0.trimmingCharacters(in: .whitespaces).isEmpty }
        #expect(before.count == 1, "only the error line expected:\n\(screen)")
    }

    @Test func aSixteenColourTerminalIsNeverSent256ColourCodes() throws {
        let t = try E2E.start(width: 120, commandEnv: ["TERM": "xterm-16color"])
        defer { t.kill() }
        let (loaded, screen) = E2E.waitUntilLoaded(t)
        #expect(loaded, "\(screen)")
        Self.expectMainScreen(screen)
        let colours = (try? t.run(["capture-pane", "-p", "-e", "-t", "e2e"])) ?? ""
        #expect(!colours.contains("38;5;") && !colours.contains("48;5;"), "256-colour codes sent to a 16-colour terminal")
        t.press("q")
        let (done, after) = t.waitFor { $0.contains("parley exited") }
        #expect(done && after.contains("parley exited 0"), "\(after)")
        // Where ncurses-term is not installed the type is unknown and 8-colour xterm stands in.
        if after.contains("is unknown here") { #expect(after.contains("drew as 'xterm'"), "\(after)") }
    }

    @Test func aTerminalWithoutAlternateScreenIsWipedOnQuit() throws {
        let t = try E2E.start(commandEnv: ["TERM": "linux"])
        defer { t.kill() }
        let (loaded, screen) = E2E.waitUntilLoaded(t)
        #expect(loaded, "browser did not start under TERM=linux:\n\(screen)")
        Self.expectMainScreen(screen)
        t.press("q")
        let (done, after) = t.waitFor { $0.contains("parley exited") }
        #expect(done, "\(after)")
        #expect(!after.contains("Position matrix") && !after.contains("articles ·"), "the browser was left on the screen:\n\(after)")
    }

    @Test func aNonUtf8LocaleDrawsAsciiOnly() throws {
        let t = try E2E.start(width: 120, commandEnv: ["LC_ALL": "C", "LANG": "C"])
        defer { t.kill() }
        let (loaded, screen) = t.waitFor { $0.contains("Position matrix") && $0.contains("seeds . ") && !$0.contains("loading:") }
        #expect(loaded, "browser did not load under LC_ALL=C:\n\(screen)")
        Self.expectMainScreen(screen)
        #expect(screen.utf8.allSatisfy { $0 < 0x80 }, "non-ASCII output under LC_ALL=C:\n\(screen)")
        #expect(screen.contains("+ > 1 Articles -"), "ASCII borders missing:\n\(screen)")
        t.press("q")
        let (done, after) = t.waitFor { $0.contains("parley exited") }
        #expect(done && after.contains("parley exited 0"), "\(after)")
        #expect(after.contains("not UTF-8; drew ASCII only"), "no locale warning:\n\(after)")
    }

    @Test func clickingAMatrixCellShowsItsEvidenceAndTheWheelScrolls() throws {
        let t = try E2E.start()
        defer { t.kill() }
        let (loaded, screen) = E2E.waitUntilLoaded(t)
        #expect(loaded)
        // Find Ukraine × Territory on the screen: the header's "Ukraine" column, the
        // "Territory" row.
        let lines = screen.components(separatedBy: "\n")
        let headerRow = try #require(lines.firstIndex { $0.contains("Issue") && $0.contains("Ukraine") })
        let row = try #require(lines.firstIndex { $0.contains("│ Territory") })
        let header = lines[headerRow]
        let column = header.distance(from: header.startIndex, to: try #require(header.range(of: "Ukraine")).lowerBound)
        // Box-drawing characters are one column each, so the character offset is the column.
        t.mouse(button: 0, x: column + 1, y: row)
        t.mouse(button: 3, x: column + 1, y: row)
        let (ok, after) = t.waitFor { $0.contains("Ukraine opposes recognising") && $0.contains("[3 Matrix]") }
        #expect(ok, "a click on Ukraine × Territory did not show its evidence:\n\(after)")
        // The wheel over the Articles pane moves its selection and focuses it.
        let articlesRow = try #require(lines.firstIndex { $0.contains("1 Articles") }) + 2
        t.mouse(button: 65, x: 5, y: articlesRow)
        let (wheeled, final) = t.waitFor { $0.contains("[1 Articles]") && $0.contains("4/5") }
        #expect(wheeled, "the wheel did not scroll Articles:\n\(final)")
    }

    @Test func monochromeUnderNoColor() throws {
        let t = try E2E.start(env: ["NO_COLOR": "1"])
        defer { t.kill() }
        #expect(E2E.waitUntilLoaded(t).ok)
        #expect(t.screen().contains("theme: monochrome"))
        let colours = (try? t.run(["capture-pane", "-p", "-e", "-t", "e2e"])) ?? ""
        #expect(!colours.contains("[38;"), "colour codes under NO_COLOR")
    }
}

@Suite("Command line around the browser", .enabled(if: E2E.binary != nil))
struct BrowserCommandLineTests {
    func run(_ args: [String]) throws -> (status: Int32, out: String, err: String) {
        var env = ProcessInfo.processInfo.environment
        env["XDG_CONFIG_HOME"] = "/nonexistent-parley-config"
        let r = try Spawn.run(E2E.binary!, args, environment: env)
        return (r.status, r.output, r.error)
    }

    @Test func themesListsTheBundledThemes() throws {
        let r = try run(["themes"])
        #expect(r.status == 0)
        #expect(r.out == "default\nlight\nhigh-contrast\nmonochrome\n")
    }

    @Test func anUnknownThemeIsAUsageError() throws {
        let r = try run(["--theme", "octarine", E2E.seeds])
        #expect(r.status == 2)
        #expect(r.err.hasPrefix("parley: error: unknown theme 'octarine'"))
    }

    @Test func withoutATerminalTheBrowserSaysSo() throws {
        let r = try run([E2E.seeds])
        #expect(r.status == 2)
        #expect(r.err.contains("the browser needs a terminal"))
    }

    @Test func matrixQueryCountsOnlyTheArticlesItFinds() throws {
        let r = try run(["matrix", E2E.seeds, "--query", "istanbul", "--format", "json", "--no-cache"])
        #expect(r.status == 0)
        let json = try JSONSerialization.jsonObject(with: Data(r.out.utf8)) as? [String: Any]
        let filter = json?["filter"] as? [String: Any]
        #expect(filter?["query"] as? String == "istanbul")
        #expect(filter?["articles"] as? Int == 1)
        #expect(filter?["of"] as? Int == 5)
        let cells = json?["cells"] as? [[String: Any]] ?? []
        let articles = Set(cells.flatMap { ($0["evidence"] as? [[String: Any]] ?? []).compactMap { $0["article"] as? String } })
        #expect(articles.count <= 1)
        let bad = try run(["matrix", E2E.seeds, "--query", "outlet:"])
        #expect(bad.status == 2)
        #expect(bad.err.hasPrefix("parley: error: --query:"))
    }

    @Test func compareShowsTwoSidesWithASentenceEach() throws {
        let r = try run(["compare", E2E.seeds, "--parties", "us,europe", "--format", "json", "--no-cache"])
        #expect(r.status == 0)
        let json = try JSONSerialization.jsonObject(with: Data(r.out.utf8)) as? [String: Any]
        let sides = (json?["sides"] as? [[String: Any]] ?? []).compactMap { $0["id"] as? String }
        #expect(sides == ["us", "europe"])
        let cells = json?["cells"] as? [[String: Any]] ?? []
        let ceasefire = cells.filter { $0["issue"] as? String == "ceasefire" }
        #expect(ceasefire.count == 2)
        #expect(ceasefire.allSatisfy { (($0["key"] as? [String: Any])?["sentence"] as? String)?.isEmpty == false })
        let md = try run(["compare", E2E.seeds, "--parties", "us,europe", "--format", "markdown", "--no-cache"])
        #expect(md.out.hasPrefix("| Issue | US | Europe |"))
        let one = try run(["compare", E2E.seeds, "--parties", "us"])
        #expect(one.status == 2)
    }

    @Test func theCeasefireTimelineHasMoreThanOnePeriod() throws {
        let r = try run(["timeline", E2E.seeds, "--issue", "ceasefire", "--format", "json", "--no-cache"])
        #expect(r.status == 0)
        let json = try JSONSerialization.jsonObject(with: Data(r.out.utf8)) as? [String: Any]
        #expect((json?["columns"] as? [Any])?.count ?? 0 > 1)
        #expect((json?["rows"] as? [Any])?.count == 4)
    }

    @Test func claimsListsEveryClaimWithItsRuleAndConfidence() throws {
        let r = try run(["claims", E2E.seeds, "--format", "json", "--no-cache"])
        #expect(r.status == 0)
        let claims = try JSONSerialization.jsonObject(with: Data(r.out.utf8)) as? [[String: Any]] ?? []
        #expect(!claims.isEmpty)
        #expect(claims.allSatisfy { ($0["rule"] as? String)?.isEmpty == false && $0["confidence"] is Double
                                    && $0["counted"] is Bool && $0["id"] is String })
    }

    @Test func aMissingPathFailsBeforeTheScreenOpens() throws {
        let r = try run(["/nonexistent/articles"])
        #expect(r.status == 1)
        #expect(r.err == "parley: error: no such file or folder: /nonexistent/articles\n")
    }
}
