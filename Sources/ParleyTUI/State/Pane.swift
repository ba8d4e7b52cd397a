/// The four panes, in Tab order.
public enum Pane: Int, CaseIterable, Hashable, Sendable {
    case articles, actors, matrix, reader

    public var title: String {
        switch self {
        case .articles: "Articles"
        case .actors: "Actors"
        case .matrix: "Matrix"
        case .reader: "Reader"
        }
    }
}
