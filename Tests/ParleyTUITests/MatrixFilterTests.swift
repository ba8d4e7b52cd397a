@testable import ParleyCore
import Testing
@testable import ParleyTUI

/// The matrix counts only the evidence of the articles a search or an actor filter keeps,
/// and says so in its title.
@Suite("Matrix follows the filters")
struct MatrixFilterTests {
    func evidence(_ s: AppState) -> Int { s.matrix.cells.reduce(0) { $0 + $1.evidence.count } }

    @Test func anEnteredSearchNarrowsTheMatrixAndEscWidensIt() {
        var s = Fixture.state()
        let all = evidence(s)
        #expect(s.matrix.filter == nil)
        Fixture.press("/istanbul", &s)
        #expect(s.matrix.filter == nil)   // not while typing
        Fixture.press("\n", &s)
        let f = s.matrix.filter
        #expect(f?.of == Fixture.model.articles.count)
        #expect((f?.articles ?? 0) > 0 && (f?.articles ?? 99) < Fixture.model.articles.count)
        #expect(evidence(s) < all)
        Fixture.press("\u{1b}", &s)
        #expect(s.matrix.filter == nil)
        #expect(evidence(s) == all)
    }

    @Test func theMatrixTitleSaysItIsFiltered() {
        var s = Fixture.state()
        Fixture.press("/istanbul\n", &s)
        var canvas = Canvas(width: 100, height: 14)
        PositionMatrixView(state: s).render(in: Rect(x: 0, y: 0, width: 100, height: 14), on: &canvas,
                                            theme: BuiltinTheme.theme)
        #expect(canvas.text().contains("filtered: \(s.matrix.filter?.articles ?? 0) of 5 articles"))
    }
}
