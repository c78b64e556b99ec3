// Interim versions of the text services, replaced by the full HexaglotText when it lands.
import CICU
import HexaglotCore

public enum WordCounter {
    public static func tokens(in text: String, language: Language) -> [Substring] {
        text.split(whereSeparator: { $0.isWhitespace || $0.isPunctuation })
    }
    public static func count(_ text: String, language: Language) -> Int {
        tokens(in: text, language: language).count
    }
}

public enum MatchingKey {
    public static func make(_ text: String) -> String {
        Normalizer.normalize(text, .nfkcCasefold).split(whereSeparator: \.isWhitespace).joined(separator: " ")
    }
    public static func make(_ content: Content) -> String { make(content.plainText) }
}

public final class Collator: @unchecked Sendable {
    private let handle: OpaquePointer
    public init(language: Language) throws {
        var status: Int32 = 0
        guard let h = hx_collator_open(language.icuLocale, 2, 1, &status) else {
            throw TextError(.icu, "collator")
        }
        handle = h
    }
    public func compare(_ a: String, _ b: String) -> Int {
        let x = Array(a.utf16), y = Array(b.utf16)
        return Int(hx_collator_compare(handle, x, Int32(x.count), y, Int32(y.count)))
    }
    public static func shared(_ language: Language) -> Collator { try! Collator(language: language) }
}
