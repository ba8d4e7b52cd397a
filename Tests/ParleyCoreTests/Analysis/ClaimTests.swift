import Testing
@testable import ParleyCore

@Suite struct ClaimTests {
    let f = AnalysisFixture.self

    @Test func theHolderIsThePartyWhosePositionIsStated() {
        let a = f.analyze("Macron said that Ukraine is ready for a complete ceasefire on land and at sea.")
        let c = f.claim(a, .ukraine, .ceasefire)
        #expect(c?.stance == .support)
        #expect(c?.source == "emmanuel-macron")
        #expect(f.claim(a, .europe, .ceasefire) == nil)
    }

    @Test func rejectingAnUltimatumToAgreeIsOpposition() {
        let a = f.analyze("The Kremlin rejected a demand by European governments to agree to a 30-day truce.")
        #expect(f.claim(a, .russia, .ceasefire)?.stance == .oppose)
        #expect(f.claim(a, .russia, .ceasefire)?.cue == "rejected")
        #expect(f.claim(a, .europe, .ceasefire)?.stance == .support)
    }

    @Test func proposingRecognitionIsSupportForTerritory() {
        let a = f.analyze("Washington is proposing formal recognition of Russian control over Crimea, officials say.")
        #expect(f.claim(a, .us, .territory)?.stance == .support)
    }

    @Test func termsRejectedAfterADemandAreOpposedByTheRejecter() {
        let a = f.analyze("Moscow demands a neutral status for Ukraine, terms Kyiv rejects outright.")
        #expect(f.claim(a, .russia, .nato)?.stance == .oppose)
        #expect(f.claim(a, .ukraine, .nato)?.stance == .support)
    }

    @Test func conditionsMakeSupportConditional() {
        let a = f.analyze("Zelenskyy is ready for direct talks with Putin only after a full ceasefire takes hold.")
        let c = f.claim(a, .ukraine, .directTalks)
        #expect(c?.stance == .conditional)
        #expect(c?.cue.contains("only after") == true)
        // What must come first is wanted.
        #expect(f.claim(a, .ukraine, .ceasefire)?.rule.hasPrefix("wanted first") == true)
    }

    @Test func negationTurnsTheCueAround() {
        let a = f.analyze("Hegseth did not accept a role for American peacekeepers. Trump has not ruled out new sanctions.")
        #expect(f.claim(a, .us, .securityGuarantees)?.stance == .oppose)
        #expect(f.claim(a, .us, .sanctions)?.stance == .support)
    }

    @Test func aProposalNotYetAcceptedTakesNoSideYet() {
        let a = f.analyze("Kyiv offered an energy ceasefire, a proposal Moscow has yet to accept.")
        #expect(f.claim(a, .ukraine, .ceasefire)?.stance == .support)
        #expect(f.claim(a, .russia, .ceasefire) == nil)
    }

    @Test func liftingSanctionsIsOppositionToSanctions() {
        let a = f.analyze("Orbán called for lifting sanctions on Russian banks.")
        #expect(f.claim(a, .europe, .sanctions)?.stance == .oppose)
    }

    @Test func haltingStrikesOnCiviliansIsSupport() {
        let a = f.analyze("Sybiha urged Moscow to halt strikes on civilian infrastructure.")
        #expect(f.claim(a, .ukraine, .civilianStrikes)?.stance == .support)
    }

    @Test func firstPersonInAQuoteIsTheSpeaker() {
        let a = f.analyze("\u{201C}We propose direct negotiations with Kyiv in Istanbul,\u{201D} Medinsky told reporters.")
        #expect(f.claim(a, .russia, .directTalks)?.actor == "vladimir-medinsky")
    }

    @Test func subjectsJoinedByAndAllHoldTheClaim() {
        let a = f.analyze("France and Britain are prepared to send troops to Ukraine as part of a reassurance force.")
        #expect(f.claim(a, .europe, .securityGuarantees)?.stance == .support)
    }

    @Test func namesInAnOpeningPhraseAreNotTheSubject() {
        let a = f.analyze("After a call with Trump, Zelenskyy welcomed the idea of a ceasefire.")
        #expect(f.claim(a, .ukraine, .ceasefire)?.stance == .support)
        #expect(f.claim(a, .us, .ceasefire) == nil)
    }

    @Test func signalsInsideAConditionMakeNoClaim() {
        let a = f.analyze("If Moscow rejects a ceasefire, Rubio said, Washington will impose new sanctions.")
        #expect(f.claim(a, .russia, .ceasefire) == nil)
        #expect(f.claim(a, .us, .sanctions)?.stance == .conditional)
    }

    @Test func claimsCarryTheDateAndTheSentence() {
        let text = "Nothing happened. Stubb backed a Ukrainian bid for NATO membership."
        let a = f.analyze(text, published: "2025-04-20")
        let c = f.claim(a, .europe, .nato)
        #expect(c?.published == "2025-04-20")
        #expect(c?.sentence == "Stubb backed a Ukrainian bid for NATO membership.")
        #expect(c.map { String($0.span.slice(of: text)) } == c?.sentence)
    }

    @Test func aDemandOnAnotherPartyIsTheSpeakersPosition() {
        let a = f.analyze("Merz said Moscow must agree to an unconditional ceasefire by Monday.")
        #expect(f.claim(a, .europe, .ceasefire)?.stance == .support)
        #expect(f.claim(a, .russia, .ceasefire) == nil)
    }

    @Test func whetherLeavesTheClauseOpen() {
        let a = f.analyze("Ushakov did not say whether Moscow would accept a 30-day truce.")
        #expect(f.claim(a, .russia, .ceasefire) == nil)
    }

