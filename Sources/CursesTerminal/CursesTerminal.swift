import CNcursesw
import ParleyTUI

/// The one place that talks to ncurses (skeleton; the browser work fills this target).
public enum CursesTerminal {}
