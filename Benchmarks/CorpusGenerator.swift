import Foundation
import ParleyCore

/// Writes a deterministic corpus of realistic articles about the talks for benchmarks:
/// about 600 words each, fictional outlets, dates across 2025, quotes and claims by the
/// knowledge base's actors, and the junk real pages carry (cookie banners, a repeated photo
/// caption, comment prompts, newsletter boxes). Mostly `.txt`, some `.html` and `.jsonl`.
struct CorpusGenerator {
    struct Speaker {
        var names: [String]
        var role: String
        var party: Party
    }

    let speakers: [Speaker]
    var rng: SeededRandom

    init(seed: UInt64, knowledge: KnowledgeBase) {
        rng = SeededRandom(seed: seed)
        let people = knowledge.actors.filter { $0.kind == .person && $0.party != .other }
        if people.count >= 8 {
            speakers = people.map { Speaker(names: [$0.name] + $0.aliases, role: $0.role ?? "official", party: $0.party) }
        } else {
            speakers = Self.fallbackSpeakers
        }
    }

    /// Writes `count` articles into `folder` (created if needed); returns the bytes written.
    mutating func write(count: Int, to folder: String) throws -> Int {
        let fm = FileManager.default
        try fm.createDirectory(atPath: folder, withIntermediateDirectories: true)
        var bytes = 0
        var n = 0
        var fileNumber = 0
        while n < count {
            let bucket = String(format: "%03d", fileNumber / 1000)
            let dir = folder + "/" + bucket
            if fileNumber % 1000 == 0 { try fm.createDirectory(atPath: dir, withIntermediateDirectories: true) }
            let name = String(format: "%06d", fileNumber)
            let roll = rng.int(0..<100)
            let body: String
            let ext: String
            if roll < 5 && count - n >= 3 {
                body = (0..<3).map { _ in jsonLine(article()) }.joined(separator: "\n") + "\n"
                ext = "jsonl"
                n += 3
            } else if roll < 15 {
                body = html(article())
                ext = "html"
                n += 1
            } else {
                body = text(article())
                ext = "txt"
                n += 1
            }
            let data = Data(body.utf8)
            try data.write(to: URL(fileURLWithPath: dir + "/" + name + "." + ext))
            bytes += data.count
            fileNumber += 1
        }
        return bytes
    }

    struct Generated {
        var title: String
        var outlet: String
        var day: String
        var author: String
        var caption: String
        var paragraphs: [String]
    }

    mutating func article() -> Generated {
        let month = rng.int(1..<13)
        let day = rng.int(1..<(DayFormat.daysIn(month: month, year: 2025) + 1))
        let a = rng.pick(speakers), b = rng.pick(speakers)
        let place = rng.pick(Self.places)
        let title = "\(rng.pick(a.names)) \(rng.pick(Self.headlineVerbs)) \(rng.pick(Self.issuePhrases)) as talks in \(place) \(rng.pick(Self.headlineEnds))"
        var paragraphs: [String] = []
        var words = 0
        while words < 600 {
            var sentences: [String] = []
            for _ in 0..<rng.int(2..<5) { sentences.append(sentence()) }
            let p = sentences.joined(separator: " ")
            words += p.split(separator: " ").count
            paragraphs.append(p)
        }
        _ = b
        let caption = "\(rng.pick(a.names)) speaks to reporters in \(place) on \(Self.monthNames[month - 1]) \(day), 2025. Photo: \(rng.pick(Self.agencies))"
        return Generated(title: title, outlet: rng.pick(Self.outlets),
                         day: String(format: "2025-%02d-%02d", month, day),
                         author: "\(rng.pick(Self.givenNames)) \(rng.pick(Self.familyNames))",
                         caption: caption, paragraphs: paragraphs)
    }

    mutating func sentence() -> String {
        let s = rng.pick(speakers)
        let name = rng.pick(s.names)
        let issue = rng.pick(Self.issuePhrases)
        let place = rng.pick(Self.places)
        switch rng.int(0..<10) {
        case 0:
            return "\u{201C}We are ready for \(issue), but only if the other side stops its attacks,\u{201D} \(name) told reporters in \(place)."
        case 1:
            return "\(name), the \(s.role), said that \(s.party.label) would never accept \(issue) on those terms."
        case 2:
            return "\"\(filler(rng.int(8..<16)).capitalizedFirst).\" \(name) said on \(rng.pick(Self.weekdays))."
        case 3:
            return "According to \(rng.pick(Self.agencies)), \(name) called for \(issue) before any meeting in \(place)."
        case 4:
            return "\(name) rejected \(issue) and described the proposal as a ploy."
        default:
            return filler(rng.int(12..<26)).capitalizedFirst + "."
        }
    }

