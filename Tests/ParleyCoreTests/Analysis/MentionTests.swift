import Testing
@testable import ParleyCore

@Suite struct MentionTests {
    let f = AnalysisFixture.self

    @Test func vladimirZelenskyIsZelenskyyNotPutin() {
        let a = f.analyze("Vladimir Zelensky met aides in the capital on Friday.")
        #expect(f.actorIDs(a) == ["volodymyr-zelenskyy"])
    }

    @Test func everySpellingAndPossessiveFindsTheSameActor() {
        let a = f.analyze("Zelenskiy spoke first. Зеленський replied. Zelensky\u{2019}s aides agreed with Zelenskyy's plan.")
        #expect(a.mentions.filter { $0.actor == "volodymyr-zelenskyy" }.count == 4)
    }

    @Test func rolePhrasesAndMetonymsPointAtActors() {
        let a = f.analyze("The Kremlin leader spoke by phone. Officials in Kiev and the White House listened.")
        #expect(f.actorIDs(a) == ["vladimir-putin", "ukraine", "white-house"])
    }

    @Test func aRolePhraseBeforeTheNameIsOneMention() {
        let a = f.analyze("Kremlin spokesman Dmitry Peskov declined to comment.")
        #expect(a.mentions.count == 1)
        #expect(a.mentions.first?.surface == "Kremlin spokesman Dmitry Peskov")
    }

    @Test func outletsAreNotActors() {
        let a = f.analyze("The Kyiv Independent and Reuters reported the meeting, citing TASS.")
        #expect(a.mentions.isEmpty)
        #expect(a.discoveredActors.isEmpty)
    }

    @Test func unknownPeopleAreFoundFromAppositionsWithAPartyFromTheirRole() {
        let a = f.analyze("""
            Marta Kowalczyk, a deputy minister in the government in Warsaw, doubts the plan. \
            Kowalczyk said the talks would fail.
            """)
        let actor = a.discoveredActors.first
        #expect(actor?.id == "marta-kowalczyk")
        #expect(actor?.party == .europe)
        #expect(a.mentions.filter { $0.actor == "marta-kowalczyk" }.count == 2)
    }

    @Test func unknownPeopleAreFoundFromTitles() {
        let a = f.analyze("Hungarian Foreign Minister Peter Szabo arrived. Russian lawmaker Oleg Sidorov objected.")
        let byID = Dictionary(uniqueKeysWithValues: a.discoveredActors.map { ($0.id, $0) })
        #expect(byID["peter-szabo"]?.party == .europe)
        #expect(byID["oleg-sidorov"]?.party == .russia)
    }

    @Test func unknownPeopleWithoutNationalityAreOther() {
        let a = f.analyze("Hamid Karimi, an economist at a Dubai bank, expects a long war.")
        #expect(a.discoveredActors.first?.party == .other)
    }

    @Test func surnamesResolveWithinTheirOwnArticle() {
        let one = f.analyze("Li Wen, an analyst at a Beijing institute, was cautious. Li said talks were far off.", id: "one")
        let two = f.analyze("Li Ming, a professor in Shanghai, was hopeful. Li said talks were close.", id: "two")
        #expect(one.mentions.last?.actor == "li-wen")
        #expect(two.mentions.last?.actor == "li-ming")
    }

    @Test func reportersPhotographersAndAuthorsAreNotActors() {
        let a = f.analyze("""
            By Anna Berg
            State TV reporter Ivan Petrov asked a question. Photo: Tomas Novak, photographer for AFP.
            Anna Berg, a writer, added context.
            """, author: "Anna Berg")
        #expect(a.discoveredActors.isEmpty)
    }

    @Test func pronounsAndGenericRolesResolveToTheLatestFittingActor() {
        let a = f.analyze("Turkish President Recep Tayyip Erdogan hosted the meeting. He added that the president hoped for peace.")
        let ids = a.mentions.map(\.actor)
        #expect(ids == ["recep-tayyip-erdogan", "recep-tayyip-erdogan", "recep-tayyip-erdogan"])
        #expect(a.mentions[1].surface == "He")
    }

    @Test func spansAreByteOffsetsOfTheSurface() {
        let text = "Über alles: Erdoğan spoke."
        let a = f.analyze(text)
        let m = a.mentions.first
        #expect(m.map { String($0.span.slice(of: text)) } == "Erdoğan")
    }

    @Test func placesAndCommonWordsAreNeverNames() {
        let a = f.analyze("""
            Abu Dhabi, a host of earlier exchanges, offered its help. Geneva Kherson said nothing.             Offered Doha said more. Conference Istanbul, the chief venue, was ready.
            """)
        #expect(a.discoveredActors.isEmpty)
    }

    @Test func aRolePhraseBeforeAnotherActorsNameIsThatPersonsTitle() {
        let a = f.analyze("The US special envoy Keith Kellogg met Umerov in Kyiv.")
        #expect(a.mentions.first?.actor == "keith-kellogg")
        #expect(!a.mentions.contains { $0.actor == "steve-witkoff" })
    }
}
