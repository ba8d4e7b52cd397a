import CursesTerminal
import Foundation
import ParleyTUI

/// Carries out what the browser asked for (`AppState.effects`): the clipboard, a web
/// browser, a file. Each reports back as a notice; none may stop the browser.
enum EffectRunner {
    static func run(_ effects: [Effect], terminal: Terminal) -> [String] {
        var notices: [String] = []
        for effect in effects {
            switch effect {
            case .copy(let text):
                terminal.copyToClipboard(text)
            case .open(let url):
                notices.append(open(url))
            case .write(let path, let contents):
                notices.append(write(contents, to: path))
            }
        }
        return notices
    }

    /// Starts `$BROWSER` (its first entry when it lists several, split on `:`) or
    /// `xdg-open`, detached, with nothing reaching the screen.
    static func open(_ url: String) -> String {
        let environment = ProcessInfo.processInfo.environment
        let browser = environment["BROWSER"]?.split(separator: ":").first.map(String.init) ?? "xdg-open"
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = [browser, url]
        process.standardInput = FileHandle.nullDevice
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        do {
            try process.run()
            return "Opened \(url) with \(browser)"
        } catch {
            return "Could not start \(browser): \(error.localizedDescription)"
        }
    }

    /// Writes a file in the current folder through a temporary one and a rename, so a
    /// failed write leaves no half file; says where it went or why it could not.
    static func write(_ contents: String, to path: String) -> String {
        let folder = FileManager.default.currentDirectoryPath
        let target = URL(fileURLWithPath: path, relativeTo: URL(fileURLWithPath: folder, isDirectory: true)).standardizedFileURL
        do {
            try Data(contents.utf8).write(to: target, options: .atomic)
            return "Wrote \(target.path)"
        } catch {
            return "Could not write \(target.path): \(error.localizedDescription)"
        }
    }
}
