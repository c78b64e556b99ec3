/// A value the user gave, as an error message shows it: one line, cut to a few dozen characters,
/// so that a 2 MB element name or a pasted paragraph cannot flood the terminal.
public enum Quote {
    /// `'value'`, cut as `clipped` cuts it.
    public static func user<S: StringProtocol>(_ value: S, limit: Int = 40) -> String {
        "'" + clipped(value, limit: limit) + "'"
    }

    /// `value` on one line, cut to `limit` characters with "…" and its full length when longer.
    public static func clipped<S: StringProtocol>(_ value: S, limit: Int = 40) -> String {
        let flat = String(value.map { $0.isNewline ? " " : $0 })
        guard flat.count > limit else { return flat }
        return String(flat.prefix(limit)) + "…(\(flat.count) characters)"
    }

    /// A whole message with every run of more than `longest` characters without a space cut
    /// as `clipped` cuts a value: the last guard for values no message quoted with care.
    public static func clippingLongWords(_ message: String, longest: Int = 200) -> String {
        guard message.utf8.count > longest else { return message }
        var out = "", word = ""
        func flush() { out += word.count > longest ? clipped(word, limit: 80) : word; word = "" }
        for ch in message {
            if ch.isWhitespace { flush(); out.append(ch) } else { word.append(ch) }
        }
        flush()
        return out
    }
}
