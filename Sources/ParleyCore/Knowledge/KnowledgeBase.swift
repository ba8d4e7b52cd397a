import Foundation
import TOMLKit

/// Who is who and which words mean what: actors and their spellings, outlets, issue
/// signals and stance cues. Loaded from the bundled TOML files under
/// `Resources/Knowledge`, extended by the user's `$XDG_CONFIG_HOME/parley/knowledge/*.toml`.
public struct KnowledgeBase: Sendable {
    public var actors: [Actor]
    /// Groups of spellings that mean the same thing, for search: every actor's name and
    /// aliases, and places such as ["Kyiv", "Kiev"]. Search folds case and accents itself.
    public var spellingGroups: [[String]]
    /// News outlets and agencies, every spelling (sources, never actors).
    public var outlets: [String]
    /// For each issue, words and phrases that signal it (for `issue:` in search).
    public var issueSignals: [Issue: [String]]
    /// Changes whenever the data changes; part of the cache key.
    public var version: String
    /// Role phrases and metonyms that point at an actor in a text ("the Kremlin leader",
    /// "Moscow"), by actor id. Not spellings of the name, so not in `aliases`.
    public var references: [String: [String]]
    /// `f` for actors referred to as "she", by actor id.
    public var genders: [String: String]
    /// The issue signals with their polarity and context words.
    public var signals: [SignalRule]
    /// Cue words, negation, conditions, speech verbs, titles and roles.
    public var language: LanguageLists
    /// Names of places, never read as people's names.
    public var places: [String] = []

    public init(actors: [Actor] = [], spellingGroups: [[String]] = [], outlets: [String] = [],
                issueSignals: [Issue: [String]] = [:], version: String = "0",
                references: [String: [String]] = [:], genders: [String: String] = [:],
                signals: [SignalRule] = [], language: LanguageLists = LanguageLists()) {
        self.actors = actors
        self.spellingGroups = spellingGroups
        self.outlets = outlets
        self.issueSignals = issueSignals
        self.version = version
        self.references = references
        self.genders = genders
        self.signals = signals
        self.language = language
    }

    /// The bundled knowledge base plus the user's additions. Throws when a file cannot be
    /// read as a knowledge file (the message names it).
    public static func standard() throws -> KnowledgeBase {
        let bundled = try bundledFiles.get()
        let user = try userFiles()
        return try merged(bundled + user)
    }

    /// The folder the user's own knowledge files live in.
    public static var userFolder: String {
        let env = ProcessInfo.processInfo.environment
        let base: String
        if let xdg = env["XDG_CONFIG_HOME"], !xdg.isEmpty {
            base = xdg
        } else {
            base = (env["HOME"] ?? NSHomeDirectory()) + "/.config"
        }
        return base + "/parley/knowledge"
    }

    /// A knowledge base from TOML texts (name and contents), merged in order: later actors
    /// with the same id replace earlier ones; every list is extended.
    public static func fromTOML(_ files: [(name: String, text: String)]) throws -> KnowledgeBase {
        try merged(files.map { file in
            do {
                return (file.name, file.text, try TOMLDecoder().decode(KnowledgeFile.self, from: file.text))
            } catch {
                throw KnowledgeError.unreadable(file.name, "\(error)")
            }
        })
    }

    // MARK: loading

    typealias ParsedFile = (name: String, text: String, file: KnowledgeFile)

    /// The bundled files, read and parsed once per process.
    private static let bundledFiles: Result<[ParsedFile], KnowledgeError> = {
        guard let url = Bundle.module.url(forResource: "Knowledge", withExtension: nil) else {
            return .failure(.unreadable("Resources/Knowledge", "the bundled knowledge folder is missing"))
        }
        do {
            return .success(try parseFolder(url.path))
        } catch let e as KnowledgeError {
            return .failure(e)
        } catch {
            return .failure(.unreadable(url.path, "\(error)"))
        }
    }()

    private static func userFiles() throws -> [ParsedFile] {
        var isDir: ObjCBool = false
        guard FileManager.default.fileExists(atPath: userFolder, isDirectory: &isDir), isDir.boolValue else {
            return []
        }
        return try parseFolder(userFolder)
    }

