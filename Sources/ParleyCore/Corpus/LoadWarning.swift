/// A file that was skipped or read with a fallback, with the reason, for one
/// `parley: warning: ...` line.
public struct LoadWarning: Sendable, Hashable, CustomStringConvertible {
    public var path: String
    public var message: String

    public init(path: String, message: String) {
        self.path = path
        self.message = message
    }

    public var description: String { "\(path): \(message)" }
}

/// Why nothing could be loaded (exit status 1).
public enum LoadError: Error, Sendable, CustomStringConvertible {
    case noSuchPath(String)
    /// No article in any file; the warnings say why, file by file.
    case nothingLoadable([String], warnings: [LoadWarning] = [])

    /// What went wrong file by file before it came to this (printed before the error).
    public var warnings: [LoadWarning] {
        switch self {
        case .noSuchPath: []
        case .nothingLoadable(_, let warnings): warnings
        }
    }

    public var description: String {
        switch self {
        case .noSuchPath(let p): "no such file or folder: \(p)"
        case .nothingLoadable(let paths, _):
            "no article could be read from \(paths.joined(separator: ", "))"
        }
    }
}
