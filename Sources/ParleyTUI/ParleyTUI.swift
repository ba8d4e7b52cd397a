import ParleyCore

/// The browser's front end (skeleton; the browser work fills this target).
public enum ParleyTUI {}
