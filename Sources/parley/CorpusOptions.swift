import ArgumentParser
import Foundation
import ParleyCore
import Synchronization

/// The paths and loading switches every corpus command shares.
struct CorpusOptions: ParsableArguments {
    @Argument(help: "Files or folders of articles (default: the bundled sample corpus).")
    var paths: [String] = []

    @Flag(name: .customLong("no-cache"), help: "Read and analyse every file, ignoring the cache.")
    var noCache = false

    /// The paths to load: the given ones, or the sample corpus.
    func resolvedPaths() throws -> [String] {
        if !paths.isEmpty { return paths }
        guard let sample = ModelLoader.samplePath else {
            throw LoadFailure(message: "the bundled sample corpus is missing; give a PATH")
        }
        return [sample]
    }

    /// Loads and analyses the corpus, printing one warning line per skipped file and a
    /// progress line on standard error while it works (only when that is a terminal).
    func load(useCache: Bool? = nil) throws -> LoadedCorpus {
        let line = ProgressLine.forStandardError()
        defer { line?.clear() }
        do {
            let corpus = try ModelLoader.load(paths: try resolvedPaths(),
                                              options: LoadOptions(useCache: useCache ?? !noCache),
                                              progress: line?.handler)
            line?.clear()
            for w in corpus.warnings { Diagnostics.warning(w.description) }
            return corpus
        } catch let error as LoadError {
            line?.clear()
            // Why each file gave nothing, then the error.
            for w in error.warnings { Diagnostics.warning(w.description) }
            throw LoadFailure(message: error.description)
        }
    }
}

/// A one-line progress report on standard error ("parley: reading 1200/10000 files"),
/// redrawn at most every tenth of a second. Only used when standard error is a terminal.
final class ProgressLine: Sendable {
    private let state = Mutex<(last: UInt64, shown: Bool)>((0, false))

    static func forStandardError() -> ProgressLine? {
        isatty(2) == 1 ? ProgressLine() : nil
    }

    func show(_ p: LoadProgress) {
        let now = DispatchTime.now().uptimeNanoseconds
        state.withLock { s in
            guard p.filesDone == p.filesTotal || now - s.last > 100_000_000 else { return }
            s.last = now
            s.shown = true
            let percent = Int(p.fraction * 100)
            var text = "\rparley: reading \(p.filesDone)/\(p.filesTotal) files (\(percent)%)"
            if p.filesFromCache > 0 { text += ", \(p.filesFromCache) from the cache" }
            StandardStreams.writeError(text + "\u{1B}[K")
        }
    }

    /// `show` as a load's progress callback.
    var handler: @Sendable (LoadProgress) -> Void {
        { [self] p in show(p) }
    }

    func clear() {
        state.withLock { s in
            if s.shown { StandardStreams.writeError("\r\u{1B}[K") }
            s.shown = false
        }
    }
}

/// `--format` for the listing commands.
struct FormatOption: ParsableArguments {
    @Option(help: "table, json or csv.")
    var format: OutputFormat = .table

    func validate() throws {
        if format == .markdown {
            throw ValidationError("--format markdown is only for `parley matrix`")
        }
    }
}

extension OutputFormat: ExpressibleByArgument {}

/// Writes command output to standard output; a failed write (a full disk, `> /dev/full`)
/// throws `OutputFailure`, one error line and exit status 1.
func emit(_ text: String) throws {
    try StandardStreams.writeOutput(text)
}
