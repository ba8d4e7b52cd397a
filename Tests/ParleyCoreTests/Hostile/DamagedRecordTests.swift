import Foundation
import GRDB
import Testing
@testable import ParleyCore

/// Cache records damaged on disk: every length is checked before it is used, and a record
/// that does not decode is damage (rebuilt), never a crash.
@Suite struct DamagedRecordTests {
    @Test func aLengthOfIntMaxIsDamageNotAnOverflow() throws {
        // Zig-zag varint of Int.max: ten bytes.
        let huge: [UInt8] = [0xFE, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0x01]
        huge.withUnsafeBytes { buf in
            var r = BinaryReader(buf)
            #expect(throws: BinaryReader.Malformed.self) { try r.string() }
            var c = BinaryReader(buf)
            #expect(throws: BinaryReader.Malformed.self) { try c.strings() }
        }
        #expect(throws: BinaryReader.Malformed.self) {
            try ([0] + huge).withUnsafeBytes { try RecordCodec.decode($0, text: "") }
        }
    }

    @Test func aSpanRunningPastIntMaxOrTheTextIsDamage() throws {
        var w = BinaryWriter()
        w.int(Int.max - 1)
        w.int(10)
        w.bytes.withUnsafeBytes { buf in
            var r = BinaryReader(buf)
            #expect(throws: BinaryReader.Malformed.self) { try r.span() }
        }
        let analysis = ArticleAnalysis(article: "a", discoveredActors: [],
                                       mentions: [Mention(actor: "x", article: "a", span: TextSpan(start: 2, end: 50), surface: "x")],
                                       quotes: [], claims: [])
        let bytes = try RecordCodec.encode(Article(id: "a", path: "/a", title: "T", text: ""), analysis)
        #expect(throws: BinaryReader.Malformed.self) {
            try bytes.withUnsafeBytes { try RecordCodec.decode($0, text: "short") }
        }
    }

    @Test func aRecordWithAnOverflowingLengthIsRebuiltOnceThenServedFromTheCache() throws {
        let t = try TempCorpus()
        try t.writeFixture()
        let first = try t.load()
        try DatabaseQueue(path: t.databasePath).write { db in
            try db.execute(sql: "UPDATE article SET record = x'00feffffffffffffffff01' WHERE rowid = 1")
        }
        let damaged = try t.load()
        #expect(damaged.warnings.map(\.message) == ["the cache file is damaged; rebuilding it"])
        #expect(damaged.model.articles == first.model.articles)
        #expect(damaged.model.analyses == first.model.analyses)
        #expect(damaged.filesFromCache == 0)
        let again = try t.load()
        #expect(again.warnings.isEmpty)
        #expect(again.filesFromCache == 5 && again.filesAnalysed == 0)
        #expect(again.model.articles == first.model.articles)
    }
}
