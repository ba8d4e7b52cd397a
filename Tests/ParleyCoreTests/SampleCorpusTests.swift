import Foundation
import Testing
@testable import ParleyCore

/// The sample corpus parley opens when it is given no path: it must load cleanly, hold
/// enough articles to make the browser worth opening, and carry the right metadata for
/// every article, whatever format the article is saved in.
@Suite struct SampleCorpusTests {
    /// What each sample article should load as: its id, headline, outlet, author and day.
    struct Expected: Sendable, CustomStringConvertible {
        var id: String
        var published: String
        var outlet: String
        var author: String
        var title: String
        /// The dateline that opens the story ("PARIS"), when it has one.
        var dateline: String? = nil
        var description: String { id }
    }

    /// Where the loaders still fall short on the sample corpus, by article id. Each entry
    /// is checked inside `withKnownIssue`, so the gap shows in every test run without
    /// failing it; once the loaders close a gap, the check passes, `withKnownIssue`
    /// reports that, and the entry must be removed here.
    static let metadataGaps: [String: String] = [:]

    /// Clutter the cleaner still leaves in a body, by article id (see `metadataGaps`).
    static let bodyGaps: [String: String] = [:]

    /// Runs `check` for one article, inside `withKnownIssue` when the article has a known gap.
    static func check(_ id: String, gaps: [String: String], _ check: () throws -> Void) rethrows {
        if let gap = gaps[id] {
            withKnownIssue(Comment(rawValue: "\(id): \(gap)")) { try check() }
        } else {
            try check()
        }
    }

    static let expected: [Expected] = [
        Expected(id: "2025-04-17-paris-talks", published: "2025-04-17",
                 outlet: "The Harbourline Courier", author: "Elodie Marchand",
                 title: "US lays out a peace framework in Paris as Rubio and Witkoff meet European and Ukrainian officials",
                 dateline: "PARIS"),
        Expected(id: "2025-04-19-easter-truce-feed#1", published: "2025-04-19",
                 outlet: "Kestrel News Service", author: "Tomas Rehak",
                 title: "Putin declares a 30-hour Easter truce; Kyiv says it will mirror Russia's actions"),
        Expected(id: "2025-04-19-easter-truce-feed#2", published: "2025-04-20",
                 outlet: "Kestrel News Service", author: "Ines Calder",
                 title: "Zelenskiy offers to extend a halt on strikes against civilian infrastructure for 30 days"),
        Expected(id: "2025-04-19-easter-truce-feed#3", published: "2025-04-21",
                 outlet: "Kestrel News Service", author: "Tomas Rehak",
                 title: "Putin says Moscow could discuss sparing civilian targets with Kyiv, ‘including bilaterally’"),
        Expected(id: "2025-04-23-london-talks-downgraded", published: "2025-04-23",
                 outlet: "The Continental Record", author: "Margit Hollander",
                 title: "London talks downgraded after Rubio pulls out; Zelensky rejects recognising Crimea"),
        Expected(id: "2025-04-25-european-counter-proposal", published: "2025-04-25",
                 outlet: "Lindenfeld Post", author: "Jonas Aberle",
                 title: "Europe and Ukraine answer Washington with a plan of their own"),
        Expected(id: "2025-04-25-kyiv-strike-witkoff-moscow", published: "2025-04-25",
                 outlet: "Vistula Monitor", author: "Katarzyna Wolan",
                 title: "Witkoff meets Putin in Moscow a day after deadly strike on Kyiv drew Trump's rebuke"),
        Expected(id: "2025-04-26-vatican-meeting", published: "2025-04-26",
                 outlet: "The Greyfriars Review", author: "Alessandra Conti",
                 title: "Trump and Zelenskyy talk alone in St Peter's Basilica before Pope Francis's funeral"),
        Expected(id: "2025-04-28-victory-day-truce-and-minerals-deal#1", published: "2025-04-28",
                 outlet: "Northgate Tribune", author: "Daniel Okafor",
                 title: "Putin announces a three-day Victory Day truce; Zelensky asks why not 30 days, starting now"),
        Expected(id: "2025-04-28-victory-day-truce-and-minerals-deal#2", published: "2025-05-01",
                 outlet: "Northgate Tribune", author: "Priya Raman",
                 title: "US and Ukraine sign minerals deal setting up a reconstruction investment fund"),
        Expected(id: "2025-05-10-kyiv-coalition-ultimatum", published: "2025-05-10",
                 outlet: "Amberline Daily", author: "Sophie Lindqvist",
                 title: "European leaders in Kyiv give Moscow until Monday to accept a 30-day ceasefire",
                 dateline: "KYIV"),
        Expected(id: "2025-05-11-istanbul-proposal", published: "2025-05-11",
                 outlet: "Bosphorus Bulletin", author: "Emre Kaplan",
                 title: "Putin proposes direct talks with Ukraine in Istanbul; Zelensky says he will be there"),
        Expected(id: "2025-05-12-road-to-istanbul#1", published: "2025-05-12",
                 outlet: "Caspian Observer", author: "Leyla Hasanova",
                 title: "Ceasefire deadline passes as Kremlin rejects Europe's ultimatum and points to Istanbul"),
        Expected(id: "2025-05-12-road-to-istanbul#2", published: "2025-05-14",
                 outlet: "Tern Valley Times", author: "Oliver Brandt",
                 title: "Kremlin names Medinsky to lead delegation to Istanbul; Putin will not attend"),
        Expected(id: "2025-05-12-road-to-istanbul#3", published: "2025-05-15",
                 outlet: "Caspian Observer", author: "Leyla Hasanova",
                 title: "Zelensky meets Erdogan in Ankara and sends Umerov to Istanbul"),
        Expected(id: "2025-05-16-istanbul-talks", published: "2025-05-16",
                 outlet: "Halcyon World Report", author: "Nikolai Varga",
                 title: "First direct Russia–Ukraine talks in three years end with prisoner swap deal but no truce"),
        Expected(id: "2025-05-17-after-istanbul", published: "2025-05-17",
                 outlet: "The Fenwick Gazette", author: "Hannah Greaves",
                 title: "After Istanbul, Europe presses for sanctions while Trump prepares to call Putin"),
        Expected(id: "2025-05-19-trump-putin-call", published: "2025-05-19",
                 outlet: "The Pembury Herald", author: "Marcus Ellery",
                 title: "Trump says Russia and Ukraine will start talks \"immediately\" after two-hour call with Putin"),
        Expected(id: "2025-05-20-new-sanctions", published: "2025-05-20",
                 outlet: "Scheldt Courant", author: "Pieter van Dalen",
                 title: "EU and Britain tighten sanctions on Russia a day after Trump–Putin call"),
    ]

