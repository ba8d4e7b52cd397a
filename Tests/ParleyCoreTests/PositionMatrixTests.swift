import Testing
@testable import ParleyCore

@Suite struct PositionMatrixTests {
    func claim(_ party: Party, _ issue: ParleyCore.Issue, _ stance: Stance, _ day: String?) -> Claim {
        Claim(article: "a", holder: party, issue: issue, stance: stance, actor: nil,
              sentence: "s", span: TextSpan(start: 0, end: 1), cue: "c", published: day)
    }

    @Test func emptyCellIsNone() {
        let m = PositionMatrix(claims: [])
        #expect(m.cells.count == 32)
        #expect(m.cell(.russia, .nato)?.stance == Stance.none)
    }

    @Test func supportAndOppositionOfWeightAreMixed() {
        let m = PositionMatrix(claims: [claim(.us, .nato, .support, nil), claim(.us, .nato, .oppose, nil)])
        #expect(m.cell(.us, .nato)?.stance == .mixed)
    }

    @Test func aLoneDissentDoesNotMakeMixed() {
        let claims = (0..<4).map { _ in claim(.us, .nato, .oppose, nil) } + [claim(.us, .nato, .support, nil)]
        #expect(PositionMatrix(claims: claims).cell(.us, .nato)?.stance == .oppose)
    }

    @Test func aQuarterOnTheOtherSideMakesMixed() {
        let claims = (0..<3).map { _ in claim(.us, .nato, .oppose, nil) } + [claim(.us, .nato, .support, nil)]
        #expect(PositionMatrix(claims: claims).cell(.us, .nato)?.stance == .mixed)
    }

    @Test func uncertainClaimsAreKeptApartAndNotCounted() {
        var unsure = claim(.us, .nato, .support, nil)
        unsure.confidence = 0.3
        let m = PositionMatrix(claims: [claim(.us, .nato, .oppose, nil), unsure])
        #expect(m.cell(.us, .nato)?.stance == .oppose)
        #expect(m.cell(.us, .nato)?.evidence.count == 1)
        #expect(m.cell(.us, .nato)?.uncertain.map(\.stance) == [.support])
    }

    @Test func conditionsOutweighingSupportMakeConditional() {
        let m = PositionMatrix(claims: [claim(.ukraine, .directTalks, .conditional, nil),
                                        claim(.ukraine, .directTalks, .support, nil)])
        #expect(m.cell(.ukraine, .directTalks)?.stance == .conditional)
    }

    @Test func evidenceIsOrderedByDateWithUndatedLast() {
        let m = PositionMatrix(claims: [claim(.russia, .ceasefire, .oppose, nil),
                                        claim(.russia, .ceasefire, .oppose, "2025-05-11"),
                                        claim(.russia, .ceasefire, .oppose, "2025-04-20")])
        #expect(m.cell(.russia, .ceasefire)?.evidence.map(\.published) == ["2025-04-20", "2025-05-11", nil])
    }

    @Test func windowDropsUndatedAndOutOfRange() {
        let m = PositionMatrix(claims: [claim(.russia, .ceasefire, .oppose, nil),
                                        claim(.russia, .ceasefire, .oppose, "2025-05-11"),
                                        claim(.russia, .ceasefire, .support, "2025-04-20")],
                               from: "2025-05-01")
        #expect(m.cell(.russia, .ceasefire)?.evidence.count == 1)
        #expect(m.cell(.russia, .ceasefire)?.stance == .oppose)
    }
}
