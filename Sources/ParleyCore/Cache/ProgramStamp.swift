import Foundation

/// The identity of the running parley build (size and modification time of its
/// executable), part of the cache key: a rebuilt or upgraded program re-analyses
/// rather than trusting results an older build wrote, even if nobody bumped a version.
enum ProgramStamp {
    static let current: String = {
        let exe = (try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe"))
            ?? CommandLine.arguments.first ?? ""
        guard let attributes = try? FileManager.default.attributesOfItem(atPath: exe),
              let size = attributes[.size] as? NSNumber,
              let modified = attributes[.modificationDate] as? Date else { return "unknown" }
        return "\(size.int64Value)-\(Int64(modified.timeIntervalSince1970))"
    }()
}
