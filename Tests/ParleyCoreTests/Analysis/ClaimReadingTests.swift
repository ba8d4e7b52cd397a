import Testing
@testable import ParleyCore

/// Who holds a claim when the sentence's grammar says so: owners of proposals, headlines,
/// demands behind threats, references back, and readings kept as uncertain.
@Suite struct ClaimReadingTests {
    let f = AnalysisFixture.self

    func counted(_ a: ArticleAnalysis, _ party: Party, _ issue: Issue) -> Claim? {
        a.claims.first { $0.holder == party && $0.issue == issue && $0.isConfident }
    }

    @Test func theHeadlineIsReadAsASentence() {
        let a = f.analyze("The statement came late on Sunday.", title: "Kremlin rejects European truce ultimatum")
        let c = counted(a, .russia, .ceasefire)
        #expect(c?.stance == .oppose)
        #expect(c?.sentence == "Kremlin rejects European truce ultimatum")
        #expect(c?.span == TextSpan(start: 0, end: 0))
    }

    @Test func aHeadlineInTitleCaseNamesNoNewPeople() {
        let a = f.analyze("Officials spoke on Tuesday.", title: "Russia Says Troops Will Observe Three-Day Truce")
        #expect(a.discoveredActors.isEmpty)
        #expect(counted(a, .russia, .ceasefire) != nil || a.claims.allSatisfy { $0.holder == .russia })
    }

    @Test func thePossessorOwnsTheProposal() {
        let a = f.analyze("Kyiv accepted Washington's proposal for a 30-day truce.")
        #expect(counted(a, .ukraine, .ceasefire)?.stance == .support)
        #expect(counted(a, .us, .ceasefire)?.stance == .support)
    }

    @Test func aNounAfterTheSignalIsOwnedToo() {
        let a = f.analyze("Zelenskyy dismissed Moscow's Victory Day truce plan as a stunt.")
        #expect(counted(a, .ukraine, .ceasefire)?.stance == .oppose)
        #expect(counted(a, .russia, .ceasefire)?.stance == .support)
    }

    @Test func aPartyAdjectiveOwnsTheDocument() {
        let a = f.analyze("Zelenskyy welcomed the American proposal for an energy truce.")
        #expect(counted(a, .us, .ceasefire)?.stance == .support)
        #expect(counted(a, .ukraine, .ceasefire)?.stance == .support)
    }

    @Test func plainTalksAreDirectTalksForRussiaOrUkraineOnly() {
        let russian = f.analyze("The Kremlin said Moscow remains open to negotiations.")
        #expect(counted(russian, .russia, .directTalks)?.stance == .support)
        let american = f.analyze("Rubio said Washington remains open to negotiations.")
        #expect(american.claims.allSatisfy { $0.issue != .directTalks })
    }

    @Test func talksWithWashingtonAreNotDirectTalks() {
        let a = f.analyze("Kyiv is ready for talks with Washington in Riyadh next week.")
        #expect(f.claim(a, .ukraine, .directTalks) == nil)
    }

    @Test func pairedNamesBeforeTalksAreDirectTalksForAnyone() {
        let a = f.analyze("Trump praised the Russia-Ukraine talks in Istanbul.")
        #expect(counted(a, .us, .directTalks)?.stance == .support)
    }

    @Test func aJudgementAfterIsTurnsTheClause() {
        let a = f.analyze("Sybiha has repeated since Russia invaded in 2022 that recognising Crimea as Russia's is a red line for Kyiv.")
        #expect(counted(a, .ukraine, .territory)?.stance == .oppose)
        #expect(f.claim(a, .russia, .territory) == nil)
    }

    @Test func aThreatStatesTheDemandBehindIt() {
        let a = f.analyze("Merz threatened Moscow with new sanctions if it does not accept a ceasefire by Monday.")
        #expect(counted(a, .europe, .sanctions)?.stance == .conditional)
        #expect(counted(a, .europe, .ceasefire)?.stance == .support)
        #expect(f.claim(a, .russia, .ceasefire) == nil)
    }

    @Test func aTimedHaltToStrikesIsAPartialTruce() {
        let timed = f.analyze("Zelenskyy proposed a 30-day halt to strikes on energy infrastructure.")
        #expect(counted(timed, .ukraine, .civilianStrikes)?.stance == .support)
        #expect(counted(timed, .ukraine, .ceasefire)?.rule.hasPrefix("partial truce") == true)
        let open = f.analyze("Putin said Moscow was willing to discuss a halt to strikes on energy infrastructure.")
        #expect(counted(open, .russia, .civilianStrikes)?.stance == .support)
        #expect(f.claim(open, .russia, .ceasefire) == nil)
    }

