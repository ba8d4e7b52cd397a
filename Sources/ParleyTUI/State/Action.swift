import ParleyCore

/// Something that happened, named after what happened. `reduce` turns each into a state
/// change; side effects (loading) come back as actions.
public enum Action: Sendable {
    case keyPressed(Key)
    case resized(Size)
    case mouse(MouseEvent)
    case corpusProgress(LoadProgress)
    /// The articles loaded so far, to browse while the rest load (ignored once loaded).
    case corpusPreview(BrowserData)
    case corpusLoaded(BrowserData)
    case corpusFailed(String)
    case searchQueryChanged(String)
    /// Warnings to show once on the status line (bad theme entries, skipped files).
    case noticed(String)
}
