import ParleyTUI

/// What reading the terminal gave: a key, a new size, a mouse event, or nothing in time.
public enum TerminalEvent: Sendable {
    case key(Key)
    case resize(Size)
    case mouse(MouseEvent)
    case none
}
