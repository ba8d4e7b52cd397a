@testable import ParleyCore

/// Both Swift Testing and ParleyCore declare `Issue`; in these tests it means the matrix column.
typealias Issue = ParleyCore.Issue

/// Analyses short texts written for the tests (never the seed articles) with the bundled
/// knowledge base, loaded once.
enum AnalysisFixture {
    static let knowledge: KnowledgeBase = {
        do {
            let kb = try KnowledgeBase.standard()
            return kb
        } catch {
            fatalError("bundled knowledge base failed to load: \(error)")
        }
    }()
    static let analyzer = Analyzer(knowledge: knowledge)

    static func analyze(_ text: String, id: String = "t", title: String? = nil, author: String? = nil,
                        published: String? = "2025-05-01") -> ArticleAnalysis {
        analyzer.analyze(Article(id: id, path: id + ".txt", title: title, published: published,
                                 author: author, text: text))
    }

    static func actorIDs(_ a: ArticleAnalysis) -> Set<String> { Set(a.mentions.map(\.actor)) }

    static func claim(_ a: ArticleAnalysis, _ party: Party, _ issue: Issue) -> Claim? {
        a.claims.first { $0.holder == party && $0.issue == issue }
    }
}
