/// A concept of a glossary with its terms in each language.
public struct GlossaryEntry: Hashable, Codable, Sendable {
    /// How a term may be used.
    public enum Usage: String, Codable, Sendable, CaseIterable {
        case preferred, admitted, deprecated
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

        public init(language: Language, text: String, usage: Usage = .preferred,
                    partOfSpeech: String? = nil, termType: String? = nil, note: String? = nil) {
            self.language = language
            self.text = text
            self.usage = usage
            self.partOfSpeech = partOfSpeech
            self.termType = termType
            self.note = note
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