    @Test func aDutyWithoutACueIsTheSpeakersDemand() {
        let a = f.analyze("“Both sides should lay down their arms now,” Vance said.")
        #expect(counted(a, .us, .ceasefire)?.stance == .support)
    }

    @Test func theAgentOfAParticipleHoldsEvenInAnOpenQuestion() {
        let a = f.analyze("Peskov said it is unclear whether Kyiv will join the truce declared by Moscow.")
        #expect(counted(a, .russia, .ceasefire)?.stance == .support)
        #expect(f.claim(a, .ukraine, .ceasefire) == nil)
    }

    @Test func thoseCallsAreTheSentenceBefore() {
        let a = f.analyze("Kyiv has called for an unconditional truce. Moscow has rebuffed those calls.")
        #expect(counted(a, .ukraine, .ceasefire)?.stance == .support)
        #expect(counted(a, .russia, .ceasefire)?.stance == .oppose)
    }

    @Test func orFaceIsTheThreatOfWhoeverSetTheTerms() {
        let a = f.analyze("Putin rejected an ultimatum by European leaders to accept a truce or face new sanctions.")
        #expect(counted(a, .russia, .ceasefire)?.stance == .oppose)
        #expect(counted(a, .europe, .sanctions) != nil)
        #expect(f.claim(a, .russia, .sanctions) == nil)
    }

    @Test func newSanctionsAreNeverRussias() {
        let a = f.analyze("Russia faces new sanctions over the strikes.")
        #expect(f.claim(a, .russia, .sanctions) == nil)
    }

    @Test func aDocumentSubjectIsTheNextSentencesIt() {
        let a = f.analyze("The peace plan drafted by Washington foresees recognition of Russian control over Crimea. It also provides for lifting sanctions on Russia.")
        #expect(counted(a, .us, .territory)?.stance == .support)
        #expect(counted(a, .us, .sanctions)?.stance == .oppose)
    }

    @Test func whatAPartyCouldDoIsUncertain() {
        let a = f.analyze("Hungary could block new sanctions in July.")
        let c = f.claim(a, .europe, .sanctions)
        #expect(c?.stance == .oppose)
        #expect(c?.isConfident == false)
    }

    @Test func aNewVerbAfterAndStartsItsOwnChain() {
        let a = f.analyze("Zelenskyy is unlikely to accept the surrender of Crimea and called for an unconditional ceasefire.")
        #expect(counted(a, .ukraine, .territory)?.stance == .oppose)
        #expect(counted(a, .ukraine, .ceasefire)?.stance == .support)
    }

    @Test func waitingForPutinInIstanbulIsSupportForTalks() {
        let a = f.analyze("“I will be waiting for Putin in Istanbul on Thursday,” Zelenskyy said.")
        #expect(counted(a, .ukraine, .directTalks)?.stance == .support)
    }

    @Test func everyClaimSaysWhichRuleMadeIt() {
        let a = f.analyze("The Kremlin rejected a 30-day ceasefire.")
        let c = counted(a, .russia, .ceasefire)
        #expect(c?.rule.isEmpty == false)
        #expect((c?.confidence ?? 0) >= Claim.confidentFrom)
    }

    @Test func theEvidenceIDIgnoresCaseSpacingAndQuoteShapes() {
        #expect(Claim.sentenceKey("Kyiv  wants a “full” truce") == Claim.sentenceKey("kyiv wants a \"full\" truce"))
        #expect(Claim.sentenceKey("Kyiv wants a truce") != Claim.sentenceKey("Kyiv wants talks"))
    }

    @Test func aTruceThatCouldBeDiscussedIsConditional() {
        let a = f.analyze("Putin said the possibility of a truce could be discussed at the proposed negotiations.")
        #expect(counted(a, .russia, .ceasefire)?.stance == .conditional)
        #expect(counted(a, .russia, .directTalks)?.stance == .support)
    }

    @Test func aNegationWithAVerbOfItsOwnNegatesNoSignal() {
        let a = f.analyze("Sybiha said the short truce would not help negotiations.")
        #expect(f.claim(a, .ukraine, .directTalks) == nil)
        let b = f.analyze("Kallas said the EU will never recognise the annexed regions.")
        #expect(counted(b, .europe, .territory)?.stance == .oppose)
    }

    @Test func aConditionGovernsOnlyItsOwnListItem() {
        let a = f.analyze("Macron and Merz discussed the need for a ceasefire, and new sanctions against Russia if it refuses.")
        #expect(counted(a, .europe, .ceasefire)?.stance == .support)
        #expect(counted(a, .europe, .sanctions)?.stance == .conditional)
    }

