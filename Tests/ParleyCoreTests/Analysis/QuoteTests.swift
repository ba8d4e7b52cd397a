import Testing
@testable import ParleyCore

@Suite struct QuoteTests {
    let f = AnalysisFixture.self

    func quote(_ a: ArticleAnalysis, starting s: String) -> Quote? {
        a.quotes.first { $0.text.hasPrefix(s) }
    }

    @Test func attributionAfterTheQuote() {
        let a = f.analyze("\u{201C}We will not give up our land,\u{201D} Zelenskyy said on Tuesday.")
        let q = quote(a, starting: "We will not give up")
        #expect(q?.speaker == "volodymyr-zelenskyy")
        #expect(q?.text == "We will not give up our land")
        #expect(q?.direct == true)
    }

    @Test func straightQuotesAndRolePhraseSpeakers() {
        let a = f.analyze("\"The door to talks stays open,\" the Russian foreign minister told reporters.")
        #expect(quote(a, starting: "The door")?.speaker == "sergei-lavrov")
    }

    @Test func attributionOnTheNextLine() {
        let a = f.analyze("\u{201C}Our proposal for a halt to strikes is still on the table,\u{201D}\nSybiha said.")
        #expect(quote(a, starting: "Our proposal")?.speaker == "andrii-sybiha")
    }

    @Test func colonIntroductionOnThePreviousParagraph() {
        let a = f.analyze("""
            Fidan set out the plan to journalists in Ankara:

            \u{201C}Both delegations will meet again in two weeks.\u{201D}
            """)
        #expect(quote(a, starting: "Both delegations")?.speaker == "hakan-fidan")
    }

    @Test func continuationsKeepTheSpeaker() {
        let a = f.analyze("""
            \u{201C}We want a ceasefire that lasts,\u{201D} Starmer said.
            \u{201C}Nobody should doubt our resolve.\u{201D}
            """)
        #expect(quote(a, starting: "Nobody should")?.speaker == "keir-starmer")
    }

    @Test func postedOnXAndWasCited() {
        let a = f.analyze("""
            \u{201C}A good day for diplomacy and for Europe,\u{201D} Tusk posted on X.
            \u{201C}Allies must keep their promises to the people of Ukraine,\u{201D} Kallas was cited as telling ministers.
            """)
        #expect(quote(a, starting: "A good day")?.speaker == "donald-tusk")
        #expect(quote(a, starting: "Allies must")?.speaker == "kaja-kallas")
    }

    @Test func statementSayingAndEmphasizedThat() {
        let a = f.analyze("""
            Merz issued a statement saying, \u{201C}Germany will keep supporting Kyiv for as long as it takes.\u{201D}
            Sybiha emphasized that \u{201C}no decision about Ukraine can be made without Ukraine.\u{201D}
            """)
        #expect(quote(a, starting: "Germany will keep")?.speaker == "friedrich-merz")
        #expect(quote(a, starting: "no decision")?.speaker == "andrii-sybiha")
    }

    @Test func anOutletThatReportedIsNotTheSpeaker() {
        let a = f.analyze("""
            \u{201C}We are open to meeting in Istanbul,\u{201D} Ushakov told journalists. \
            \u{201C}The date is not fixed yet,\u{201D} Interfax reported.
            """)
        #expect(quote(a, starting: "The date")?.speaker == "yuri-ushakov")
        #expect(!a.quotes.contains { $0.speakerName == "Interfax" })
    }

    @Test func scareQuotesAreNotQuotes() {
        let a = f.analyze("Officials called the offer a \u{201C}smokescreen\u{201D} and the plan \u{201C}a dead end.\u{201D}")
        #expect(a.quotes.isEmpty)
    }

    @Test func shortWordsClearlySaidAreQuotes() {
        let a = f.analyze("Rubio said the sides must \u{201C}show real progress\u{201D} before Friday.")
        #expect(quote(a, starting: "show real progress")?.speaker == "marco-rubio")
    }

    @Test func reportedSpeechIsIndirect() {
        let a = f.analyze("""
            Lavrov said that Moscow would send a delegation to the talks. \
            The meeting could take place next week, Fidan said.
            """)
        let first = quote(a, starting: "Moscow would send")
        #expect(first?.speaker == "sergei-lavrov")
        #expect(first?.direct == false)
        let second = quote(a, starting: "The meeting could")
        #expect(second?.speaker == "hakan-fidan")
        #expect(second?.direct == false)
    }

