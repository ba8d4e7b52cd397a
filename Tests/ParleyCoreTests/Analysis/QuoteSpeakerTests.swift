import Testing
@testable import ParleyCore

/// Speakers named with a descriptor, in another sentence or paragraph, by a statement, an
/// outlet's quotation or a role noun (the rules of `SpeakerAttribution.swift`).
@Suite struct QuoteSpeakerTests {
    let f = AnalysisFixture.self

    func quote(_ a: ArticleAnalysis, starting s: String) -> Quote? {
        a.quotes.first { $0.text.hasPrefix(s) }
    }

    @Test func aDescriptorBeforeTheNameAfterTheQuotation() {
        let a = f.analyze("""
            \u{201C}We have a text ready to sign this week,\u{201D} Treasury Secretary Bessent told reporters.
            \u{201C}The exchange lists are nearly complete,\u{201D} Mr Medinsky added.
            \u{201C}Nobody in Moscow expects a quick answer,\u{201D} remlin aide Yuri Ushakov said.
            \u{201C}Berlin will pay its share of the costs,\u{201D} Germany's finance minister Jonas Keller said.
            """)
        #expect(quote(a, starting: "We have a text")?.speaker == "scott-bessent")
        #expect(quote(a, starting: "The exchange lists")?.speaker == "vladimir-medinsky")
        #expect(quote(a, starting: "Nobody in Moscow")?.speaker == "yuri-ushakov")
        #expect(quote(a, starting: "Berlin will pay")?.speaker == "jonas-keller")
    }

    @Test func aSpeechVerbBeforeADescriptorAndTheName() {
        let a = f.analyze("""
            The delegations would \u{201C}swap written proposals on a truce\u{201D}, said Ukraine's top negotiator, Rustem Umerov.
            \u{201C}Every ally has to do more, and do it now,\u{201D} added German chancellor Friedrich Merz.
            """)
        #expect(quote(a, starting: "swap written proposals")?.speaker == "rustem-umerov")
        #expect(quote(a, starting: "Every ally")?.speaker == "friedrich-merz")
    }

    @Test func theStatementReadIsWhoeverIssuedIt() {
        let a = f.analyze("""
            The Kremlin said on Monday that the two presidents had spoken for an hour.

            \u{201C}The presidents agreed to stay in touch by telephone,\u{201D} the statement read.
            """)
        #expect(quote(a, starting: "The presidents agreed")?.speaker == "the-kremlin")
    }

    @Test func aStatementSayingIsTheSubjects() {
        let a = f.analyze("""
            Zelenskyy wrote on Telegram about the night's attacks.

            Later, Tusk issued a statement saying, \u{201C}Poland stands with Kyiv for as long as it takes.\u{201D}
            """)
        #expect(quote(a, starting: "Poland stands")?.speaker == "donald-tusk")
    }

    @Test func anOutletQuotingSomeoneGivesTheQuotationToThem() {
        let a = f.analyze("""
            Vance spoke to the press in Delhi on Wednesday.
            \u{201C}Both sides must now make a choice about this plan,\u{201D} Reuters quoted him as saying.
            """)
        #expect(quote(a, starting: "Both sides")?.speaker == "jd-vance")
    }

    @Test func aParticipleSpeaksForTheSpeechVerbBeforeIt() {
        let a = f.analyze("""
            Witkoff met Putin for four hours, Ushakov told reporters, adding that the talks were \u{201C}useful and businesslike in tone.\u{201D}
            """)
        #expect(quote(a, starting: "useful and businesslike")?.speaker == "yuri-ushakov")
    }

    @Test func theSameWordsQuotedTwiceGoToThePerson() {
        let a = f.analyze("""
            Talks that Moscow said were \u{201C}frank and very useful\u{201D} ended late on Friday.

            Ushakov told reporters that the talks had been \u{201C}frank and very useful.\u{201D}
            """)
        let speakers = a.quotes.filter { $0.text.hasPrefix("frank and very useful") }.map(\.speaker)
        #expect(speakers == ["yuri-ushakov", "yuri-ushakov"])
    }