    @Test func theyIsTheGroupNamedLast() {
        let a = f.analyze("Ukraine and the U.S. say they are ready to sign the minerals deal.")
        #expect(counted(a, .ukraine, .reconstruction)?.stance == .support)
        #expect(counted(a, .us, .reconstruction)?.stance == .support)
    }

    @Test func theSidesAreRussiaAndUkraine() {
        let a = f.analyze("The two sides agreed to a halt to strikes on energy infrastructure.")
        #expect(counted(a, .russia, .civilianStrikes)?.stance == .support)
        #expect(counted(a, .ukraine, .civilianStrikes)?.stance == .support)
    }

    @Test func anAccusationStatesBothSides() {
        let a = f.analyze("Trump accused Zelenskyy of refusing to cede Crimea.")
        #expect(counted(a, .ukraine, .territory)?.stance == .oppose)
        #expect(counted(a, .us, .territory)?.stance == .support)
    }

    @Test func aMeetingWithOnesOwnSideIsNoDirectTalk() {
        let a = f.analyze("Putin made the announcement at a meeting with Valery Gerasimov.")
        #expect(f.claim(a, .russia, .directTalks) == nil)
    }

    @Test func notDoingAnActIsNoStance() {
        let a = f.analyze("Trump did not announce any new sanctions on Russia.")
        #expect(f.claim(a, .us, .sanctions)?.isConfident != true)
    }

    @Test func anOwnedRequestInsideAClauseDoesNotPointBack() {
        let a = f.analyze("Kyiv wants a ceasefire, and Moscow took note of Ukraine's request for a meeting of the two leaders.")
        #expect(counted(a, .ukraine, .ceasefire)?.stance == .support)
        #expect(a.claims.filter { $0.holder == .ukraine && $0.issue == .ceasefire }.count == 1)
        #expect(a.claims.first { $0.holder == .ukraine && $0.issue == .ceasefire }?.rule.hasPrefix("refers back") == false)
    }

    @Test func whatWasProposedOnADayIsTheProposersOnly() {
        let a = f.analyze("Putin proposed on Sunday that Russia and Ukraine resume direct negotiations in Istanbul.")
        #expect(counted(a, .russia, .directTalks)?.actor == "vladimir-putin")
        #expect(f.claim(a, .ukraine, .directTalks) == nil)
    }

    @Test func refusingUntilSomethingHappensIsConditional() {
        let a = f.analyze("Russia will not agree to a ceasefire until Western weapons deliveries stop, Lavrov said.")
        #expect(counted(a, .russia, .ceasefire)?.stance == .conditional)
    }

    @Test func refusingOneThingWithoutAnotherWantsTheOther() {
        let a = f.analyze("“We will not accept direct talks without a ceasefire,” Zelenskyy said.")
        #expect(counted(a, .ukraine, .directTalks)?.stance == .conditional)
        #expect(counted(a, .ukraine, .ceasefire)?.stance == .support)
        let ended = f.analyze("The talks in Istanbul ended without a ceasefire.")
        #expect(ended.claims.isEmpty)
    }

    @Test func aTimeAfterSinceIsNoClause() {
        let a = f.analyze("The US plan would lift sanctions imposed since 2014 and recognise Crimea as Russian.")
        #expect(counted(a, .us, .sanctions)?.stance == .oppose)
        #expect(counted(a, .us, .territory)?.stance == .support)
    }

    @Test func agreeingAPackageOfSanctionsIsSupport() {
        let a = f.analyze("The EU agreed its 17th sanctions package against Russia on Tuesday.")
        #expect(counted(a, .europe, .sanctions)?.stance == .support)
    }

    @Test func aConditionAfterButGovernsTheClauseBefore() {
        let a = f.analyze("Ukraine is ready for a complete ceasefire, but only if Russia reciprocates, Zelensky said.")
        #expect(counted(a, .ukraine, .ceasefire)?.stance == .conditional)
        let b = f.analyze("“Kyiv proposes a truce for 30 days. If Moscow refuses, it shows it wants war,” Sybiha said.")
        #expect(counted(b, .ukraine, .ceasefire)?.stance == .support)
    }

    @Test func drawingUpPlansIsSupport() {
        let a = f.analyze("London and Paris are drawing up plans for a reassurance force.")
        #expect(counted(a, .europe, .securityGuarantees)?.stance == .support)
    }

    @Test func anEndToSomethingIsAgainstIt() {
        let a = f.analyze("Orban called for an end to sanctions on Russian energy.")
        #expect(counted(a, .europe, .sanctions)?.stance == .oppose)
        let b = f.analyze("Zelensky called for an end to strikes on civilian infrastructure.")
        #expect(counted(b, .ukraine, .civilianStrikes)?.stance == .support)
    }

