/// Something the browser asks the program around it to do, outside the state: the reducer
/// never touches the terminal, the clipboard or the file system itself.
public enum Effect: Hashable, Sendable {
    /// Put text on the clipboard (OSC 52, which works over SSH and in tmux).
    case copy(String)
    /// Open a web address with `$BROWSER` (or `xdg-open`).
    case open(url: String)
    /// Write a file (an export); the program reports where, or why it could not.
    case write(path: String, contents: String)
}
