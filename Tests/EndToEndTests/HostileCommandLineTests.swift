import Foundation
import Testing

/// parley as a process on bad input and a bad output: one clear line on standard error,
/// never a crash.
@Suite("Command line on hostile input", .enabled(if: E2E.binary != nil))
struct HostileCommandLineTests {
    /// A folder for one test, removed afterwards.
    final class Folder {
        let path: String
        init() throws {
            path = (NSTemporaryDirectory() as NSString).appendingPathComponent("parley-e2e-\(UUID().uuidString)")
            try FileManager.default.createDirectory(atPath: path + "/corpus", withIntermediateDirectories: true)
        }
        deinit { try? FileManager.default.removeItem(atPath: path) }
        var corpus: String { path + "/corpus" }
        func write(_ name: String, _ bytes: [UInt8]) {
            _ = FileManager.default.createFile(atPath: corpus + "/" + name, contents: Data(bytes))
        }
    }

    func run(_ args: [String], in folder: Folder, stdout: String? = nil) throws -> (status: Int32, out: String, err: String) {
        var env = ProcessInfo.processInfo.environment
        env["XDG_CONFIG_HOME"] = "/nonexistent-parley-config"
        env["PARLEY_CACHE_DIR"] = folder.path + "/cache"
        env["SWIFT_BACKTRACE"] = "enable=no"
        let r = try Spawn.run(E2E.binary!, args, environment: env, stdout: stdout)
        return (r.status, r.output, r.error)
    }

    static let article = Array("Envoys meet again\n\nRubio went to Paris on Monday. The talks went on late.\n".utf8)

    @Test func aWriteErrorOnStandardOutputIsOneErrorLine() throws {
        let f = try Folder()
        f.write("a.txt", Self.article)
        for format in ["table", "json", "csv"] {
            let r = try run(["articles", f.corpus, "--format", format], in: f, stdout: "/dev/full")
            #expect(r.status == 1)
            #expect(r.err == "parley: error: cannot write the output: No space left on device\n")
        }
    }

    @Test func nothingLoadableSaysWhyForEachFile() throws {
        let f = try Folder()
        f.write("bin.txt", [0, 1])
        f.write("empty.md", [])
        for args in [["articles", f.corpus], ["search", "putin", f.corpus]] {
            let r = try run(args, in: f)
            #expect(r.status == 1)
            #expect(r.err.split(separator: "\n").map(String.init) == [
                "parley: warning: \(f.corpus)/bin.txt: binary file (not text), skipped",
                "parley: warning: \(f.corpus)/empty.md: empty file, skipped",
                "parley: error: no article could be read from \(f.corpus)",
            ])
        }
    }

    @Test func aLineBreakOrEscapeInAFileNameStaysInsideOneWarningLine() throws {
        let f = try Folder()
        f.write("ok.txt", Self.article)
        f.write("bad\nname.txt", [0, 1])
        f.write("\u{1B}[31mred.txt", [0, 1])
        let r = try run(["articles", f.corpus, "--no-cache", "--format", "csv"], in: f)
        #expect(r.status == 0)
        #expect(r.err.split(separator: "\n").map(String.init) == [
            #"parley: warning: \#(f.corpus)/\x1B[31mred.txt: binary file (not text), skipped"#,
            #"parley: warning: \#(f.corpus)/bad\nname.txt: binary file (not text), skipped"#,
        ])
        #expect(r.out.contains("\(f.corpus)/ok.txt"))
    }

    @Test func articleTextCannotDriveTheTerminal() throws {
        let f = try Folder()
        // (a long enough text that a few control characters do not make it look binary)
        let body = String(repeating: "Rubio went to Paris on Monday. The talks went on late into the night.\n\n", count: 10)
        f.write("esc.txt", Array("\u{1B}]0;PWNED-TITLE\u{07}\u{1B}[31mRed headline\u{1B}[0m\n\n\(body)".utf8))
        for format in ["table", "csv"] {
            let r = try run(["articles", f.corpus, "--format", format], in: f)
            #expect(r.status == 0)
            #expect(!r.out.contains("\u{1B}") && !r.out.contains("\u{07}"))
            #expect(r.out.contains(#"\x1B]0;PWNED-TITLE\x07\x1B[31mRed headline"#))
        }
    }
}
