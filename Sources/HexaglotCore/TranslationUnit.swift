import struct Foundation.Date

/// A multilingual memory unit: the same text in up to six languages.
///
/// Any variant can serve as the source of a lookup and any other as its target, so a
/// French-to-Russian match can come from a unit first made from English. Variants in
/// languages outside the six (a TMX file may carry German or Portuguese) are kept in
/// ``foreignVariants`` so that an export gives them back.
public struct TranslationUnit: Hashable, Codable, Sendable {
    /// One language's text in a unit, with what TMX records about it.
    public struct Variant: Hashable, Codable, Sendable {
        public var language: LanguageTag
        public var content: Content
        /// Who wrote it (TMX `creationid`).
        public var author: String?
        public var created: Date?
        /// Who changed it last (TMX `changeid`) and when.
        public var changedBy: String?
        public var changed: Date?
        /// The text of the segment before and after this one in its document, in the same
        /// language, when known: what makes an exact match an in-context (101%) match.
        public var previous: String?
        public var next: String?
        public var properties: [UnitProperty]
        public var notes: [String]
        /// Other attributes of the TMX `tuv`, kept as they came (`usagecount`, `o-encoding`…).
        public var attributes: [String: String]

        public init(language: LanguageTag, content: Content, author: String? = nil, created: Date? = nil,
                    changedBy: String? = nil, changed: Date? = nil, previous: String? = nil, next: String? = nil,
                    properties: [UnitProperty] = [], notes: [String] = [], attributes: [String: String] = [:]) {
            self.language = language
            self.content = content
            self.author = author
            self.created = created
            self.changedBy = changedBy
            self.changed = changed
            self.previous = previous
            self.next = next
            self.properties = properties
            self.notes = notes
            self.attributes = attributes
        }
    }

    /// A variant whose language is not one of the six, kept but never matched.
    public struct ForeignVariant: Hashable, Codable, Sendable {
        /// The tag as the file gave it (`de-DE`, `pt-BR`).
        public var tag: String
        public var content: Content
        public var properties: [UnitProperty]
        public var notes: [String]
        public var attributes: [String: String]

        public init(tag: String, content: Content, properties: [UnitProperty] = [], notes: [String] = [],
                    attributes: [String: String] = [:]) {
            self.tag = tag
            self.content = content
            self.properties = properties
            self.notes = notes
            self.attributes = attributes
        }
    }

    /// The unit's identifier in the file it came from (TMX `tuid`).
    public var id: String?
    public var variants: [Variant]
    public var foreignVariants: [ForeignVariant]
    /// Where the unit came from: a document reference and segment, a TMX file, an alignment.
    public var origin: String?
    public var author: String?
    public var created: Date?
    public var changedBy: String?
    public var changed: Date?
    /// TMX `prop` elements of the `tu`, in order (a type may repeat).
    public var properties: [UnitProperty]
    /// TMX `note` elements of the `tu`, in order.
    public var notes: [String]
    /// Other attributes of the TMX `tu`, kept as they came.
    public var attributes: [String: String]

    public init(id: String? = nil, variants: [Variant], foreignVariants: [ForeignVariant] = [],
                origin: String? = nil, author: String? = nil, created: Date? = nil,
                changedBy: String? = nil, changed: Date? = nil,
                properties: [UnitProperty] = [], notes: [String] = [], attributes: [String: String] = [:]) {
        self.id = id
        self.variants = variants
        self.foreignVariants = foreignVariants
        self.origin = origin
        self.author = author
        self.created = created
        self.changedBy = changedBy
        self.changed = changed
        self.properties = properties
        self.notes = notes
        self.attributes = attributes
    }

    /// The first variant in `language`, if the unit has one.
    public func variant(_ language: Language) -> Variant? {
        variants.first { $0.language.language == language }
    }

    /// The languages of the unit's variants, each once, in the order they come.
    public var languages: [Language] {
        var seen: [Language] = []
        for v in variants where !seen.contains(v.language.language) { seen.append(v.language.language) }
        return seen
    }
}

/// A typed value attached to a memory unit or variant, as TMX `prop` carries it.
public struct UnitProperty: Hashable, Codable, Sendable {
    public var type: String
    public var value: String
    /// The `xml:lang` of the property, when the file gave one.
    public var language: String?

    public init(type: String, value: String, language: String? = nil) {
        self.type = type
        self.value = value
        self.language = language
    }
}