    /// Ordinary news prose: common words, place names and a long tail of rarer words.
    mutating func filler(_ count: Int) -> String {
        var words: [String] = []
        words.reserveCapacity(count)
        for _ in 0..<count {
            let r = rng.int(0..<100)
            if r < 70 { words.append(Self.common[rng.zipf(Self.common.count)]) }
            else if r < 78 { words.append(rng.pick(Self.places)) }
            else { words.append(rareWord()) }
        }
        return words.joined(separator: " ")
    }

    /// One of some 40,000 made-up words, skewed so that a few are frequent.
    mutating func rareWord() -> String {
        let k = rng.zipf(40_000)
        let syllables = Self.syllables
        var w = syllables[k % syllables.count] + syllables[(k / syllables.count) % syllables.count]
        if k >= syllables.count * syllables.count { w += syllables[(k / 7) % syllables.count] }
        return w
    }

    // MARK: formats

    mutating func text(_ a: Generated) -> String {
        var lines: [String] = []
        if rng.chance(0.5) {
            lines += ["We use cookies to give you the best experience. By continuing to browse the site you agree to our use of cookies.", "Accept all", ""]
        }
        lines += [a.title, "", a.outlet, "By \(a.author)  Published: \(Self.longDay(a.day))", "", a.caption, a.caption, ""]
        for (i, p) in a.paragraphs.enumerated() {
            lines += [p, ""]
            if i == 3 && rng.chance(0.4) {
                lines += ["Sign up for our newsletter to get the day's top stories in your inbox.", ""]
            }
        }
        lines += [rng.pick(["Comments are closed.", "Join the conversation: leave a comment below.",
                            "Share this article: Facebook Twitter Email"])]
        return lines.joined(separator: "\n") + "\n"
    }

    func html(_ a: Generated) -> String {
        var s = """
            <!DOCTYPE html><html><head><meta charset="utf-8"><title>\(escape(a.title))</title>
            <meta property="og:site_name" content="\(escape(a.outlet))">
            <meta property="article:published_time" content="\(a.day)T09:30:00Z">
            <meta name="author" content="\(escape(a.author))"></head><body>
            <div class="cookie-banner">We use cookies. By continuing to browse you agree. <button>Accept</button></div>
            <nav><a href="/">Home</a> <a href="/world">World</a></nav>
            <article><h1>\(escape(a.title))</h1>
            <figure><img src="p.jpg"><figcaption>\(escape(a.caption))</figcaption></figure>

            """
        for p in a.paragraphs { s += "<p>\(escape(p))</p>\n" }
        s += "</article><div class=\"comments\">Leave a comment</div><footer>© 2025 \(escape(a.outlet))</footer></body></html>\n"
        return s
    }

    func jsonLine(_ a: Generated) -> String {
        let object: [String: String] = [
            "title": a.title, "outlet": a.outlet, "published": a.day, "author": a.author,
            "text": a.paragraphs.joined(separator: "\n\n"),
        ]
        let data = try! JSONSerialization.data(withJSONObject: object, options: [.sortedKeys])
        return String(decoding: data, as: UTF8.self)
    }

    func escape(_ s: String) -> String {
        s.replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(of: "<", with: "&lt;")
            .replacingOccurrences(of: ">", with: "&gt;").replacingOccurrences(of: "\"", with: "&quot;")
    }

    static func longDay(_ day: String) -> String {
        let parts = day.split(separator: "-").compactMap { Int($0) }
        return "\(monthNames[parts[1] - 1]) \(parts[2]), \(parts[0])"
    }

    // MARK: word lists

    static let fallbackSpeakers: [Speaker] = [
        Speaker(names: ["Vladimir Putin", "Putin"], role: "Russian president", party: .russia),
        Speaker(names: ["Dmitry Peskov", "Peskov"], role: "Kremlin spokesman", party: .russia),
        Speaker(names: ["Sergei Lavrov", "Lavrov", "Sergey Lavrov"], role: "Russian foreign minister", party: .russia),
        Speaker(names: ["Volodymyr Zelenskyy", "Zelensky", "Zelenskiy", "Vladimir Zelensky"], role: "Ukrainian president", party: .ukraine),
        Speaker(names: ["Andriy Yermak", "Yermak"], role: "head of the presidential office", party: .ukraine),
        Speaker(names: ["Andrii Sybiha", "Sybiha"], role: "Ukrainian foreign minister", party: .ukraine),
        Speaker(names: ["Donald Trump", "Trump"], role: "US president", party: .us),
        Speaker(names: ["Marco Rubio", "Rubio"], role: "US secretary of state", party: .us),
        Speaker(names: ["Steve Witkoff", "Witkoff"], role: "US envoy", party: .us),
        Speaker(names: ["JD Vance", "Vance"], role: "US vice-president", party: .us),
        Speaker(names: ["Keith Kellogg", "Kellogg"], role: "US envoy", party: .us),
        Speaker(names: ["Emmanuel Macron", "Macron"], role: "French president", party: .europe),
        Speaker(names: ["Keir Starmer", "Starmer"], role: "British prime minister", party: .europe),
        Speaker(names: ["Friedrich Merz", "Merz"], role: "German chancellor", party: .europe),
        Speaker(names: ["Donald Tusk", "Tusk"], role: "Polish prime minister", party: .europe),
        Speaker(names: ["Ursula von der Leyen", "von der Leyen"], role: "European Commission president", party: .europe),
    ]

