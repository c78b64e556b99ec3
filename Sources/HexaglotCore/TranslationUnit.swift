/// A multilingual memory unit: the same text in up to six languages.
///
/// Any variant can serve as the source of a lookup and any other as its target.
public struct TranslationUnit: Hashable, Codable, Sendable {
    /// One language's text in a unit.
    public struct Variant: Hashable, Codable, Sendable {
        public var language: LanguageTag
        public var content: Content

        public init(language: LanguageTag, content: Content) {
            self.language = language
            self.content = content
        }
    }

    public var variants: [Variant]
    /// Where the unit came from (a document reference, a TMX file).
    public var origin: String?
    /// TMX `prop` values and notes, kept as they came.
    public var properties: [String: String]

    public init(variants: [Variant], origin: String? = nil, properties: [String: String] = [:]) {
        self.variants = variants
        self.origin = origin
        self.properties = properties
    }

    /// The first variant in `language`, if the unit has one.
    public func variant(_ language: Language) -> Variant? {
        variants.first { $0.language.language == language }
    }
}