    /// Text that saved pages carry around a story and that must never reach an
    /// article's body: banners, prompts, newsletter boxes, share counters, bios, lists.
    static let clutter = [
        "cookie", "Accept all", "Manage preferences", "WORLD / EUROPE", "RUSSIA / UKRAINE",
        "Share 1.2K", "Share 318", "Comments 41", "Tweet", "Most read", "Add a comment", "Leave a Reply",
        "Your email address will not be published", "Post Comment", "About the author",
        "newsletter", "Sign up", "Subscribe", "Photo: Amberline Daily / Pool",
        "is Amberline Daily's Europe correspondent", "is the Fenwick Gazette's diplomatic editor",
        "is the Pembury Herald's Washington correspondent", "Share this article",
        "All rights reserved", "gtag(", "document.querySelectorAll", "font-family",
        "How Europe plans to guarantee a ceasefire", "Oil prices slip as talks resume",
    ]

    /// The sample folder that ships inside the ParleyCore bundle.
    static func folder() throws -> String {
        try #require(ModelLoader.samplePath, "the Samples resource folder is missing from the bundle")
    }

    /// The article files of the sample folder (documented in docs/SAMPLES.md).
    static func articleFiles() throws -> [String] {
        try CorpusLoader().files(in: [folder()])
    }

    /// Every article in the sample folder, in corpus order, with the load warnings.
    static func loadAll() throws -> (articles: [Article], warnings: [LoadWarning]) {
        let loader = CorpusLoader()
        var articles: [Article] = []
        var warnings: [LoadWarning] = []
        for file in try articleFiles() {
            let (found, w) = loader.load(file: file)
            articles += found
            warnings += w
        }
        return (articles, warnings)
    }

    @Test func folderHoldsEveryFormatParleyReads() throws {
        let extensions = Set(try Self.articleFiles().map { ($0 as NSString).pathExtension.lowercased() })
        for ext in ["txt", "md", "html", "xml", "atom", "jsonl", "json"] {
            #expect(extensions.contains(ext), "no .\(ext) file in the sample corpus")
        }
    }

    @Test func loadsWithoutWarnings() throws {
        let (articles, warnings) = try Self.loadAll()
        #expect(warnings.isEmpty, "\(warnings.map(\.description))")
        #expect(articles.count >= 12)
        #expect(articles.count == Self.expected.count)
    }

    @Test func everyArticleHasATitleAndADay() throws {
        let (articles, _) = try Self.loadAll()
        for article in articles {
            let id = article.id
            let title = article.title?.trimmingCharacters(in: .whitespacesAndNewlines) ?? ""
            #expect(!title.isEmpty, "\(id) has no title")
            let day = article.published ?? ""
            #expect(day.count == 10 && day.hasPrefix("2025-0"), "\(id) has published date \(article.published ?? "nil")")
        }
    }

