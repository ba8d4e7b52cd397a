import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Clocks, peak memory and child processes for the benchmarks.
enum Measure {
    static func now() -> Double { Double(DispatchTime.now().uptimeNanoseconds) / 1e9 }

    /// Seconds `body` takes.
    static func time<T>(_ body: () throws -> T) rethrows -> (T, Double) {
        let start = now()
        let value = try body()
        return (value, now() - start)
    }

    /// This process's peak resident memory in bytes.
    static func peakMemory() -> Int {
        var usage = rusage()
        getrusage(RUSAGE_SELF.rawValue, &usage)
        return usage.ru_maxrss * 1024
    }

    /// CPU seconds this process has used (user + system), all threads.
    static func cpuSeconds() -> Double {
        var usage = rusage()
        getrusage(RUSAGE_SELF.rawValue, &usage)
        return Double(usage.ru_utime.tv_sec + usage.ru_stime.tv_sec)
            + Double(usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1e6
    }

    static func median(_ xs: [Double]) -> Double {
        let s = xs.sorted()
        if s.isEmpty { return .nan }
        return s.count % 2 == 1 ? s[s.count / 2] : (s[s.count / 2 - 1] + s[s.count / 2]) / 2
    }

    struct RunResult {
        var status: Int32
        var seconds: Double
        var stdout: Data
        var stderr: String
    }

    /// Runs a program to the end, timing it from launch to exit (output kept in memory).
    static func run(_ executable: String, _ arguments: [String], environment: [String: String] = [:],
                    discardOutput: Bool = false) throws -> RunResult {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: executable)
        process.arguments = arguments
        var env = ProcessInfo.processInfo.environment
        for (k, v) in environment { env[k] = v }
        process.environment = env
        let out = Pipe(), err = Pipe()
        process.standardOutput = discardOutput ? FileHandle.nullDevice : out
        process.standardError = err
        let start = now()
        try process.run()
        let collected = Collected()
        let reader = Thread {
            collected.set(discardOutput ? Data() : out.fileHandleForReading.readDataToEndOfFile())
        }
        reader.start()
        let errData = err.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        let seconds = now() - start
        while !collected.isDone { usleep(1000) }
        return RunResult(status: process.terminationStatus, seconds: seconds, stdout: collected.data,
                         stderr: String(decoding: errData, as: UTF8.self))
    }

    /// The full path of a program on PATH, if any.
    static func which(_ name: String) -> String? {
        for dir in (ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin").split(separator: ":") {
            let p = "\(dir)/\(name)"
            if FileManager.default.isExecutableFile(atPath: p) { return p }
        }
        return nil
    }
}

/// Output read on another thread.
final class Collected: @unchecked Sendable {
    private let lock = NSLock()
    private var value: Data?
    func set(_ d: Data) { lock.lock(); value = d; lock.unlock() }
    var isDone: Bool { lock.lock(); defer { lock.unlock() }; return value != nil }
    var data: Data { lock.lock(); defer { lock.unlock() }; return value ?? Data() }
}
