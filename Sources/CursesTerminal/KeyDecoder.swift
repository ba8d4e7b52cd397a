import CNcursesw
import ParleyTUI

/// Turns what `get_wch` returns into keys: function-key codes and characters.
public enum KeyDecoder {
    /// A function-key code (`KEY_UP`...).
    public static func special(_ code: Int32) -> Key? {
        switch code {
        case KEY_UP: return .up
        case KEY_DOWN: return .down
        case KEY_LEFT: return .left
        case KEY_RIGHT: return .right
        case KEY_NPAGE: return .pageDown
        case KEY_PPAGE: return .pageUp
        case KEY_HOME: return .home
        case KEY_END: return .end
        case KEY_ENTER: return .enter
        case KEY_BACKSPACE: return .backspace
        case KEY_DC: return .delete
        case KEY_BTAB: return .backTab
        default:
            if code > KEY_F0 && code <= KEY_F0 + 12 { return .function(Int(code - KEY_F0)) }
            return nil
        }
    }

    /// A character code: control characters become Enter, Tab, Esc, Backspace or Ctrl-x.
    public static func character(_ c: UInt32) -> Key? {
        switch c {
        case 9: return .tab
        case 10, 13: return .enter
        case 27: return .escape
        case 8, 127: return .backspace
        case 1...26:
            return .ctrl(Character(Unicode.Scalar(c + 96)!))
        default:
            guard c >= 32, let scalar = Unicode.Scalar(c) else { return nil }
            return .char(Character(scalar))
        }
    }
}
