import Testing
@testable import ParleyCore

/// Sides next to each other and one issue over time, from hand-made claims.
@Suite struct ComparisonTests {
    func claim(_ party: Party, _ issue: ParleyCore.Issue, _ stance: Stance, _ day: String?, actor: String? = nil,
               confidence: Double = 0.85, sentence: String = "s") -> Claim {
        Claim(article: "a-\(day ?? "undated")", holder: party, issue: issue, stance: stance, actor: actor,
              sentence: sentence, span: TextSpan(start: 0, end: 1), cue: "c", published: day, confidence: confidence)
    }

    @Test func eachCellHasItsStanceSplitAndLatestSentence() {
        let claims = [claim(.us, .ceasefire, .support, "2025-05-01", sentence: "old"),
                      claim(.us, .ceasefire, .support, "2025-05-09", sentence: "new"),
                      claim(.us, .ceasefire, .oppose, "2025-05-03"),
                      claim(.europe, .ceasefire, .conditional, "2025-05-02"),
                      claim(.europe, .ceasefire, .oppose, "2025-05-04", confidence: 0.3)]
        let c = Comparison(claims: claims, sides: [Comparison.Side(id: "us", label: "US", party: .us),
                                                   Comparison.Side(id: "europe", label: "Europe", party: .europe)])
        let us = c.cell(.ceasefire, 0)
        #expect(us?.tally.split == "+2 −1")
        #expect(us?.stance == .mixed)
        #expect(us?.key?.sentence == "new")
        let europe = c.cell(.ceasefire, 1)
        #expect(europe?.tally.split == "?1")   // the uncertain claim does not count
        #expect(europe?.stance == .conditional)
        #expect(c.cell(.nato, 0)?.stance == Stance.none)
    }

    @Test func anActorStandsInForItsParty() {
        let claims = [claim(.ukraine, .ceasefire, .support, "2025-05-01", actor: "volodymyr-zelenskyy"),
                      claim(.ukraine, .ceasefire, .oppose, "2025-05-02", actor: "andriy-yermak")]
        let c = Comparison(claims: claims, sides: [
            Comparison.Side(id: "volodymyr-zelenskyy", label: "Zelenskyy", party: .ukraine, actor: "volodymyr-zelenskyy"),
            Comparison.Side(id: "andriy-yermak", label: "Yermak", party: .ukraine, actor: "andriy-yermak")])
        #expect(c.cell(.ceasefire, 0)?.stance == .support)
        #expect(c.cell(.ceasefire, 1)?.stance == .oppose)
    }

    @Test func aTimelineShowsAShiftWeekByWeek() {
        // 2025-05-05 is a Monday.
        let claims = [claim(.russia, .ceasefire, .oppose, "2025-05-06"), claim(.russia, .ceasefire, .oppose, "2025-05-11"),
                      claim(.russia, .ceasefire, .conditional, "2025-05-12"), claim(.russia, .ceasefire, .support, nil)]
        let t = Timeline(claims: claims, issue: .ceasefire)
        #expect(t.columns.map(\.from) == ["2025-05-05", "2025-05-12"])
        #expect(t.columns.map(\.to) == ["2025-05-11", "2025-05-18"])
        #expect(t.cells[0].map(\.stance) == [.oppose, .conditional])
        #expect(t.cells[1].map(\.stance) == [Stance.none, Stance.none])
        #expect(t.undated == 1)
        let days = Timeline(claims: claims, issue: .ceasefire, period: .day)
        #expect(days.columns.count == 7)
    }

    @Test func theExportsHaveTheContractsKeys() {
        let claims = [claim(.us, .ceasefire, .support, "2025-05-01")]
        let c = Comparison(claims: claims, sides: [Comparison.Side(id: "us", label: "US", party: .us),
                                                   Comparison.Side(id: "europe", label: "Europe", party: .europe)])
        let json = Exporters.compare(c, as: .json) { _ in "Wire" }
        #expect(json.contains("\"side\" : \"us\"") || json.contains("\"side\": \"us\""))
        #expect(json.contains("Wire"))
        let md = Exporters.compare(c, as: .markdown) { _ in "Wire" }
        #expect(md.hasPrefix("| Issue | US | Europe |"))
        #expect(md.contains("2025-05-01 · Wire"))
        let t = Exporters.timeline(Timeline(claims: claims, issue: .ceasefire), as: .csv)
        #expect(t.hasPrefix("party,from,to,stance,support,oppose,conditional"))
    }

    @Test func framingSplitsEachOutletsEvidenceByParty() {
        let claims = [claim(.russia, .ceasefire, .support, "2025-05-01"), claim(.russia, .ceasefire, .oppose, "2025-05-02"),
                      claim(.ukraine, .ceasefire, .support, "2025-05-03"), claim(.ukraine, .ceasefire, .support, nil)]
        let outlets = ["a-2025-05-01": "Wire", "a-2025-05-02": "Courier", "a-2025-05-03": "Wire"]
        let f = Framing(claims: claims, issue: .ceasefire) { outlets[$0] }
        #expect(f.outlets == ["Wire", "(no outlet)", "Courier"])
        #expect(f.cells[0].map(\.tally.split) == ["+1", "+1", "·", "·"])
        #expect(f.cells[2][0].stance == .oppose)
        #expect(Exporters.framing(f, as: .csv).hasPrefix("outlet,party,stance,support,oppose,conditional"))
    }
}
