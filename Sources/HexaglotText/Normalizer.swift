import CICU

/// Unicode normalization through ICU.
public enum Normalizer {
    public enum Form: Int32, Sendable { case nfc = 0, nfd = 1, nfkc = 2, nfkd = 3, nfkcCasefold = 4 }

    /// The text in `form`. Stored text is always NFC.
    public static func normalize(_ text: String, _ form: Form = .nfc) -> String {
        if text.isEmpty { return text }
        if form == .nfc, text.unicodeScalars.allSatisfy({ $0.value < 0x300 }) { return text }
        return (try? ICU.utf16Result(text) { hx_normalize(form.rawValue, $0, $1, $2, $3, $4) }) ?? text
    }

    /// Full Unicode case folding (`Straße` → `strasse`).
    public static func foldCase(_ text: String) -> String {
        (try? ICU.utf16Result(text) { hx_fold_case($0, $1, $2, $3, $4) }) ?? text
    }
}
