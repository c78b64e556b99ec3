/// A BCP 47 language tag mapped onto one of the six languages.
///
/// Regional and script forms are accepted and kept (`fr-CH`, `zh-Hans`, `zh-CN`,
/// `es-419`, `ar-EG`) while `language` gives the official language they belong to.
/// ISO 639-2/3 codes of the six (`fra`, `fre`, `zho`, `chi`, `cmn`, `ara`, `arb`,
/// `eng`, `rus`, `spa`) are accepted too. Underscores (`fr_FR`, as POSIX locales
/// and some TMX files write them) are read as hyphens. Anything else is an
/// ``CoreError/Code/unknownLanguage`` error.
public struct LanguageTag: Hashable, Codable, Sendable, CustomStringConvertible {
    /// The official language the tag maps to.
    public let language: Language
    /// The tag as normalised BCP 47 (`fr-CH`, `zh-Hans-CN`, `es-419`).
    public let tag: String

    public init(_ language: Language) {
        self.language = language
        self.tag = language.rawValue
    }

    /// Parses a tag such as `fr`, `fr-CH`, `zh-Hans`, `es-419`, `FR_fr`.
    public init(parsing text: String) throws {
        let trimmed = text.trimmingWhitespace()
        let parts = trimmed.split(separator: "-", omittingEmptySubsequences: false)
            .flatMap { $0.split(separator: "_", omittingEmptySubsequences: false) }
            .map(String.init)
        guard let first = parts.first, !first.isEmpty else {
            throw CoreError(.unknownLanguage, "empty language tag")
        }
        guard let language = LanguageTag.primary[first.lowercased()] else {
            throw CoreError(.unknownLanguage,
                            "unknown language \(Quote.user(trimmed)): expected one of ar, zh, en, fr, ru, es (regional forms such as fr-CH, zh-Hans, es-419 are accepted)")
        }
        var normalized = [language.rawValue]
        for part in parts.dropFirst() {
            guard !part.isEmpty, part.count <= 8, part.allSatisfy({ $0.isASCII && ($0.isLetter || $0.isNumber) }) else {
                throw CoreError(.unknownLanguage, "malformed language tag \(Quote.user(trimmed))")
            }
            if part.count == 4, part.allSatisfy(\.isLetter) {
                normalized.append(part.prefix(1).uppercased() + part.dropFirst().lowercased())
            } else if part.count == 2, part.allSatisfy(\.isLetter) {
                normalized.append(part.uppercased())
            } else {
                normalized.append(part.lowercased())
            }
        }
        self.language = language
        self.tag = normalized.joined(separator: "-")
    }

    public var description: String { tag }

    private static let primary: [String: Language] = [
        "ar": .ar, "ara": .ar, "arb": .ar,
        "zh": .zh, "zho": .zh, "chi": .zh, "cmn": .zh,
        "en": .en, "eng": .en,
        "fr": .fr, "fra": .fr, "fre": .fr,
        "ru": .ru, "rus": .ru,
        "es": .es, "spa": .es,
    ]
}

extension Language {
    /// The language of a BCP 47 tag (`fr-CH` gives ``fr``); throws for anything outside the six.
    public init(tag: String) throws {
        self = try LanguageTag(parsing: tag).language
    }
}

extension String {
    func trimmingWhitespace() -> String {
        var s = Substring(self)
        while let c = s.first, c.isWhitespace { s.removeFirst() }
        while let c = s.last, c.isWhitespace { s.removeLast() }
        return String(s)
    }
}