    @Test func heAddedResolvesToTheSpeaker() {
        let a = f.analyze("""
            Vance spoke to reporters after a call with Peskov's office. \u{201C}It is time for both sides to compromise,\u{201D} he added.
            """)
        #expect(quote(a, starting: "It is time")?.speaker == "jd-vance")
    }

    @Test func saidFollowedByANameAndAClauseIsNotInverted() {
        let a = f.analyze("Tusk said Moscow must stop its attacks on Ukrainian cities at once.")
        let q = a.quotes.first
        #expect(q?.speaker == "donald-tusk")
        #expect(q?.direct == false)
    }

    @Test func theNameBeforeAnAppositionSpeaks() {
        let a = f.analyze("Hakan Fidan, who chaired the meeting in Istanbul, said both delegations would meet again.")
        #expect(a.quotes.first?.speaker == "hakan-fidan")
        #expect(a.quotes.first?.direct == false)
    }

    @Test func aThatInsideTheReportedClauseDoesNotCutIt() {
        let a = f.analyze("""
            Kallas said the bloc would reject any plan that froze the front line.
            Merz told journalists in Berlin that sanctions would stay in place all year.
            """)
        let kallas = a.quotes.first { $0.speaker == "kaja-kallas" }
        #expect(kallas?.text == "the bloc would reject any plan that froze the front line")
        let merz = a.quotes.first { $0.speaker == "friedrich-merz" }
        #expect(merz?.text == "sanctions would stay in place all year")
    }

    @Test func heOpeningASentenceIsThePreviousSubjectNotTheLastManNamed() {
        let a = f.analyze("""
            Merz spent the morning on the phone and later criticised Putin in a short statement. He added that Berlin would send more air defence systems before winter.
            Starmer met Zelenskyy in London on Tuesday. Asked about the talks, he said Britain would keep training Ukrainian troops for years.
            """)
        let berlin = a.quotes.first { $0.text.hasPrefix("Berlin would send") }
        #expect(berlin?.speaker == "friedrich-merz")
        let britain = a.quotes.first { $0.text.hasPrefix("Britain would keep") }
        #expect(britain?.speaker == "keir-starmer")
    }

    @Test func anAppositionNeedsANameThatActs() {
        let a = f.analyze("""
            After a long flight back from Kyiv, Macron doubted in an interview whether the Kremlin wanted any truce, noting that the strikes on power plants would go on all winter.
            """)
        let q = a.quotes.first { $0.text.hasPrefix("the strikes on power plants") }
        #expect(q?.speaker == "emmanuel-macron")
        #expect(q?.direct == false)
        let b = f.analyze("""
            Hakan Fidan, the foreign minister, who has hosted both teams in Istanbul since the spring, said the two delegations would meet again in June.
            """)
        #expect(b.quotes.first { $0.text.hasPrefix("the two delegations") }?.speaker == "hakan-fidan")
    }

    @Test func anOpeningPhraseBeforeSaidWithItsOwnClauseIsNotSpeech() {
        let a = f.analyze("Addressing students at a university in Moscow, Lavrov said the West ignored every offer.")
        #expect(!a.quotes.contains { $0.text.hasPrefix("Addressing") })
        let q = a.quotes.first { $0.text.hasPrefix("the West ignored") }
        #expect(q?.speaker == "sergei-lavrov")
    }

    @Test func aRelativeClauseWithSaidIsNotReportedSpeech() {
        let a = f.analyze("The two teams signed a memorandum on grain exports, which Fidan said would be published next week.")
        #expect(!a.quotes.contains { $0.text.hasPrefix("be published") })
        #expect(a.quotes.isEmpty)
    }

    @Test func anUnnamedOfficialInACapitalSpeaksForItsCountry() {
        let a = f.analyze("A senior official in Moscow, asked about the new European sanctions, said the measures would change nothing at all.")
        let q = a.quotes.first { $0.text.hasPrefix("the measures would change") }
        #expect(q?.speaker == "russia")
    }
}
