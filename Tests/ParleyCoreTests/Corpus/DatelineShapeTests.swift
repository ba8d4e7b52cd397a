import Testing
@testable import ParleyCore

/// Datelines beyond the plain "PLACE —": a source tag in brackets and an agency between
/// slashes after the date.
@Suite struct DatelineShapeTests {
    @Test(arguments: [
        ("(CNN) — The envoy met the president for three hours.", "(CNN)", "The envoy met the president for three hours."),
        ("(WIRE- Harbour) The minister said talks would resume.", "(WIRE- Harbour)", "The minister said talks would resume."),
        ("GENEVA, May 6. /HARBOUR/. The delegations arrived on Tuesday.", "GENEVA, May 6. /HARBOUR/",
         "The delegations arrived on Tuesday."),
    ])
    func datelines(_ paragraph: String, _ dateline: String, _ rest: String) {
        let d = Dateline.split(paragraph)
        #expect(d?.dateline == dateline)
        #expect(d?.rest == rest)
    }

    @Test(arguments: [
        "(Updated) The talks went on late into the night.",
        "(In full) what the envoy said.",
    ])
    func bracketsThatAreNotSourceTags(_ paragraph: String) {
        #expect(Dateline.split(paragraph) == nil)
    }
}
