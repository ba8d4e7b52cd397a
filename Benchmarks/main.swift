import Foundation
import ParleyCore

// ParleyBench: the corpus generator and the benchmarks (see docs/PERFORMANCE.md).
//   ParleyBench generate --count N --seed S --out DIR
//   ParleyBench run [--sizes 1000,10000,100000] [--root DIR] [--seed S] [--words a,b,c]
//   ParleyBench load DIR [--no-cache | --cache DIR] [--index]   (one measured load; used by run)
//   ParleyBench clean DIR [--rounds N]   (reading and cleaning alone, one core)
let arguments = Array(CommandLine.arguments.dropFirst())
do {
    switch arguments.first {
    case "generate":
        var count = 1000, seed: UInt64 = 2025, out: String?
        var i = 1
        while i + 1 < arguments.count {
            switch arguments[i] {
            case "--count": count = Int(arguments[i + 1]) ?? count
            case "--seed": seed = UInt64(arguments[i + 1]) ?? seed
            case "--out": out = arguments[i + 1]
            default: throw BenchError.usage("generate --count N --seed S --out DIR")
            }
            i += 2
        }
        guard let out else { throw BenchError.usage("generate --count N --seed S --out DIR") }
        var generator = CorpusGenerator(seed: seed, knowledge: (try? KnowledgeBase.standard()) ?? KnowledgeBase())
        let (bytes, seconds) = try Measure.time { try generator.write(count: count, to: out) }
        print("wrote \(count) articles (\(bytes / 1_000_000) MB) to \(out) in \(String(format: "%.1f", seconds)) s")
    case "run":
        try BenchRunner(Array(arguments.dropFirst())).run()
    case "load":
        try LoadProbe.run(Array(arguments.dropFirst()))
    case "clean":
        try CleanProbe.run(Array(arguments.dropFirst()))
    default:
        print("usage: ParleyBench generate --count N --seed S --out DIR | run [--sizes 1000,10000,100000] | load DIR")
        exit(arguments.isEmpty ? 0 : 2)
    }
} catch {
    FileHandle.standardError.write(Data("ParleyBench: \(error)\n".utf8))
    exit(1)
}
