/// Something the user can ask for with a key. The keymap binds keys to commands; the
/// reducer carries them out.
public enum Command: String, CaseIterable, Hashable, Sendable {
    case moveDown, moveUp, moveLeft, moveRight
    case pageDown, pageUp, halfPageDown, halfPageUp, top, bottom
    case nextPane, previousPane, focusArticles, focusActors, focusMatrix, focusReader
    case open, back
    case search, nextHit, previousHit
    case sortArticles, toggleActorScope, toggleUncertain, compare, timeline
    case copy, openURL, export, zoom
    case windowEarlier, windowLater, windowWiden, windowNarrow, windowPrompt
    case help, nextTheme, quit
}
