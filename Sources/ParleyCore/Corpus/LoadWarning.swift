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
    case nothingLoadable([String])

    public var description: String {
        switch self {
        case .noSuchPath(let p): "no such file or folder: \(p)"
        case .nothingLoadable(let paths):
            "no article could be read from \(paths.joined(separator: ", "))"
        }
    }
}