    @Test func aRefusalToActIsAStanceButNotHavingActedIsNot() {
        let a = f.analyze("The Pentagon said the US would not send troops to Ukraine as part of any peacekeeping force.")
        #expect(counted(a, .us, .securityGuarantees)?.stance == .oppose)
        let b = f.analyze("Trump did not announce any new sanctions on Russia.")
        #expect(counted(b, .us, .sanctions) == nil)
    }

    @Test func sayingWhoseALandIsTakesASide() {
        let a = f.analyze("“Crimea will stay Russian,” Trump said in an interview.")
        #expect(counted(a, .us, .territory)?.stance == .support)
        let b = f.analyze("“Crimea is Ukraine,” Kallas said.")
        #expect(counted(b, .europe, .territory)?.stance == .oppose)
    }

    @Test func aDutyThatSetsTermsIsConditional() {
        let a = f.analyze("“A ceasefire must address the root causes of the conflict,” Peskov said.")
        #expect(counted(a, .russia, .ceasefire)?.stance == .conditional)
        let b = f.analyze("“The ceasefire should last for 30 days,” Zelensky said.")
        #expect(counted(b, .ukraine, .ceasefire)?.stance == .support)
    }

    @Test func notAgainstIsSupportAndTariffsOnRussianOilAreSanctions() {
        let a = f.analyze("The Kremlin said Russia was not against a truce in principle.")
        #expect(counted(a, .russia, .ceasefire)?.stance == .support)
        let b = f.analyze("Trump threatened tariffs on buyers of Russian oil.")
        #expect(counted(b, .us, .sanctions)?.stance == .support)
    }

    @Test func whatARefusalWouldBeMetWithIsTheSpeakersThreat() {
        let a = f.analyze("Macron called on Russia to accept a ceasefire, warning that a refusal would be met with new sanctions.")
        #expect(counted(a, .europe, .ceasefire)?.stance == .support)
        #expect(counted(a, .europe, .sanctions)?.stance == .conditional)
        #expect(f.claim(a, .europe, .sanctions)?.stance != .oppose)
    }

    @Test func whatMustComeFirstIsWanted() {
        let a = f.analyze("Zelensky said Ukraine was prepared to discuss territorial issues only after a full ceasefire.")
        #expect(counted(a, .ukraine, .ceasefire)?.stance == .support)
        let b = f.analyze("If Russia agrees to a ceasefire, sanctions could be eased, Trump said.")
        #expect(f.claim(b, .russia, .ceasefire) == nil)
        #expect(counted(b, .us, .sanctions) == nil)
    }

    @Test func notInterestedIsOpposition() {
        let a = f.analyze("Moscow has signalled it is not interested in a ceasefire.")
        #expect(counted(a, .russia, .ceasefire)?.stance == .oppose)
    }

    @Test func recognisingAsAnActTakesASide() {
        let a = f.analyze("Washington would recognise Crimea as Russian territory, officials said.")
        #expect(counted(a, .us, .territory)?.stance == .support)
        let b = f.analyze("Kallas said the EU will never recognise the annexed regions.")
        #expect(counted(b, .europe, .territory)?.stance == .oppose)
    }

    @Test func aSignalStartingWithAPartyWordIsNoDocumentOfThatParty() {
        let a = f.analyze("Russia demands that Ukraine abandon its NATO bid and limit its army.")
        #expect(counted(a, .russia, .nato)?.stance == .oppose)
        #expect(counted(a, .russia, .securityGuarantees)?.stance == .oppose)
    }

    @Test func observingATruceIsSupport() {
        let a = f.analyze("Russia said it would observe a 30-hour Easter truce.")
        #expect(counted(a, .russia, .ceasefire)?.stance == .support)
    }

    @Test func sanctionsKeptUntilTheWarEndsAreSupport() {
        let a = f.analyze("Merz said Germany would keep sanctions in place until Russia withdraws.")
        #expect(counted(a, .europe, .sanctions)?.stance == .support)
    }

    @Test func seeingNoPointInATruceIsOpposition() {
        let a = f.analyze("Ryabkov said Moscow sees no point in a truce that would allow Kyiv to regroup.")
        #expect(counted(a, .russia, .ceasefire)?.stance == .oppose)
        let b = f.analyze("Ukraine will not withdraw its troops from the Zaporizhzhia and Kherson regions, the ministry said.")
        #expect(counted(b, .ukraine, .territory)?.stance == .oppose)
    }
}
