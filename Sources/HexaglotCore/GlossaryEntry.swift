/// A concept of a glossary with its terms in each language.
public struct GlossaryEntry: Hashable, Codable, Sendable {
    /// How a term may be used.
    public enum Usage: String, Codable, Sendable, CaseIterable {
        case preferred, admitted, deprecated
    }

    /// How a term is looked for in text, beyond the default rules of recognition (which
    /// find a term through case, inflection and a parenthesised acronym set into it), and how
    /// a missing rendering is reported. Written in TBX as `termNote type="x-matching"` and in
    /// CSV as the `matching` column: the flags' names separated by spaces (or commas).
    public struct Matching: OptionSet, Hashable, Codable, Sendable {
        public let rawValue: Int
        public init(rawValue: Int) { self.rawValue = rawValue }

        /// Letters must have the case written in the term (`Growth`, the goal, is not `growth`).
        public static let caseSensitive = Matching(rawValue: 1)
        /// The term's words exactly, in order, not inflected and with nothing set between them.
        public static let wholePhrase = Matching(rawValue: 2)
        /// Found, the concept's rendering is only suggested: a missing one is a hint, not an
        /// error (for ordinary words that a translation may render freely, like `growth`).
        public static let suggestOnly = Matching(rawValue: 4)

        /// The flags and their names, in the order they are written.
        public static let names: [(Matching, String)] = [(.caseSensitive, "caseSensitive"), (.wholePhrase, "wholePhrase"), (.suggestOnly, "suggestOnly")]

        /// The names of the flags set, separated by a space; empty for none.
        public var text: String { Self.names.filter { contains($0.0) }.map(\.1).joined(separator: " ") }

        /// Reads names separated by spaces or commas (case does not matter); nil, with the
        /// unknown name, when one is not a flag.
        public static func parse(_ text: String) -> Result<Matching, UnknownName> {
            var result: Matching = []
            for word in text.split(whereSeparator: { $0 == " " || $0 == "," || $0 == "\t" || $0 == "\n" }) {
                guard let flag = names.first(where: { $0.1.lowercased() == word.lowercased() }) else {
                    return .failure(UnknownName(name: String(word)))
                }
                result.insert(flag.0)
            }
            return .success(result)
        }

        /// A name that is not one of ``names``.
        public struct UnknownName: Error, Hashable, Sendable {
            public var name: String
            public var message: String { "unknown matching flag \"\(name)\": expected \(Matching.names.map(\.1).joined(separator: ", "))" }
        }

        public init(from decoder: Decoder) throws {
            let text = try decoder.singleValueContainer().decode(String.self)
            switch Self.parse(text) {
            case .success(let m): self = m
            case .failure(let e): throw DecodingError.dataCorrupted(.init(codingPath: decoder.codingPath, debugDescription: e.message))
            }
        }

        public func encode(to encoder: Encoder) throws {
            var c = encoder.singleValueContainer()
            try c.encode(text)
        }
    }

    /// One term of a concept in one language.
    public struct Term: Hashable, Codable, Sendable {
        public var language: Language
        public var text: String
        public var usage: Usage
        public var partOfSpeech: String?
        /// TBX term type: `fullForm`, `abbreviation`, `acronym`, `shortForm`… Abbreviations match exactly.
        public var termType: String?
        public var note: String?
        /// How the term is matched (none of the flags: the default rules).
        public var matching: Matching

        public init(language: Language, text: String, usage: Usage = .preferred,
                    partOfSpeech: String? = nil, termType: String? = nil, note: String? = nil,
                    matching: Matching = []) {
            self.language = language
            self.text = text
            self.usage = usage
            self.partOfSpeech = partOfSpeech
            self.termType = termType
            self.note = note
            self.matching = matching
        }

        enum CodingKeys: String, CodingKey { case language, text, usage, partOfSpeech, termType, note, matching }

        public init(from decoder: Decoder) throws {
            let c = try decoder.container(keyedBy: CodingKeys.self)
            self.init(language: try c.decode(Language.self, forKey: .language), text: try c.decode(String.self, forKey: .text),
                      usage: try c.decode(Usage.self, forKey: .usage),
                      partOfSpeech: try c.decodeIfPresent(String.self, forKey: .partOfSpeech),
                      termType: try c.decodeIfPresent(String.self, forKey: .termType),
                      note: try c.decodeIfPresent(String.self, forKey: .note),
                      matching: try c.decodeIfPresent(Matching.self, forKey: .matching) ?? [])
        }

        /// True for abbreviations, acronyms and initialisms, which match as written.
        public var isAbbreviation: Bool {
            ["abbreviation", "acronym", "initialism", "shortform"].contains(termType?.lowercased() ?? "")
        }
    }

    /// The concept's identifier in its glossary file.
    public var id: String
    public var definition: String?
    /// The subject field, as TBX's `descrip type="subjectField"` gives it.
    public var subjectField: String?
    public var terms: [Term]

    public init(id: String, definition: String? = nil, subjectField: String? = nil, terms: [Term]) {
        self.id = id
        self.definition = definition
        self.subjectField = subjectField
        self.terms = terms
    }

    /// The terms in one language, preferred first.
    public func terms(in language: Language) -> [Term] {
        terms.filter { $0.language == language }
            .sorted { Usage.allCases.firstIndex(of: $0.usage)! < Usage.allCases.firstIndex(of: $1.usage)! }
    }
}
