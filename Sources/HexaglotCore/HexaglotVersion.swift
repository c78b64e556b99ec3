/// This Hexaglot's version: shown by `--version` and recorded in every workspace it writes.
public enum HexaglotVersion {
    public static let current = "0.1.0"

    /// Whether version `a` is older than `b`, comparing dotted numbers (`0.9.1` < `0.10.0`).
    public static func isOlder(_ a: String, than b: String) -> Bool {
        let x = a.split(separator: ".").map { Int($0) ?? 0 }, y = b.split(separator: ".").map { Int($0) ?? 0 }
        for i in 0..<max(x.count, y.count) {
            let l = i < x.count ? x[i] : 0, r = i < y.count ? y[i] : 0
            if l != r { return l < r }
        }
        return false
    }
}