    @Test func datesSpanAprilAndMay2025() throws {
        let (articles, _) = try Self.loadAll()
        let days = articles.compactMap(\.published).sorted()
        let first = try #require(days.first)
        let last = try #require(days.last)
        #expect(first.hasPrefix("2025-04-"))
        #expect(last.hasPrefix("2025-05-"))
        #expect(days.contains { $0.hasPrefix("2025-04-") } && days.contains { $0.hasPrefix("2025-05-") })
    }

    @Test(arguments: expected)
    func articleLoadsWithItsMetadata(_ want: Expected) throws {
        let (articles, _) = try Self.loadAll()
        let article = try #require(articles.first { $0.id == want.id }, "no article \(want.id)")
        #expect(article.published == want.published)
        #expect(article.author == want.author)
        #expect(article.words >= 250, "\(want.id) has only \(article.words) words")
        Self.check(want.id, gaps: Self.metadataGaps) {
            #expect(article.title == want.title)
            #expect(article.outlet == want.outlet)
            if let dateline = want.dateline {
                #expect(article.dateline == dateline)
            }
        }
    }

    @Test func bodiesAreCleanParagraphs() throws {
        let (articles, _) = try Self.loadAll()
        for article in articles {
            Self.check(article.id, gaps: Self.bodyGaps) { Self.expectCleanBody(article) }
        }
    }

    /// The body holds the story's paragraphs and nothing of the page around it.
    static func expectCleanBody(_ article: Article) {
        let id = article.id
        let text = article.text
        let kept = clutter.filter { text.localizedCaseInsensitiveContains($0) }
        #expect(kept.isEmpty, "\(id) keeps clutter in its text: \(kept)")
        let hasMarkup = text.contains("<")
        #expect(!hasMarkup, "\(id) keeps markup in its text")
        let paragraphs = article.paragraphs.map { $0.trimmingCharacters(in: .whitespaces) }
        #expect(paragraphs.count >= 4, "\(id) has \(paragraphs.count) paragraphs")
        if let title = article.title {
            let repeatsTitle = paragraphs.first == title || paragraphs.first == "# " + title
            #expect(!repeatsTitle, "\(id) repeats its headline in the body")
        }
        if let author = article.author {
            let bylineInBody = paragraphs.contains { $0.hasPrefix("By \(author)") || $0 == author }
            #expect(!bylineInBody, "\(id) keeps its byline in the body")
        }
        guard let want = expected.first(where: { $0.id == id }) else { return }
        let keepsHeadline = text.contains(want.title)
        #expect(!keepsHeadline, "\(id) keeps its headline in the body")
        let keepsOutletLine = paragraphs.contains { $0.hasPrefix(want.outlet) || $0.hasSuffix(want.outlet) }
        #expect(!keepsOutletLine, "\(id) keeps its outlet line in the body")
        if let dateline = want.dateline {
            let opensWithDateline = text.hasPrefix(dateline + ".")
            #expect(!opensWithDateline, "\(id) keeps its dateline in the body")
        }
    }

    @Test func everyFileInTheFolderIsAnArticle() throws {
        let names = try CorpusLoader().files(in: [Self.folder()]).map { ($0 as NSString).lastPathComponent }
        #expect(!names.contains("README.md"), "the sample folder's documentation lives in docs/SAMPLES.md")
        #expect(names.allSatisfy { $0.hasPrefix("2025-") }, "every sample file is named by its date")
    }

    @Test func aRepeatedCaptionIsKeptOnceAndNotInTheBody() throws {
        let (articles, _) = try Self.loadAll()
        let kyiv = try #require(articles.first { $0.id == "2025-05-10-kyiv-coalition-ultimatum" })
        let caption = "Emmanuel Macron, Friedrich Merz, Keir Starmer and Donald Tusk arrive at Kyiv's central station"
        let copies = kyiv.captions.filter { $0.contains(caption) }.count
        #expect(copies == 1, "the caption is kept \(copies) times among the captions")
        let inBody = kyiv.text.contains(caption)
        #expect(!inBody, "the caption is in the body")
    }

    @Test func feedsAndJSONLinesGiveOneArticlePerEntry() throws {
        let (articles, _) = try Self.loadAll()
        let ids = articles.map(\.id)
        #expect(ids.filter { $0.hasPrefix("2025-04-19-easter-truce-feed#") }.count == 3)
        #expect(ids.filter { $0.hasPrefix("2025-04-28-victory-day-truce-and-minerals-deal#") }.count == 2)
        #expect(ids.filter { $0.hasPrefix("2025-05-12-road-to-istanbul#") }.count == 3)
        #expect(Set(ids).count == ids.count, "article ids are not unique")
    }
}
