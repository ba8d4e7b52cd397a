import Testing
@testable import ParleyCore

@Suite struct KnowledgeBaseTests {
    let kb = AnalysisFixture.knowledge

    @Test func theTalksActorsAreKnownWithTheirParty() {
        let expected: [(String, Party)] = [
            ("Vladimir Putin", .russia), ("Dmitry Peskov", .russia), ("Sergei Lavrov", .russia),
            ("Yuri Ushakov", .russia), ("Vladimir Medinsky", .russia), ("Kirill Dmitriev", .russia),
            ("Maria Zakharova", .russia), ("Sergei Shoigu", .russia), ("Vassily Nebenzia", .russia),
            ("Volodymyr Zelenskyy", .ukraine), ("Andriy Yermak", .ukraine), ("Andrii Sybiha", .ukraine),
            ("Rustem Umerov", .ukraine), ("Denys Shmyhal", .ukraine), ("Yulia Svyrydenko", .ukraine),
            ("Kyrylo Budanov", .ukraine), ("Dmytro Kuleba", .ukraine), ("Donald Trump", .us), ("JD Vance", .us),
            ("Marco Rubio", .us), ("Steve Witkoff", .us), ("Keith Kellogg", .us), ("Pete Hegseth", .us),
            ("Scott Bessent", .us), ("Mike Waltz", .us), ("Karoline Leavitt", .us), ("Emmanuel Macron", .europe),
            ("Keir Starmer", .europe), ("Friedrich Merz", .europe), ("Olaf Scholz", .europe),
            ("Donald Tusk", .europe), ("Giorgia Meloni", .europe), ("Ursula von der Leyen", .europe),
            ("Kaja Kallas", .europe), ("António Costa", .europe), ("Mark Rutte", .other), ("Mark Carney", .other),
            ("Boris Johnson", .europe), ("Steven Cheung", .us), ("Serhii Nykyforov", .ukraine),
            ("Alexander Stubb", .europe), ("Radosław Sikorski", .europe), ("David Lammy", .europe),
            ("Jean-Noël Barrot", .europe), ("Johann Wadephul", .europe), ("Viktor Orbán", .europe),
            ("Recep Tayyip Erdoğan", .other), ("Hakan Fidan", .other), ("Pope Francis", .other),
            ("Pope Leo XIV", .other), ("Xi Jinping", .other), ("Wang Yi", .other), ("António Guterres", .other),
        ]
        for (name, party) in expected {
            let actor = kb.actors.first { $0.name == name }
            #expect(actor?.party == party, "\(name)")
        }
    }

    @Test func noSpellingBelongsToTwoActors() {
        var owner: [String: String] = [:]
        for actor in kb.actors {
            for spelling in [actor.name] + actor.aliases {
                let key = TextKey.fold(spelling)
                if let other = owner[key], other != actor.id { Testing.Issue.record("\(spelling) is both \(other) and \(actor.id)") }
                owner[key] = actor.id
            }
        }
        #expect(owner[TextKey.fold("Vladimir Zelensky")] == "volodymyr-zelenskyy")
    }

    @Test func spellingGroupsCoverPlacesAndTransliterations() {
        let groups = kb.spellingGroups.map { Set($0) }
        #expect(groups.contains { $0.contains("Kyiv") && $0.contains("Kiev") })
        #expect(groups.contains { $0.contains("Erdoğan") && $0.contains("Erdogan") })
        #expect(groups.contains { $0.contains("Zelenskyy") && $0.contains("Zelenskiy") && $0.contains("Зеленський") })
    }

    @Test func outletsAreNeverActors() {
        let names = Set(kb.actors.flatMap { [$0.name] + $0.aliases }.map(TextKey.fold))
        for outlet in ["Reuters", "TASS", "Xinhua", "Interfax", "RIA Novosti", "CNN", "NBC", "Politico",
                       "Al Jazeera", "The Guardian", "Le Parisien", "Kyiv Independent", "New York Post",
                       "Global Times", "CGTN", "AP", "AFP", "Bloomberg", "BBC"] {
            #expect(kb.outlets.contains(outlet), "\(outlet)")
            #expect(!names.contains(TextKey.fold(outlet)), "\(outlet)")
        }
    }

    @Test func everyIssueHasSignals() {
        for issue in Issue.allCases { #expect(!(kb.issueSignals[issue] ?? []).isEmpty, "\(issue)") }
    }

    @Test func userFilesExtendAndReplaceAndChangeTheVersion() throws {
        let base = try KnowledgeBase.fromTOML([(name: "a.toml", text: """
            [[actor]]
            id = "ivan-example"
            name = "Ivan Example"
            party = "russia"
            aliases = ["Example"]
            """)])
        let extended = try KnowledgeBase.fromTOML([(name: "a.toml", text: """
            [[actor]]
            id = "ivan-example"
            name = "Ivan Example"
            party = "russia"
            aliases = ["Example"]
            """), (name: "user.toml", text: """
            [[actor]]
            id = "ivan-example"
            name = "Ivan Example"
            party = "other"
            kind = "person"
            [[outlet]]
            name = "Example Daily"
            """)])
        #expect(base.actors.first?.party == .russia)
        #expect(extended.actors.count == 1)
        #expect(extended.actors.first?.party == .other)
        #expect(extended.outlets == ["Example Daily"])
        #expect(base.version != extended.version)
        let again = try KnowledgeBase.fromTOML([(name: "a.toml", text: """
            [[actor]]
            id = "ivan-example"
            name = "Ivan Example"
            party = "russia"
            aliases = ["Example"]
            """)])
        #expect(again.version == base.version)
    }

    @Test func aBadPartyIsReportedWithTheFileName() {
        #expect(throws: KnowledgeError.self) {
            _ = try KnowledgeBase.fromTOML([(name: "bad.toml", text: """
                [[actor]]
                name = "Someone"
                party = "atlantis"
                """)])
        }
    }
}
