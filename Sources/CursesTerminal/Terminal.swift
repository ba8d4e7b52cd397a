import CNcursesw
import Foundation
import ParleyTUI

/// The one place that talks to ncurses: starts and stops the screen (always giving the
/// terminal back, on quit, error, Ctrl-C, SIGTERM or a crash), copies a Canvas to it, and
/// reads keys, resizes and mouse events.
public final class Terminal {
    /// Why the screen could not start.
    public struct StartError: Error, CustomStringConvertible {
        public var description: String
    }

    private var screen: OpaquePointer?
    private var pairs: [Int: Int16] = [:]
    private var nextPair: Int = 1
    private let maxPairs: Int
    private var mouseOn = false
    /// Colours available (0 when the terminal has none or NO_COLOR is set).
    public let colorCount: Int
    private let mapper: ColorMapper
    /// Notices to print after the screen is closed (e.g. an unknown TERM was replaced).
    public private(set) var notices: [String] = []
    private var stopped = false
    /// True when the locale cannot show UTF-8 (`LC_ALL=C`): every non-ASCII character is
    /// drawn as its ASCII look-alike (see `AsciiFallback`).
    public let asciiOnly: Bool

    /// Starts full-screen mode. `noColor` turns colour off (NO_COLOR); `mouse` turns on
    /// clicks and the wheel (Shift-drag still selects text in most terminals).
    public init(noColor: Bool, mouse: Bool) throws {
        setlocale(LC_ALL, "")
        if let codeset = parley_codeset().map({ String(cString: $0) }),
           !["UTF-8", "UTF8"].contains(codeset.uppercased()) {
            notices.append("the locale's character set is \(codeset), not UTF-8; drew ASCII only. Set LANG=C.UTF-8 (or similar) for the full picture")
            asciiOnly = true
        } else {
            asciiOnly = false
        }
        parley_install_signal_handlers()
        var scr = parley_newterm(nil)
        if scr == nil {
            let asked = ProcessInfo.processInfo.environment["TERM"] ?? "(unset)"
            for fallback in Terminal.fallbacks(for: asked) {
                scr = parley_newterm(fallback)
                if scr != nil {
                    notices.append(asked == "(unset)" || asked.isEmpty
                        ? "TERM is not set; drew as '\(fallback)'"
                        : "the terminal type '\(asked)' is unknown here; drew as '\(fallback)'")
                    break
                }
            }
        }
        guard let scr else {
            parley_uninstall_signal_handlers()
            throw StartError(description: "cannot open the terminal (TERM=\(ProcessInfo.processInfo.environment["TERM"] ?? "unset")); try TERM=xterm-256color")
        }
        set_term(scr)
        if parley_can_address_cursor() == 0 {
            // A terminal that cannot move the cursor (TERM=dumb, an editor's shell buffer)
            // cannot show a full screen: say so rather than print garbage.
            endwin()
            delscreen(scr)
            parley_uninstall_signal_handlers()
            let name = ProcessInfo.processInfo.environment["TERM"] ?? "unset"
            throw StartError(description: "the terminal '\(name)' cannot move the cursor, so the browser cannot run in it; use a full-screen terminal (e.g. TERM=xterm-256color) or the subcommands (parley articles, matrix, search)")
        }
        screen = scr
        parley_set_curses_active(1)
        if ProcessInfo.processInfo.environment["ESCDELAY"] == nil { set_escdelay(25) }
        cbreak()
        noecho()
        keypad(parley_stdscr(), true)
        curs_set(0)
        var count = 0
        if !noColor && has_colors() {
            start_color()
            use_default_colors()
            count = Int(parley_colors())
        }
        colorCount = count
        mapper = ColorMapper(colors: count)
        maxPairs = min(Int(parley_color_pairs()), 32767)
        if mouse {
            mousemask(parley_all_mouse_events(), nil)
            mouseinterval(0)
            mouseOn = true
        }
    }

    deinit { stop() }

    /// The terminal types to try, in order, when `asked` is not known here: one that
    /// claims 16 or 8 colours falls back to 8-colour xterm (never sent 256-colour codes);
    /// anything else to xterm-256color first.
    public static func fallbacks(for asked: String) -> [String] {
        let name = asked.lowercased()
        if name.contains("16color") || name.contains("8color") || name.hasPrefix("ansi") {
            return ["xterm", "vt100"]
        }
        return ["xterm-256color", "xterm", "vt100"]
    }

    /// Gives the terminal back: normal screen, echo, cursor. Safe to call twice.
    public func stop() {
        guard !stopped else { return }
        stopped = true
        if mouseOn { mousemask(0, nil) }
        if parley_has_alternate_screen() == 0 {
            // No alternate screen (TERM=linux): wipe the browser so the shell starts clean.
            wclear(parley_stdscr())
            wrefresh(parley_stdscr())
        }
        curs_set(1)
        endwin()
        parley_set_curses_active(0)
        parley_uninstall_signal_handlers()
        if let screen { delscreen(screen) }
        screen = nil
    }

