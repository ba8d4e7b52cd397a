import Foundation
import ParleyTUI

/// Actions posted from the loading thread to the main loop. Progress is coalesced: only the
/// latest report waits.
final class BrowserInbox: @unchecked Sendable {
    private let lock = NSLock()
    private var actions: [Action] = []
    private var progress: Action?
    private var warnings: [String] = []

    func post(_ action: Action) {
        lock.lock(); defer { lock.unlock() }
        if case .corpusProgress = action { progress = action } else { actions.append(action) }
    }

    func warn(_ lines: [String]) {
        lock.lock(); defer { lock.unlock() }
        warnings += lines
    }

    /// Everything posted since the last call, progress first.
    func drain() -> [Action] {
        lock.lock(); defer { lock.unlock() }
        var out: [Action] = []
        if let progress { out.append(progress) }
        out += actions
        progress = nil
        actions = []
        return out
    }

    func takeWarnings() -> [String] {
        lock.lock(); defer { lock.unlock() }
        defer { warnings = [] }
        return warnings
    }
}