    @Test func aQuotationOpeningAParagraphContinuesTheSpeakerNamedJustBefore() {
        let a = f.analyze("""
            According to Umerov, the delegation will stay in Istanbul another day.

            \u{201C}We want to finish the work on the exchange lists first.\u{201D}
            """)
        #expect(quote(a, starting: "We want to finish")?.speaker == "rustem-umerov")
    }

    @Test func aContinuationReachesBackOneParagraphOnly() {
        let a = f.analyze("""
            \u{201C}We will not give up our land,\u{201D} Zelenskyy said.

            The talks ended without a date for another round.

            \u{201C}The door stays open for a truce at any time.\u{201D}
            """)
        #expect(quote(a, starting: "The door stays")?.speaker == nil)
    }

    @Test func aRoleNounIsTheSubjectOfTheLastSentenceNamingOne() {
        let a = f.analyze("""
            Trump said he had briefed Ukrainian President Zelenskyy about his call with Putin.

            \u{201C}We will know very soon whether a deal can be done,\u{201D} the president concluded.
            \u{201C}We are waiting for an answer from Moscow,\u{201D} the head of state wrote.
            """)
        #expect(quote(a, starting: "We will know")?.speaker == "donald-trump")
        #expect(quote(a, starting: "We are waiting")?.speaker == "donald-trump")
    }

    @Test func toldReportersAndPostedOnTruthSocial() {
        let a = f.analyze("""
            \u{201C}The deal is very close to being done,\u{201D} Trump posted on Truth Social.
            Rubio told reporters at the State Department: \u{201C}We will know within days.\u{201D}
            """)
        #expect(quote(a, starting: "The deal is")?.speaker == "donald-trump")
        #expect(quote(a, starting: "We will know")?.speaker == "marco-rubio")
    }

    @Test func saidThatIsReportedSpeechNotAQuotation() {
        let a = f.analyze("Peskov said that Moscow was still studying the proposal from Washington.")
        let q = quote(a, starting: "Moscow was still")
        #expect(q?.speaker == "dmitry-peskov")
        #expect(q?.direct == false)
    }

    @Test func aNameBeforeAParticipleAfterACommaIsNotItsSpeaker() {
        let a = f.analyze("""
            Peskov said a long truce would mean settling \u{201C}all the open questions\u{201D} Putin had raised, adding that Moscow was waiting.
            """)
        #expect(quote(a, starting: "all the open questions")?.speaker == "dmitry-peskov")
    }

    @Test func namesInQuotationMarksAreNotSpeech() {
        let a = f.analyze("""
            Starmer spoke for the \u{201C}coalition of the willing\u{201D} at the summit. \
            New measures target Moscow's \u{201C}shadow fleet\u{201D} of tankers.
            """)
        #expect(a.quotes.filter(\.direct).isEmpty)
    }

    @Test func aHeAfterMenNamedOnlyAsObjectsIsThePreviousSubject() {
        let a = f.analyze("""
            Medinsky said the talks had gone well. \
            Moscow also took note of a request for a meeting of Presidents Putin and Zelenskyy, he said.
            """)
        #expect(quote(a, starting: "Moscow also took note")?.speaker == "vladimir-medinsky")
    }

    @Test func whomSomethingWasToldAndWhenAreNotWhatWasSaid() {
        let a = f.analyze("""
            Macron told the newspaper Le Monde on Saturday. \
            Kallas said on April 30 in an interview with a newspaper.
            """)
        #expect(a.quotes.isEmpty)
    }

    @Test func aSentenceAfterTheQuotationThatOnlyTellsWhoSpoke() {
        let a = f.analyze("""
            \u{201C}We are ready to meet in Istanbul next week.\u{201D} Zelenskyy said this in his nightly video address on Friday evening.

            \u{201C}The offer stands until the end of the month.\u{201D} Putin said the West had ignored every offer made to it.
            """)
        #expect(quote(a, starting: "We are ready")?.speaker == "volodymyr-zelenskyy")
        #expect(quote(a, starting: "The offer stands")?.speaker == nil)
    }
}
