import Testing
@testable import ParleyCore

/// Parties of newly found people from their roles, and one person under several
/// transliterations (`DiscoveredParty.swift`, `NameFolding`).
@Suite struct ActorPartyTests {
    let f = AnalysisFixture.self

    func party(_ a: ArticleAnalysis, _ id: String) -> Party? {
        a.discoveredActors.first { $0.id == id }?.party
    }

    @Test func thePartyComesFromTheRolesOwner() {
        let a = f.analyze("""
            Zelenskyy's spokesman Petro Hnatenko said the team would fly on Monday. \
            White House communications director Kevin Lamb said the president was pleased. \
            Britain's then-Prime Minister Harold Whitcombe visited Kyiv in spring. \
            Putin aide Oleg Varnavin said nothing.
            """)
        #expect(party(a, "petro-hnatenko") == .ukraine)
        #expect(party(a, "kevin-lamb") == .us)
        #expect(party(a, "harold-whitcombe") == .europe)
        #expect(party(a, "oleg-varnavin") == .russia)
    }

    @Test func theWordNearestTheTitleDecides() {
        let a = f.analyze("Trump's envoy met Zelenskyy's chief of staff Taras Melnyk in Kyiv.")
        #expect(party(a, "taras-melnyk") == .ukraine)
    }

    @Test func analystsScholarsAndThinkTanksAreOtherWhateverTheirNationality() {
        let a = f.analyze("""
            Chinese scholar Zhang Weiming said the talks were useful. \
            Ukrainian political analyst Olena Hrytsenko said the same. \
            Ivan Kovalenko, CEO of a Kyiv think tank, wrote on Facebook that the truce would not hold.
            """)
        #expect(party(a, "zhang-weiming") == .other)
        #expect(party(a, "olena-hrytsenko") == .other)
        #expect(party(a, "ivan-kovalenko") == .other)
    }

    @Test func natoAndCanadaAreNotEurope() {
        let a = f.analyze("Canadian Foreign Minister Claire Dubois met Mark Rutte and NATO official Jan Visser.")
        #expect(party(a, "claire-dubois") == .other)
        #expect(party(a, "jan-visser") == .other)
        #expect(a.mentions.contains { $0.actor == "mark-rutte" })
        #expect(f.knowledge.actors.first { $0.id == "mark-rutte" }?.party == .other)
    }

    @Test func aListOfPeopleIsNotAnApposition() {
        let a = f.analyze("Those on the call included Canada's Peter Lang, NATO Secretary-General Mark Rutte and Italy's premier.")
        #expect(!a.discoveredActors.contains { $0.party == .europe })
    }

    @Test func anotherTransliterationOfAKnownNameIsThatPerson() {
        let a = f.analyze("Defence Minister Rustem Umierov led the team. Umierov said the swap would go ahead.")
        #expect(f.actorIDs(a) == ["rustem-umerov"])
        #expect(a.discoveredActors.isEmpty)
    }

    @Test func transliterationsOfANewNameAreOnePerson() {
        let a = f.analyze("Presidential adviser Serhii Tkachenko spoke first. Later Serhiy Tkachenko added a warning.")
        #expect(Set(a.mentions.map(\.actor)) == ["serhii-tkachenko"])
        #expect(a.mentions.count == 2)
    }

    @Test func nameFoldingJoinsTransliterationsOnly() {
        let fold: (String) -> String = { NameFolding.fold($0) }
        #expect(fold("umierov") == fold("umerov"))
        #expect(Set(["serhii", "serhiy", "sergiy", "sergei", "sergey"].map(fold)).count == 1)
        #expect(fold("zelenskyy") == fold("zelensky"))
        #expect(fold("yermak") == fold("iermak"))
        #expect(fold("shmyhal") == fold("shmygal"))
        #expect(fold("ushakov") != fold("usakov"))
        #expect(fold("lavrov") != fold("lavrova"))
        #expect(fold("путин").isEmpty)
    }
}
