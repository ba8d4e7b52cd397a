import Foundation
import Testing
@testable import ParleyTUI

@Suite("Keymap")
struct KeymapTests {
    static let readme = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("README.md")

    @Test func noKeyIsBoundTwice() {
        var seen: [Key: Command] = [:]
        for b in Keymap.standard.bindings {
            for k in b.keys {
                #expect(seen[k] == nil, "\(k.label) bound to \(seen[k].map(\.rawValue) ?? "") and \(b.command.rawValue)")
                seen[k] = b.command
            }
        }
    }

    @Test func everyCommandHasAKey() {
        for c in Command.allCases {
            #expect(!Keymap.standard.keys(for: c).isEmpty, "\(c.rawValue)")
        }
    }

    @Test func helpOverlayListsEveryBinding() {
        let lines = HelpOverlay.lines(keymap: .standard, width: 200)
        for b in Keymap.standard.bindings {
            #expect(lines.contains { $0.0 == b.keys.map(\.label).joined(separator: " ") && $0.1 == b.help })
        }
    }

    /// The README's key table is the keymap's (UPDATE_SNAPSHOTS=1 rewrites it).
    @Test func readmeKeyTableMatchesTheKeymap() throws {
        let text = try String(contentsOf: Self.readme, encoding: .utf8)
        let open = "<!-- keys -->\n", close = "<!-- /keys -->"
        let start = try #require(text.range(of: open))
        let end = try #require(text.range(of: close, range: start.upperBound..<text.endIndex))
        let table = Keymap.standard.markdownTable()
        if ProcessInfo.processInfo.environment["UPDATE_SNAPSHOTS"] == "1" {
            var updated = text
            updated.replaceSubrange(start.upperBound..<end.lowerBound, with: table)
            try updated.write(to: Self.readme, atomically: true, encoding: .utf8)
            return
        }
        #expect(String(text[start.upperBound..<end.lowerBound]) == table)
    }
}
