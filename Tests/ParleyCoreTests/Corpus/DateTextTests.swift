import Testing
@testable import ParleyCore

@Suite struct DateTextTests {
    @Test(arguments: [
        ("2025-04-22", "2025-04-22"),
        ("2025-04-22T22:41:00+08:00", "2025-04-22"),
        ("2025/4/9", "2025-04-09"),
        ("Tue, 22 Apr 2025 14:41:00 GMT", "2025-04-22"),
        ("Sat, 19 Apr 2025 18:10:00 +0300", "2025-04-19"),
        ("Apr 22, 2025", "2025-04-22"),
        ("April 22, 2025 10:41 PM", "2025-04-22"),
        ("Sept. 3, 2025", "2025-09-03"),
        ("May 11 2025", "2025-05-11"),
        ("22 April 2025", "2025-04-22"),
        ("22nd April, 2025", "2025-04-22"),
        ("1 May 2025", "2025-05-01"),
        ("Monday, April 21, 2025", "2025-04-21"),
        ("22.04.2025", "2025-04-22"),
        ("2025年4月22日", "2025-04-22"),
    ])
    func fieldDates(_ input: String, _ day: String) {
        #expect(DateText.day(fromField: input) == day)
    }

    @Test(arguments: ["2025-02-30", "April 31, 2025", "13.13.2025", "yesterday", "Q2 2025", "2025"])
    func impossibleOrVagueDatesAreNil(_ input: String) {
        #expect(DateText.day(fromField: input) == nil)
    }

    @Test(arguments: [
        ("Published: May 11, 2025 11:49 PM", "2025-05-11"),
        ("Apr 22, 2025", "2025-04-22"),
        ("22 April 2025", "2025-04-22"),
        ("2025-04-22 10:41", "2025-04-22"),
        ("Posted on April 21, 2025 | 9:00 am ET", "2025-04-21"),
        ("Published on Monday, 21 April 2025, 09:00 GMT+3", "2025-04-21"),
        ("Date: 2025-05-16", "2025-05-16"),
        ("Updated 19:32, 26-Apr-2025", "2025-04-26"),
        ("Sun 11 May 2025 18.29 BST", "2025-05-11"),
        ("May 12, 2025 5:32 PM GMT+3 Updated 2 hours ago", "2025-05-12"),
    ])
    func metadataLines(_ line: String, _ day: String) {
        #expect(DateText.dateLine(line)?.day == day)
    }

    @Test func updateLinesAreMarked() {
        #expect(DateText.dateLine("Updated: May 12, 2025 08:00 AM")?.updated == true)
        #expect(DateText.dateLine("Published: May 11, 2025")?.updated == false)
    }

    @Test(arguments: [
        "Putin said on May 10, 2025 that talks could resume.",
        "Talks are set for May 15, 2025 in Istanbul",
        "PARIS, FRANCE - MAY 29, 2017 : the president at a press conference",
        "The meeting on 22 April 2025 ended early",
    ])
    func aDateInASentenceIsNotAMetadataLine(_ line: String) {
        #expect(DateText.dateLine(line) == nil)
    }

    @Test func theLaterUpdateDoesNotReplaceThePublicationDate() {
        let a = CorpusTestSupport.article("""
            Kremlin confirms delegation list

            Updated: May 15, 2025

            Published: May 14, 2025 7:30 PM

            """ + CorpusTestSupport.storyParagraphs)
        #expect(a.published == "2025-05-14")
    }

    @Test func aDateBetweenBarsOfACreditLineIsRead() {
        let a = CorpusTestSupport.article("""
            Envoys prepare for Istanbul

            Source: Xinhua | 2025-05-14 21:05:00 | Editor: Li Wen

            """ + CorpusTestSupport.storyParagraphs)
        #expect(a.published == "2025-05-14")
        #expect(!a.text.contains("Editor"))
    }

    @Test func aDateMentionedInTheBodyIsNotThePublicationDate() {
        let a = CorpusTestSupport.article("""
            Talks set for Thursday

            Putin proposed on May 11, 2025 that delegations meet in Istanbul on Thursday to resume talks.
            """)
        #expect(a.published == nil)
    }
}