    /// Puts text on the clipboard with OSC 52 (terminals, tmux and SSH pass it on; a
    /// terminal without it ignores the sequence). Sent after the screen is drawn.
    public func copyToClipboard(_ text: String) {
        let sequence = "\u{1B}]52;c;" + Data(text.utf8).base64EncodedString() + "\u{07}"
        var bytes = Array(sequence.utf8)
        _ = bytes.withUnsafeMutableBytes { write(1, $0.baseAddress, $0.count) }
    }

    /// The screen's size now.
    public var size: Size {
        Size(width: Int(getmaxx(parley_stdscr())), height: Int(getmaxy(parley_stdscr())))
    }

    /// Copies a canvas to the screen; ncurses sends only what changed.
    public func draw(_ canvas: Canvas) {
        let h = min(canvas.height, Int(getmaxy(parley_stdscr())))
        let w = min(canvas.width, Int(getmaxx(parley_stdscr())))
        for y in 0..<h {
            var x = 0
            while x < w {
                let style = canvas[x, y].style
                let start = x
                if !canvas[x, y].text.utf8.allSatisfy({ $0 < 0x80 }) {
                    // One non-ASCII grapheme at a time, each at its own column, so a
                    // terminal that disagrees about a width cannot shift the rest of the row.
                    let text = canvas[x, y].text
                    x += 1
                    apply(style)
                    if asciiOnly {
                        var width = 1
                        while x < w, canvas[x, y].isContinuation { width += 1; x += 1 }
                        wmove(parley_stdscr(), Int32(y), Int32(start))
                        waddnstr(parley_stdscr(), AsciiFallback.replacement(for: text, width: width), -1)
                        continue
                    }
                    if x < w, canvas[x, y].isContinuation {
                        wmove(parley_stdscr(), Int32(y), Int32(x))
                        waddnstr(parley_stdscr(), " ", -1)
                        x += 1
                    }
                    wmove(parley_stdscr(), Int32(y), Int32(start))
                    waddnstr(parley_stdscr(), text, -1)
                    continue
                }
                var run = ""
                while x < w, canvas[x, y].style == style, canvas[x, y].text.utf8.allSatisfy({ $0 < 0x80 }),
                      !canvas[x, y].isContinuation {
                    run += canvas[x, y].text
                    x += 1
                }
                if x == start { run = " "; x += 1 }  // a stray continuation cell
                apply(style)
                wmove(parley_stdscr(), Int32(y), Int32(start))
                waddnstr(parley_stdscr(), run, -1)
            }
        }
        parley_set_pair(parley_a_normal(), 0)
        if let c = canvas.cursor, c.x < w, c.y < h {
            wmove(parley_stdscr(), Int32(c.y), Int32(c.x))
            curs_set(canvas.cursorVisible ? 1 : 0)
        } else {
            curs_set(0)
        }
        wrefresh(parley_stdscr())
    }

    private func apply(_ style: Style) {
        var attrs = parley_a_normal()
        let m = style.modifiers
        if m.contains(.bold) { attrs |= parley_a_bold() }
        if m.contains(.dim) { attrs |= parley_a_dim() }
        if m.contains(.italic) { attrs |= parley_a_italic() }
        if m.contains(.underline) { attrs |= parley_a_underline() }
        if m.contains(.reverse) { attrs |= parley_a_reverse() }
        parley_set_pair(attrs, Int32(pair(fg: style.fg, bg: style.bg)))
    }

    /// A colour pair for (fg, bg), allocated the first time it is needed.
    private func pair(fg: Color, bg: Color) -> Int16 {
        guard colorCount > 0 else { return 0 }
        let f = mapper.index(fg), b = mapper.index(bg)
        if f == -1 && b == -1 { return 0 }
        let key = (f + 1) * 1024 + (b + 1)
        if let p = pairs[key] { return p }
        guard nextPair < maxPairs else { return 0 }
        let p = Int16(nextPair)
        nextPair += 1
        init_pair(p, Int16(f), Int16(b))
        pairs[key] = p
        return p
    }

    /// Waits up to `timeout` milliseconds (-1: for ever) for a key, resize or mouse event.
    public func nextEvent(timeout: Int) -> TerminalEvent {
        wtimeout(parley_stdscr(), Int32(timeout))
        var ch: wint_t = 0
        let r = wget_wch(parley_stdscr(), &ch)
        if r == ERR { return .none }
        if r == parley_key_code_yes() {
            let code = Int32(ch)
            switch code {
            case KEY_RESIZE: return .resize(size)
            case KEY_MOUSE: return mouseEvent()
            default: return KeyDecoder.special(code).map { .key($0) } ?? .none
            }
        }
        return KeyDecoder.character(UInt32(ch)).map { .key($0) } ?? .none
    }

    private func mouseEvent() -> TerminalEvent {
        var event = MEVENT()
        guard getmouse(&event) == OK else { return .none }
        let state = event.bstate
        let kind: MouseEvent.Kind
        if state & parley_button4_pressed() != 0 { kind = .wheelUp }
        else if parley_button5_pressed() != 0 && state & parley_button5_pressed() != 0 { kind = .wheelDown }
        else if state & parley_button1_double_clicked() != 0 { kind = .doubleClick }
        else if state & parley_button1_pressed() != 0 { kind = .click }
        else { return .none }
        return .mouse(MouseEvent(x: Int(event.x), y: Int(event.y), kind: kind))
    }
}