    private static func parseFolder(_ path: String) throws -> [ParsedFile] {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: path)) ?? []
        var out: [ParsedFile] = []
        for name in names.sorted() where name.hasSuffix(".toml") && !name.hasPrefix(".") {
            let full = (path as NSString).appendingPathComponent(name)
            guard let data = FileManager.default.contents(atPath: full),
                  let text = String(data: data, encoding: .utf8) else {
                throw KnowledgeError.unreadable(full, "not UTF-8 text")
            }
            do {
                out.append((full, text, try TOMLDecoder().decode(KnowledgeFile.self, from: text)))
            } catch {
                throw KnowledgeError.unreadable(full, "\(error)")
            }
        }
        return out
    }

    private static func merged(_ files: [ParsedFile]) throws -> KnowledgeBase {
        var kb = KnowledgeBase()
        var hash = StableHash()
        var actorOrder: [String] = []
        var actorByID: [String: Actor] = [:]
        var places: [[String]] = []
        var signalWords: [Issue: [String]] = [:]
        for (name, text, file) in files {
            hash.add((name as NSString).lastPathComponent)
            hash.add(text)
            for entry in file.actor ?? [] {
                guard let party = Party(rawValue: entry.party.lowercased()) else {
                    throw KnowledgeError.unreadable(name, "actor \(entry.name): unknown party \(entry.party)")
                }
                let kind = ActorKind(rawValue: (entry.kind ?? "person").lowercased()) ?? .person
                let id = entry.id ?? Actor.slug(entry.name)
                if actorByID[id] == nil { actorOrder.append(id) }
                actorByID[id] = Actor(id: id, name: entry.name, party: party, kind: kind,
                                      role: entry.role, aliases: entry.aliases ?? [])
                kb.references[id] = entry.refs ?? []
                if let g = entry.gender { kb.genders[id] = g.lowercased() } else { kb.genders[id] = nil }
            }
            for outlet in file.outlet ?? [] {
                kb.outlets.append(outlet.name)
                kb.outlets.append(contentsOf: outlet.aliases ?? [])
            }
            places += file.groups ?? []
            kb.places += file.places ?? []
            for entry in file.signal ?? [] {
                guard let issue = Issue(rawValue: entry.issue) else {
                    throw KnowledgeError.unreadable(name, "signal: unknown issue \(entry.issue)")
                }
                let polarity: Stance = entry.stance?.lowercased() == "oppose" ? .oppose : .support
                var holders: [Party] = []
                for h in entry.holders ?? [] {
                    guard let party = Party(rawValue: h) else {
                        throw KnowledgeError.unreadable(name, "signal: unknown holder party \(h)")
                    }
                    holders.append(party)
                }
                kb.signals.append(SignalRule(issue: issue, polarity: polarity, phrases: entry.phrases,
                                             near: entry.near ?? [], notNear: entry.not_near ?? [],
                                             holders: holders,
                                             cue: entry.cue.map { $0.lowercased() == "oppose" ? .oppose : .support }))
                signalWords[issue, default: []] += entry.phrases
                kb.language.issueSupport[issue, default: []] += entry.support ?? []
                kb.language.issueOppose[issue, default: []] += entry.oppose ?? []
            }
            kb.language.support += file.support ?? []
            kb.language.oppose += file.oppose ?? []
            kb.language.negation += file.negation ?? []
            kb.language.condition += file.condition ?? []
            kb.language.doubt += file.doubt ?? []
            kb.language.obligation += file.obligation ?? []
            kb.language.documentNouns += file.document_nouns ?? []
            kb.language.judgements += file.judgements ?? []
            kb.language.accusations += file.accusations ?? []
            kb.language.qualifiers += file.qualifiers ?? []
            kb.language.events += file.events ?? []
            kb.language.consequences += file.consequences ?? []
            for (word, list) in (file.grammar ?? [:]).sorted(by: { $0.key < $1.key }) {
                guard GrammarWords.names[word] != nil else {
                    throw KnowledgeError.unreadable(name, "grammar: unknown word class \(word)")
                }
                kb.language.grammar[word, default: []] += list
            }
            kb.language.clauseBreaks += file.clause_breaks ?? []
            kb.language.objectWords += file.object_words ?? []
            kb.language.coordinators += file.coordinators ?? []
            kb.language.speechVerbs += file.speech_verbs ?? []
            kb.language.reportVerbs += file.report_verbs ?? []
            kb.language.titles += file.titles ?? []
            kb.language.roles += file.roles ?? []
            kb.language.notActorRoles += file.not_actor_roles ?? []
            kb.language.independentRoles += file.independent_roles ?? []
            kb.language.statementWords += file.statement_words ?? []
            kb.language.honorifics += file.honorifics ?? []
            kb.language.titleModifiers += file.title_modifiers ?? []
            for (key, words) in file.party_words ?? [:] {
                guard let party = Party(rawValue: key) else {
                    throw KnowledgeError.unreadable(name, "party_words: unknown party \(key)")
                }
                kb.language.partyWords[party, default: []] += words
            }
            for (phrase, words) in file.generic_roles ?? [:] {
                kb.language.genericRoles[phrase] = words
            }
        }
        kb.actors = actorOrder.compactMap { actorByID[$0] }
        kb.spellingGroups = kb.actors.map { [$0.name] + $0.aliases }.filter { $0.count > 1 } + places
        kb.issueSignals = signalWords
        kb.version = hash.hex
        return kb
    }
}

/// A knowledge file that could not be read; the message names the file.
public enum KnowledgeError: Error, CustomStringConvertible, Sendable {
    case unreadable(String, String)

    public var description: String {
        switch self {
        case let .unreadable(file, why): "knowledge file \(file): \(why)"
        }
    }
}
