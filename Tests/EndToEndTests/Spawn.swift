import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Runs a program with posix_spawn and waits for it with waitpid: standard input is
/// /dev/null, and output is read only when asked for (a daemon such as the tmux server
/// would otherwise hold the pipe open for ever).
enum Spawn {
    struct Failure: Error { var message: String }

    /// `stdout`, when given, is a file standard output is written to instead of the pipe
    /// (`/dev/full` for a write error); standard error is still captured.
    static func run(_ path: String, _ args: [String], capture: Bool = true,
                    environment: [String: String]? = nil, stdout: String? = nil) throws -> (status: Int32, output: String, error: String) {
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        var outPipe: [Int32] = [-1, -1]
        var errPipe: [Int32] = [-1, -1]
        posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
        if capture {
            guard pipe(&outPipe) == 0, pipe(&errPipe) == 0 else { throw Failure(message: "pipe failed") }
            posix_spawn_file_actions_adddup2(&actions, outPipe[1], 1)
            posix_spawn_file_actions_adddup2(&actions, errPipe[1], 2)
            for fd in outPipe + errPipe { posix_spawn_file_actions_addclose(&actions, fd) }
            if let stdout { posix_spawn_file_actions_addopen(&actions, 1, stdout, O_WRONLY, 0) }
        } else {
            posix_spawn_file_actions_addopen(&actions, 1, "/dev/null", O_WRONLY, 0)
            posix_spawn_file_actions_addopen(&actions, 2, "/dev/null", O_WRONLY, 0)
        }
        let argv = ([path] + args).map { strdup($0) } + [nil]
        defer { for a in argv { free(a) } }
        let env = (environment ?? ProcessInfo.processInfo.environment).map { strdup("\($0.key)=\($0.value)") } + [nil]
        defer { for e in env { free(e) } }
        // The test runner blocks and ignores signals on its threads; the child must start
        // with the defaults, or Ctrl-C, SIGTERM and SIGWINCH never reach parley.
        var attr = posix_spawnattr_t()
        posix_spawnattr_init(&attr)
        defer { posix_spawnattr_destroy(&attr) }
        var empty = sigset_t()
        sigemptyset(&empty)
        var all = sigset_t()
        sigfillset(&all)
        posix_spawnattr_setsigmask(&attr, &empty)
        posix_spawnattr_setsigdefault(&attr, &all)
        posix_spawnattr_setflags(&attr, Int16(POSIX_SPAWN_SETSIGMASK | POSIX_SPAWN_SETSIGDEF))
        var pid: pid_t = 0
        let rc = posix_spawn(&pid, path, &actions, &attr, argv, env)
        guard rc == 0 else { throw Failure(message: "cannot run \(path): \(rc)") }
        var output = Data(), error = Data()
        if capture {
            close(outPipe[1]); close(errPipe[1])
            // Read both pipes without either one filling up.
            let group = DispatchGroup()
            let queue = DispatchQueue.global()
            nonisolated(unsafe) var e = Data()
            let errFD = errPipe[0]
            group.enter()
            queue.async {
                e = readAll(errFD)
                group.leave()
            }
            output = readAll(outPipe[0])
            group.wait()
            error = e
            close(outPipe[0]); close(errPipe[0])
        }
        var status: Int32 = 0
        while waitpid(pid, &status, 0) == -1 && errno == EINTR {}
        let exit = (status & 0x7f) == 0 ? (status >> 8) & 0xff : 128 + (status & 0x7f)
        return (exit, String(decoding: output, as: UTF8.self), String(decoding: error, as: UTF8.self))
    }

    private static func readAll(_ fd: Int32) -> Data {
        var data = Data()
        var buffer = [UInt8](repeating: 0, count: 65536)
        while true {
            let n = read(fd, &buffer, buffer.count)
            if n > 0 { data.append(contentsOf: buffer[0..<n]) }
            else if n == 0 || errno != EINTR { break }
        }
        return data
    }
}
