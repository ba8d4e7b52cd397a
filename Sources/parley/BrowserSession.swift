import CursesTerminal
import Foundation
import ParleyCore
import ParleyTUI

/// Runs the browser: opens the screen, loads the corpus on a background thread while the
/// screen shows progress, then reads keys, reduces and draws until the user quits. The
/// terminal is given back before anything is printed.
final class BrowserSession {
    let paths: [String]
    let corpusName: String
    let options: LoadOptions
    let requestedTheme: String?
    let mouse: Bool

    init(paths: [String], corpusName: String, options: LoadOptions, theme: String?, mouse: Bool) {
        self.paths = paths
        self.corpusName = corpusName
        self.options = options
        self.requestedTheme = theme
        self.mouse = mouse
    }

    func run() throws {
        let env = ProcessInfo.processInfo.environment
        let noColor = !(env["NO_COLOR"] ?? "").isEmpty
        let catalog = ThemeCatalog.standard()
        let terminal: Terminal
        do { terminal = try Terminal(noColor: noColor, mouse: mouse) } catch {
            throw LoadFailure(message: "\(error)")
        }
        var printed: [String] = catalog.warnings
        defer {
            terminal.stop()
            for line in printed + terminal.notices { Diagnostics.warning(line) }
        }
        let colourless = terminal.colorCount == 0
        var startTheme = requestedTheme ?? "default"
        if requestedTheme == nil && colourless && catalog.names.contains("monochrome") { startTheme = "monochrome" }
        var state = AppState(size: terminal.size, corpusName: corpusName, themeNames: catalog.names, theme: startTheme)
        var themes: [String: Theme] = [:]
        var warnedThemes = Set<String>()
        func theme(_ name: String) -> Theme {
            if let t = themes[name] { return t }
            var t = catalog.load(name) ?? BuiltinTheme.theme
            if colourless { t = t.withoutColor() }
            themes[name] = t
            if !t.warnings.isEmpty && warnedThemes.insert(name).inserted {
                printed += t.warnings
            }
            return t
        }

        let inbox = BrowserInbox()
        let paths = self.paths, options = self.options
        let loader = Thread {
            do {
                var options = options
                let knowledge = try options.knowledge ?? KnowledgeBase.standard()
                options.knowledge = knowledge
                // The first articles are shown while the rest load.
                let preview = LoadingPreview(knowledge: knowledge)
                defer { preview.finish() }
                let previewer = Thread { preview.run { inbox.post(.corpusPreview($0)) } }
                previewer.stackSize = 8 << 20
                previewer.start()
                let loaded = try ModelLoader.load(paths: paths, options: options) { p in
                    inbox.post(.corpusProgress(p))
                    preview.add(p)
                }
                preview.finish()
                inbox.warn(loaded.warnings.map(\.description))
                inbox.post(.corpusLoaded(BrowserData(model: loaded.model, knowledge: loaded.knowledge)))
            } catch let error as LoadError {
                inbox.warn(error.warnings.map(\.description))
                inbox.post(.corpusFailed(error.description))
            } catch {
                inbox.post(.corpusFailed("\(error)"))
            }
        }
        loader.stackSize = 8 << 20
        loader.start()

        while true {
            for action in inbox.drain() {
                reduce(&state, action)
                if case .corpusLoaded = action {
                    let skipped = inbox.takeWarnings()
                    printed += skipped
                    if !skipped.isEmpty {
                        reduce(&state, .noticed("\(skipped.count) file(s) skipped: the list follows when you quit"))
                    }
                }
            }
            let current = theme(state.themeName)
            if !current.warnings.isEmpty && state.notice == nil && !warnedThemes.contains(current.name + "#shown") {
                warnedThemes.insert(current.name + "#shown")
                state.notice = "theme \(current.name): \(current.warnings.count) bad entr\(current.warnings.count == 1 ? "y" : "ies") skipped (listed when you quit)"
            }
            // A corpus that cannot be loaded ends the browser: the error is printed on the
            // normal screen with exit status 1.
            if case .failed = state.phase { break }
            terminal.draw(render(state, theme: current, size: state.size))
            if !state.effects.isEmpty {
                let effects = state.effects
                state.effects = []
                for notice in EffectRunner.run(effects, terminal: terminal) { reduce(&state, .noticed(notice)) }
                terminal.draw(render(state, theme: current, size: state.size))
            }
            if state.shouldQuit { break }
            let loading: Bool
            if case .loading = state.phase { loading = true } else { loading = false }
            switch terminal.nextEvent(timeout: loading ? 50 : -1) {
            case .key(let key): reduce(&state, .keyPressed(key))
            case .resize(let size): reduce(&state, .resized(size))
            case .mouse(let event): reduce(&state, .mouse(event))
            case .none: break
            }
        }
        if case .failed(let message) = state.phase {
            printed += inbox.takeWarnings()   // why each file gave nothing, before the error
            throw LoadFailure(message: message)
        }
    }
}
