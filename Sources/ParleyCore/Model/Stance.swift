/// Where a party stands on an issue. A single claim is `support`, `oppose` or `conditional`;
/// a matrix cell may also be `mixed` (support and opposition both) or `none` (no evidence).
public enum Stance: String, CaseIterable, Codable, Sendable {
    case support, oppose, conditional, mixed, none

    /// A glyph that carries the stance without colour (for monochrome terminals).
    public var glyph: String {
        switch self {
        case .support: "+"
        case .oppose: "-"
        case .conditional: "?"
        case .mixed: "±"
        case .none: "·"
        }
    }
}
