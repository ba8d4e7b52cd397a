import Foundation
import ParleyCore

/// One-line messages on standard error, as the contract words them.
enum Diagnostics {
    static func error(_ message: String) {
        FileHandle.standardError.write(Data("parley: error: \(message)\n".utf8))
    }

    static func warning(_ message: String) {
        FileHandle.standardError.write(Data("parley: warning: \(message)\n".utf8))
    }
}

/// Nothing could be read: exit status 1.
struct LoadFailure: Error { var message: String }

/// A bad option value the parser could not catch: exit status 2.
struct UsageFailure: Error { var message: String }
