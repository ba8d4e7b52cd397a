/// The browser's reduce+render time per keypress, once ParleyTUI offers a benchmark hook;
/// until then the runner says it was not measured.
enum KeypressProbe {
    static func describe() -> String? {
        nil
    }
}
