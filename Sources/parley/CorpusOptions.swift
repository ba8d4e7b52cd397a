import ArgumentParser
import Foundation
import ParleyCore

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

    /// Loads and analyses the corpus, printing one warning line per skipped file.
    func load() throws -> LoadedCorpus {
        do {
            let corpus = try ModelLoader.load(paths: try resolvedPaths(),
                                              options: LoadOptions(useCache: !noCache))
            for w in corpus.warnings { Diagnostics.warning(w.description) }
            return corpus
        } catch let error as LoadError {
            throw LoadFailure(message: error.description)
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

/// Writes command output to standard output.
func emit(_ text: String) {
    FileHandle.standardOutput.write(Data(text.utf8))
}
