import Foundation
import Testing
@testable import ParleyCore

@Suite struct CleaningRulesFileTests {
    @Test func theBundledRulesLoadCleanly() {
        let rules = CleaningRules.bundled
        #expect(rules.problems.isEmpty, "\(rules.problems)")
        #expect(Set(rules.rules.map(\.category)).isSuperset(of: [
            "consent", "section-label", "share-counter", "trending", "comment-prompt", "comment-section",
            "newsletter", "author-profile", "sign-off", "photo-credit", "caption", "caption-hint",
        ]))
        #expect(rules.outlets.contains { $0.name == "CGTN" })
    }

    @Test func everyPatternKindMatches() {
        let rules = CleaningRules(toml: ["""
            [[rule]]
            category = "test"
            exact = ["Exact Line"]
            prefix = ["starts with"]
            suffix = ["ends here"]
            contains = ["in the middle"]
            glob = ["page # of #", "file ?.pdf", "see *:"]
            regex = ['[A-Z]{2,4}-[0-9]+']
            needs = "-"
            """])
        #expect(rules.problems.isEmpty)
        for line in ["exact line", "Starts with a capital", "This line ends here", "put it in the middle please",
                     "Page 3 of 12", "file 7.pdf", "see also:", "ABC-123"] {
            #expect(rules.rule(for: line)?.category == "test", "\(line)")
        }
        for line in ["Exact Line plus", "no start with", "ends here not", "page three of 12", "file 77.pdf",
                     "abc-123", "ABCDE-1"] {
            #expect(rules.rule(for: line) == nil, "\(line)")
        }
    }

    @Test func maxLengthLimitsPatternsButNotExactLines() {
        let rules = CleaningRules(toml: ["""
            [[rule]]
            category = "short"
            exact = ["a fairly long exact line that goes past the limit"]
            contains = ["needle"]
            max_length = 20
            """])
        #expect(rules.rule(for: "a needle here") != nil)
        #expect(rules.rule(for: "a much longer line with a needle in it") == nil)
        #expect(rules.rule(for: "A fairly long exact line that goes past the limit") != nil)
    }

    @Test func aUserFileAddsRulesAndOutletsAndDisablesCategories() throws {
        let dir = CorpusTestSupport.scratchFolder()
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let path = dir + "/cleaning.toml"
        CorpusTestSupport.write("""
            disable = ["sign-off"]

            [[rule]]
            category = "house-promo"
            action = "drop"
            prefix = ["tune in to ledger radio"]

            [[outlet]]
            name = "The Daily Ledger"
            aliases = ["Daily Ledger"]
            domains = ["ledger.example.com"]
            """, to: path)
        let rules = CleaningRules.load(userFile: path)
        #expect(rules.problems.isEmpty)
        #expect(rules.rule(for: "Tune in to Ledger Radio at six")?.category == "house-promo")
        #expect(rules.rule(for: "(With input from agencies)") == nil)
        #expect(rules.outlet(named: "Daily Ledger") == "The Daily Ledger")
        let loader = CorpusLoader(rules: rules)
        let r = loader.load(bytes: Array(("Ledger story\n\nDaily Ledger\n\n" + CorpusTestSupport.storyParagraphs
                                          + "\n\nTune in to Ledger Radio at six").utf8), path: "/v/l.txt")
        #expect(r.articles.first?.outlet == "The Daily Ledger")
        #expect(r.articles.first?.text.contains("Tune in") == false)
    }

    @Test func aBrokenUserFileIsReportedAndIgnored() {
        let dir = CorpusTestSupport.scratchFolder()
        defer { try? FileManager.default.removeItem(atPath: dir) }
        CorpusTestSupport.write("[[rule]\ncategory = ", to: dir + "/cleaning.toml")
        let rules = CleaningRules.load(userFile: dir + "/cleaning.toml")
        #expect(rules.problems.count == 1)
        #expect(rules.rule(for: "I agree")?.category == "consent")
    }

    @Test func theVersionFollowsTheRules() {
        let a = CleaningRules(toml: ["[[rule]]\ncategory = \"a\"\nexact = [\"x\"]\n"])
        let b = CleaningRules(toml: ["[[rule]]\ncategory = \"a\"\nexact = [\"y\"]\n"])
        let a2 = CleaningRules(toml: ["[[rule]]\ncategory = \"a\"\nexact = [\"x\"]\n"])
        #expect(a.version != b.version)
        #expect(a.version == a2.version)
        #expect(a.version.hasPrefix(CleaningRules.codeVersion))
    }

    @Test func aBadRegexIsReported() {
        let rules = CleaningRules(toml: ["[[rule]]\ncategory = \"x\"\nregex = ['([unclosed']\n"])
        #expect(rules.problems.count == 1)
    }

    @Test func theUserFileFollowsXDG() {
        if let xdg = ProcessInfo.processInfo.environment["XDG_CONFIG_HOME"], !xdg.isEmpty {
            #expect(CleaningRules.userFile == xdg + "/parley/cleaning.toml")
        } else if let home = ProcessInfo.processInfo.environment["HOME"] {
            #expect(CleaningRules.userFile == home + "/.config/parley/cleaning.toml")
        }
    }
}