    @Test func thatOpensAClauseWithItsOwnSubject() {
        let a = f.analyze("Sybiha reminded Moscow that Kyiv had accepted a full ceasefire weeks ago.")
        #expect(f.claim(a, .ukraine, .ceasefire)?.stance == .support)
        #expect(f.claim(a, .russia, .ceasefire) == nil)
    }

    @Test func givingUpAClaimToLandIsCedingIt() {
        let a = f.analyze("Yermak said that Ukraine would never give up its claim to occupied land.")
        #expect(f.claim(a, .ukraine, .territory)?.stance == .oppose)
    }

    @Test func issueCuesOverrideGeneralCuesForTheirIssueOnly() {
        let a = f.analyze("""
            Sybiha said Ukraine proposes to give up strikes on energy infrastructure.             Lavrov said Ukraine should give up NATO membership.
            """)
        #expect(f.claim(a, .ukraine, .civilianStrikes)?.stance == .support)
        #expect(f.claim(a, .russia, .nato)?.stance == .oppose)
    }

    @Test func eachItemOfAListKeepsItsOwnCue() {
        let a = f.analyze("Moscow wants Ukraine to give up its bid to join NATO and to recognise Russian control of Crimea.")
        #expect(f.claim(a, .russia, .nato)?.stance == .oppose)
        #expect(f.claim(a, .russia, .territory)?.stance == .support)
    }

    @Test func cuesInsideAConditionBelongToTheCondition() {
        let a = f.analyze("Zelenskyy said that if Russia refused a ceasefire again, allies should impose tough sanctions.")
        #expect(f.claim(a, .russia, .ceasefire) == nil)
        #expect(f.claim(a, .russia, .sanctions) == nil)
    }

    @Test func aDemandThatAnotherPartyActIsTheDemandersPosition() {
        let a = f.analyze("Moscow demanded that Kyiv withdraw its troops from the four regions, a demand Ukraine rejected.")
        #expect(f.claim(a, .russia, .territory)?.stance == .support)
        #expect(f.claim(a, .ukraine, .territory)?.stance == .oppose)
    }

    @Test func aSecondSpeechVerbKeepsTheSpeaker() {
        let a = f.analyze("European leaders said the offer was a ploy and vowed to step up sanctions.")
        #expect(f.claim(a, .europe, .sanctions)?.stance == .support)
    }

    @Test func aNegationCountsForEveryCueOnTheSameWords() {
        let a = f.analyze("Sybiha said Ukraine will not give up its goal of joining NATO.")
        #expect(f.claim(a, .ukraine, .nato)?.stance == .support)
    }

    @Test func aNegatedSignalWithoutACueIsItsOwnCue() {
        let a = f.analyze("According to Sybiha, Kyiv will never recognise occupied territories as Russian.")
        let c = f.claim(a, .ukraine, .territory)
        #expect(c?.stance == .oppose)
        #expect(c?.cue.hasPrefix("never") == true)
    }

    @Test func aDemandAfterAndSaidBelongsToTheSpeaker() {
        let a = f.analyze("Merz toured a damaged power station near Kharkiv and said Moscow must accept an unconditional ceasefire within days.")
        #expect(f.claim(a, .russia, .ceasefire) == nil)
        #expect(f.claim(a, .europe, .ceasefire)?.stance == .support)
        #expect(a.quotes.first?.speaker == "friedrich-merz")
    }

    @Test func anAccusationIsNoClaimOfTheAccuser() {
        let a = f.analyze("Sybiha accused Russian units of violating the truce around Kharkiv twice overnight.")
        #expect(f.claim(a, .ukraine, .ceasefire) == nil)
        #expect(f.claim(a, .russia, .ceasefire) == nil)
    }

    @Test func aPlaceNamingAMeetingHoldsNoPosition() {
        let a = f.analyze("Umerov said nothing had moved since the Washington meeting in March: no recognition of occupied land.")
        #expect(f.claim(a, .us, .territory) == nil)
        #expect(f.claim(a, .ukraine, .territory)?.stance == .oppose)
    }

    @Test func aNewSubjectAfterAndOpensItsOwnClause() {
        let a = f.analyze("Trump announced a visit to the Gulf and European leaders called for tougher sanctions on Russian oil.")
        #expect(f.claim(a, .us, .sanctions) == nil)
        #expect(f.claim(a, .europe, .sanctions)?.stance == .support)
    }

    @Test func andThatGoesBackToTheSpeaker() {
        let a = f.analyze("Lavrov said Ukraine had broken every promise so far, but that a moratorium on strikes against power plants could be discussed.")
        #expect(f.claim(a, .ukraine, .civilianStrikes) == nil)
        #expect(f.claim(a, .russia, .civilianStrikes) != nil)
    }

    @Test func anOutcomeWithoutATruceIsNoPosition() {
        let a = f.analyze("""
            Ushakov said the meeting in Riyadh produced a prisoner swap but no truce.
            """)
        #expect(f.claim(a, .russia, .ceasefire) == nil)
        #expect(a.claims.filter { $0.issue == .ceasefire }.isEmpty)
    }

    @Test func aRelativeClauseCarriesTheCueBeforeIt() {
        let a = f.analyze("Sybiha rejected any settlement that would recognise Russian control of Crimea.")
        #expect(f.claim(a, .ukraine, .territory)?.stance == .oppose)
    }

    @Test func commaAndHasGoesBackToTheSpeaker() {
        let a = f.analyze("Vance has said that Russia's offer would be to halt the advance, and has urged Kyiv to accept the loss of Crimea.")
        #expect(f.claim(a, .us, .territory)?.stance == .support)
        #expect(f.claim(a, .russia, .territory) == nil)
    }
}
