import Foundation

/// A tmux server on a private socket running one window, for driving the real binary the
/// way a person would: send keys, read the screen. Polls every 50 ms; never sleeps blindly.
final class Tmux {
    let socket: String
    private(set) var alive = true

    /// Starts `command` (run by `sh -c`) in a detached session of the given size.
    init(command: String, width: Int = 100, height: Int = 30, environment: [String: String] = [:]) throws {
        socket = "parley-e2e-\(getpid())-\(UUID().uuidString.prefix(8))"
        var args = ["new-session", "-d", "-s", "e2e", "-x", "\(width)", "-y", "\(height)"]
        let env = ["TERM": "xterm-256color", "LANG": "C.UTF-8", "LC_ALL": "C.UTF-8",
                   "SWIFT_BACKTRACE": "interactive=no", "XDG_CONFIG_HOME": "/nonexistent-parley-config"]
            .merging(environment) { _, new in new }
        for (k, v) in env.sorted(by: { $0.key < $1.key }) { args += ["-e", "\(k)=\(v)"] }
        args += [command]
        // The server outlives this call and would hold a pipe open: no output is read.
        _ = try run(args, capture: false)
    }

    deinit { kill() }

    func kill() {
        guard alive else { return }
        alive = false
        _ = try? run(["kill-server"])
    }

    /// Runs a tmux command on this server and returns its output.
    @discardableResult
    func run(_ args: [String], capture: Bool = true) throws -> String {
        try Spawn.run(Tmux.path!, ["-L", socket, "-f", "/dev/null"] + args, capture: capture,
                      environment: Tmux.clientEnvironment).output
    }

    /// Presses keys by tmux name ("Enter", "Escape", "C-c", "j").
    func press(_ keys: String...) { _ = try? run(["send-keys", "-t", "e2e"] + keys) }

    /// Types text literally.
    func type(_ text: String) { _ = try? run(["send-keys", "-t", "e2e", "-l", text]) }

    /// The screen as text.
    func screen() -> String { (try? run(["capture-pane", "-p", "-t", "e2e"])) ?? "" }

    /// The screen with up to `lines` of scrollback above it.
    func history(lines: Int = 300) -> String {
        (try? run(["capture-pane", "-p", "-t", "e2e", "-S", "-\(lines)"])) ?? ""
    }

    func display(_ format: String) -> String {
        ((try? run(["display-message", "-p", "-t", "e2e", format])) ?? "")
            .trimmingCharacters(in: .whitespacesAndNewlines)
    }

    func resize(width: Int, height: Int) {
        _ = try? run(["resize-window", "-t", "e2e", "-x", "\(width)", "-y", "\(height)"])
    }

    /// Polls the screen every 50 ms for up to `timeout` seconds until `condition` holds;
    /// returns the last screen and whether it held.
    @discardableResult
    func waitFor(timeout: Double = 10, _ condition: (String) -> Bool) -> (ok: Bool, screen: String) {
        let deadline = Date().addingTimeInterval(timeout)
        var last = ""
        while Date() < deadline {
            last = screen()
            if condition(last) { return (true, last) }
            Thread.sleep(forTimeInterval: 0.05)
        }
        last = screen()
        return (condition(last), last)
    }

    /// Polls a tmux format (e.g. `#{alternate_on}`) until it equals `value`.
    func waitFor(format: String, toBe value: String, timeout: Double = 10) -> Bool {
        let deadline = Date().addingTimeInterval(timeout)
        while Date() < deadline {
            if display(format) == value { return true }
            Thread.sleep(forTimeInterval: 0.05)
        }
        return display(format) == value
    }

    /// A small, fixed environment for tmux itself, so nothing from the test runner leaks
    /// into the panes.
    static let clientEnvironment: [String: String] = {
        let env = ProcessInfo.processInfo.environment
        var out = ["TERM": "xterm-256color", "LANG": "C.UTF-8", "PATH": env["PATH"] ?? "/usr/bin:/bin"]
        for key in ["HOME", "TMPDIR", "USER"] { if let v = env[key] { out[key] = v } }
        return out
    }()

    static let path: String? = {
        for dir in (ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin").split(separator: ":") {
            let candidate = "\(dir)/tmux"
            if FileManager.default.isExecutableFile(atPath: candidate) { return candidate }
        }
        return nil
    }()
}