    static let outlets = ["Harbour Daily", "Steppe Wire", "The Meridian Post", "Danube Courier", "Northern Ledger",
                          "Baltic Observer", "Atlas News Service", "Capital Tribune", "Café Monde", "Evening Dispatch",
                          "Frontier Review", "The Lantern", "Global Signal", "Riverside Gazette", "Continental Report"]
    static let agencies = ["Interfax", "Reuters", "Xinhua", "AFP", "the Associated Press", "RIA Novosti", "Ukrinform"]
    static let places = ["Kyiv", "Kiev", "Moscow", "Istanbul", "Riyadh", "Geneva", "Washington", "Brussels", "Crimea",
                         "Donetsk", "Zaporizhzhia", "Kherson", "Odesa", "Kharkiv", "Minsk", "Ankara", "Paris", "London",
                         "Berlin", "Warsaw", "Rome", "Vatican", "Doha", "Abu Dhabi", "Alaska"]
    static let issuePhrases = ["a 30-day ceasefire", "an unconditional ceasefire", "an energy truce", "an Easter truce",
                               "direct talks", "direct negotiations", "recognition of Crimea", "territorial concessions",
                               "NATO membership", "neutrality", "security guarantees", "foreign peacekeeping troops",
                               "new sanctions", "lifting sanctions", "a halt to strikes on civilians",
                               "a moratorium on strikes on energy infrastructure", "reconstruction funding",
                               "using frozen Russian assets", "a minerals deal", "a prisoner exchange"]
    static let headlineVerbs = ["backs", "rejects", "weighs", "calls for", "rules out", "signals openness to", "demands"]
    static let headlineEnds = ["resume", "stall", "open", "drag on", "near a deadline", "break up"]
    static let weekdays = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
    static let monthNames = ["January", "February", "March", "April", "May", "June", "July", "August", "September",
                             "October", "November", "December"]
    static let givenNames = ["Anna", "Mark", "Olena", "Pavel", "Sarah", "James", "Irina", "Tomas", "Lucia", "Ahmet", "Mei", "David"]
    static let familyNames = ["Kowalski", "Fischer", "Ivanova", "Moreau", "Hughes", "Demir", "Rossi", "Novak", "Chen", "Barker"]
    static let syllables = ["ka", "lo", "ven", "tir", "mas", "pol", "der", "sun", "ri", "bel", "tov", "gra", "nis", "ul",
                            "pre", "dan", "mok", "sel", "vi", "ror", "cha", "lem", "fa", "qui", "zor", "het", "bu", "wen"]
    static let common = """
        the of and to in a that said on for was with as by it at from is his would be had has an not its have \
        talks peace war officials government minister president after but were which also we this they their \
        will been more than who about over one two could said new week meeting agreement deal proposal side \
        sides forces military troops front line border region regions city cities people civilians attack \
        attacks drone drones missile missiles energy infrastructure power plant grain ports sea black talks \
        delegation delegations envoy envoys summit leaders leader foreign ministers statement statements \
        spokesman spokeswoman reporters press conference interview television address video night nightly \
        support pressure position positions demand demands condition conditions plan plans framework text \
        draft terms weeks months days year years since before during while under between against without \
        further possible first last next other both each any all some many most such only even still just \
        however although because whether when where how what there then now here again already yet never \
        economic economy sanctions trade oil gas prices markets banks assets reserves funds aid support \
        weapons supplies ammunition air defence systems allies partners coalition countries nations state \
        states international global european american russian ukrainian western eastern southern northern \
        capital officials diplomats diplomatic sources source report reported reports according told added \
        noted stressed warned insisted suggested claimed denied confirmed announced expected hoped agreed \
        refused offered proposed accepted rejected called urged asked pledged promised vowed signed held
        """.split(whereSeparator: { $0 == " " || $0 == "\n" }).map(String.init)
}

extension String {
    var capitalizedFirst: String {
        guard let first else { return self }
        return first.uppercased() + dropFirst()
    }
}
