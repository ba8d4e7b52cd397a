/// Writes rows as RFC 4180 CSV: fields with commas, quotes or line breaks are quoted.
public enum CSVWriter {
    public static func render(header: [String], rows: [[String]]) -> String {
        var out = line(header)
        for row in rows { out += line(row) }
        return out
    }

    static func line(_ fields: [String]) -> String {
        fields.map(field).joined(separator: ",") + "\r\n"
    }

    /// A field, quoted when it must be; control characters other than line breaks and
    /// tabs are written out (`ControlCharacters`: CSV is read on terminals too).
    static func field(_ s: String) -> String {
        let s = ControlCharacters.visible(s, breaks: .keep)
        // On the bytes: a field may be a whole article's sentence of megabytes.
        if s.utf8.contains(where: { $0 == 0x2C || $0 == 0x22 || $0 == 0x0A || $0 == 0x0D }) {
            return "\"" + s.replacingOccurrences(of: "\"", with: "\"\"") + "\""
        }
        return s
    }
}
