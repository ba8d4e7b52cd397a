import Foundation
import ParleyCore
#if canImport(Glibc)
import Glibc
#endif

/// One-line messages on standard error, as the contract words them. A control character
/// in a message (a file name with a line break or an escape sequence in it) is written
/// out, so that each message stays one line and cannot drive the terminal.
enum Diagnostics {
    static func error(_ message: String) {
        StandardStreams.writeError("parley: error: \(ControlCharacters.visible(message, breaks: .escape))\n")
    }

    static func warning(_ message: String) {
        StandardStreams.writeError("parley: warning: \(ControlCharacters.visible(message, breaks: .escape))\n")
    }
}

/// Writing to the standard streams with the system's calls: Foundation's `FileHandle`
/// stops the program when a write fails (a full disk, `> /dev/full`, a closed pipe).
enum StandardStreams {
    /// Writes all of `text` to standard output; throws `OutputFailure` when it cannot.
    static func writeOutput(_ text: String) throws {
        if let failure = write(text, to: 1) {
            throw OutputFailure(message: "cannot write the output: \(String(cString: strerror(failure)))")
        }
    }

    /// Writes `text` to standard error; a failure there has nowhere to be reported.
    static func writeError(_ text: String) {
        _ = write(text, to: 2)
    }

    /// The error number of a failed write, or nil when everything was written.
    private static func write(_ text: String, to fd: Int32) -> Int32? {
        var text = text
        return text.withUTF8 { buf -> Int32? in
            var done = 0
            while done < buf.count {
                let n = Glibc.write(fd, buf.baseAddress! + done, buf.count - done)
                if n < 0 {
                    if errno == EINTR { continue }
                    return errno
                }
                done += n
            }
            return nil
        }
    }
}

/// Nothing could be read: exit status 1.
struct LoadFailure: Error { var message: String }

/// The output could not be written (exit status 1).
struct OutputFailure: Error { var message: String }

/// A bad option value the parser could not catch: exit status 2.
struct UsageFailure: Error { var message: String }
