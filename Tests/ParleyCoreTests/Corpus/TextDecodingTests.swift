import Foundation
import Testing
@testable import ParleyCore

@Suite struct TextDecodingTests {
    @Test func utf8WithByteOrderMarkLosesTheMark() {
        let bytes: [UInt8] = [0xEF, 0xBB, 0xBF] + Array("Talks resume".utf8)
        #expect(TextDecoding.decode(bytes) == .text("Talks resume", warning: nil))
    }

    @Test func crlfAndLoneCRBecomeLF() {
        #expect(TextDecoding.decode(Array("one\r\ntwo\rthree".utf8)) == .text("one\ntwo\nthree", warning: nil))
    }

    @Test func nonBreakingAndNarrowSpacesBecomeSpaces() {
        let s = "30\u{00A0}days and 2\u{202F}hours\u{200B}!"
        #expect(TextDecoding.decode(Array(s.utf8)) == .text("30 days and 2 hours!", warning: nil))
    }

    @Test func latin1IsReadAsWindows1252WithAWarning() {
        // "Café talks – déjà vu" in Windows-1252: é = E9, en dash = 96, à = E0.
        let bytes: [UInt8] = Array("Caf".utf8) + [0xE9] + Array(" talks ".utf8) + [0x96] + Array(" d".utf8)
            + [0xE9, 0x6A, 0xE0] + Array(" vu".utf8)
        guard case .text(let text, let warning) = TextDecoding.decode(bytes) else {
            Testing.Issue.record("Latin-1 text was refused"); return
        }
        #expect(text == "Café talks – déjà vu")
        #expect(warning?.contains("Windows-1252") == true)
    }

    @Test func randomBytesAreSkippedAsBinary() {
        guard case .skipped(let reason) = TextDecoding.decode(CorpusTestSupport.noise(4096)) else {
            Testing.Issue.record("random bytes were read as text"); return
        }
        #expect(reason.contains("binary"))
    }

    @Test func nulBytesMakeAFileBinary() {
        let bytes = Array("Looks like text".utf8) + [0] + Array("but is not".utf8)
        #expect(TextDecoding.decode(bytes) == .skipped("binary file (not text), skipped"))
    }

    @Test func emptyAndBlankFilesAreSkipped() {
        #expect(TextDecoding.decode([]) == .skipped("empty file, skipped"))
        guard case .skipped(let reason) = TextDecoding.decode(Array(" \n\n\t \r\n".utf8)) else {
            Testing.Issue.record("a blank file was read"); return
        }
        #expect(reason.contains("empty"))
    }

    @Test func utf16WithByteOrderMarkIsRead() {
        let bytes: [UInt8] = [0xFF, 0xFE] + Array("Kyiv".utf16.flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] })
        #expect(TextDecoding.decode(bytes) == .text("Kyiv", warning: nil))
    }
}
