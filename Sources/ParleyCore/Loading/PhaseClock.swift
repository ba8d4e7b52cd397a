import Foundation

/// Prints how long each phase of a load or search took, on standard error, when the
/// environment has `PARLEY_TIMING` set: for finding where the time goes on a big corpus.
struct PhaseClock {
    private let start = DispatchTime.now().uptimeNanoseconds
    private var last = DispatchTime.now().uptimeNanoseconds
    private let enabled = ProcessInfo.processInfo.environment["PARLEY_TIMING"] != nil

    mutating func mark(_ phase: String) {
        guard enabled else { return }
        let now = DispatchTime.now().uptimeNanoseconds
        let line = String(format: "parley: timing: %-22@ %8.1f ms  (total %8.1f ms)\n",
                          phase as NSString, Double(now - last) / 1e6, Double(now - start) / 1e6)
        FileHandle.standardError.write(Data(line.utf8))
        last = now
    }
}
