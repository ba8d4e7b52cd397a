import ArgumentParser
import Foundation

// Runs the command line, mapping every failure to the contract's exit status:
// 2 for a usage error, 1 when nothing could be read or the output cannot be written, one
// `parley: error:` line each.
do {
    var command = try Parley.parseAsRoot()
    try command.run()
    exit(0)
} catch let error as LoadFailure {
    Diagnostics.error(error.message)
    exit(1)
} catch let error as OutputFailure {
    Diagnostics.error(error.message)
    exit(1)
} catch let error as UsageFailure {
    Diagnostics.error(error.message)
    exit(2)
} catch {
    let code = Parley.exitCode(for: error)
    if code == .success {
        print(Parley.fullMessage(for: error))
        exit(0)
    }
    let message = Parley.message(for: error)
        .split(separator: "\n").first.map(String.init) ?? "\(error)"
    Diagnostics.error(message.hasPrefix("Error: ") ? String(message.dropFirst(7)) : message)
    exit(code == .validationFailure ? 2 : (code.rawValue == 64 ? 2 : code.rawValue))
}
