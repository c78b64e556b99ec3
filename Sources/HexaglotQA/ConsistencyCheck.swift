import HexaglotCore
import HexaglotText

/// Translations that differ where they should agree, across every document of the workspace:
/// the same source segment translated in different ways, and the same glossary term of the
/// source rendered with different approved terms of its concept. A source that itself uses two
/// terms of a concept (`campagne ICT4SDG` and `campagne sur les TIC au service des ODD`) may
/// have each rendered by its own counterpart: only renderings of one source term are compared.
/// Forms of one rendering are one rendering: "telecommunication/ICT sector" and "leverage
/// telecommunications/ICTs" use the same approved term, in the form the sentence needs.
public struct ConsistencyCheck {
    public static let id = "consistency"
    public static let severity = QASeverity.warning
    public static let summary = "The same source segment, or the same source term, is translated the same way everywhere"

    /// One way of translating something, and where it was done so.
    public struct Variant: Hashable, Codable, Sendable {
        public var text: String
        /// `CL-19/73 [5]`, one per segment.
        public var places: [String]
    }

    /// Something translated in more than one way.
    public struct Finding: Hashable, Codable, Sendable {
        /// `segment` or `term`.
        public var kind: String
        public var sourceLanguage: Language
        public var targetLanguage: Language
        /// The source text, or the concept's source term.
        public var source: String
        public var concept: String?
        public var variants: [Variant]
        public var severity: QASeverity
    }

    /// A translated segment as the check sees it.
    public struct Item: Sendable {
        public var place: String
        public var pair: QAPair

        public init(place: String, pair: QAPair) {
            self.place = place
            self.pair = pair
        }
    }

    public init() {}

    /// Abbreviations, acronyms and short forms, and terms written in capitals (SDGs, ODD, ЦУР).
    static func isShort(_ term: GlossaryEntry.Term) -> Bool {
        if term.isAbbreviation { return true }
        let letters = term.text.filter(\.isLetter)
        return !letters.isEmpty && letters.count <= 6 && letters.allSatisfy { $0.isUppercase || !$0.isCased }
            && !term.text.contains(" ")
    }

    public func check(_ items: [Item], glossary: GlossaryCheck?) -> [Finding] {
        var findings: [Finding] = []
        // Same source segment, different translations.
        var bySource: [String: (source: String, sl: Language, tl: Language, variants: [String: [String]])] = [:]
        for item in items {
            let key = "\(item.pair.sourceLanguage.rawValue)>\(item.pair.targetLanguage.rawValue):" + MatchingKey.make(item.pair.source.plainText)
            var entry = bySource[key] ?? (item.pair.source.plainText, item.pair.sourceLanguage, item.pair.targetLanguage, [:])
            entry.variants[item.pair.target.plainText, default: []].append(item.place)
            bySource[key] = entry
        }
        for (_, e) in bySource.sorted(by: { $0.key < $1.key }) {
            let distinct = Dictionary(grouping: e.variants.keys, by: { MatchingKey.make($0) })
            if distinct.count > 1 {
                findings.append(Finding(kind: "segment", sourceLanguage: e.sl, targetLanguage: e.tl, source: e.source, concept: nil,
                                        variants: e.variants.map { Variant(text: $0.key, places: $0.value.sorted()) }.sorted { $0.text < $1.text },
                                        severity: .warning))
            }
        }
        // Same concept in the source, different approved renderings in the target.
        guard let glossary else { return findings }
        var byConcept: [String: (source: String, sl: Language, tl: Language, variants: [String: [String]])] = [:]
        for item in items {
            let sourceHits = glossary.hits(in: item.pair.source.plainText, language: item.pair.sourceLanguage)
            guard !sourceHits.isEmpty else { continue }
            let targetHits = glossary.hits(in: item.pair.target.plainText, language: item.pair.targetLanguage)
            for hit in sourceHits {
                // An abbreviation is compared with abbreviations, a full form with full forms:
                // "SDGs" for "ODD" and "Sustainable Development Goals" for the full French name
                // are both right.
                guard let used = targetHits.first(where: {
                    $0.conceptID == hit.conceptID && $0.term.usage != .deprecated
                        && Self.isShort($0.term) == Self.isShort(hit.term)
                }) else { continue }
                let key = "\(item.pair.sourceLanguage.rawValue)>\(item.pair.targetLanguage.rawValue):\(MatchingKey.make(hit.term.text))\u{1}\(hit.conceptID):\(Self.isShort(hit.term))"
                var entry = byConcept[key] ?? (hit.term.text, item.pair.sourceLanguage, item.pair.targetLanguage, [:])
                entry.variants[used.term.text, default: []].append(item.place)
                byConcept[key] = entry
            }
        }
        for (key, e) in byConcept.sorted(by: { $0.key < $1.key })
        where Set(e.variants.keys.map { Self.formKey($0, e.tl) }).count > 1 {
            findings.append(Finding(kind: "term", sourceLanguage: e.sl, targetLanguage: e.tl, source: e.source,
                                    concept: key.split(separator: "\u{1}").last.map { $0.split(separator: ":").dropLast().joined(separator: ":") },
                                    variants: e.variants.map { Variant(text: $0.key, places: Array(Set($0.value)).sorted()) }.sorted { $0.text < $1.text },
                                    severity: .warning))
        }
        return findings
    }

    /// A rendering's words, each folded and stemmed: equal for the forms of one term.
    static func formKey(_ text: String, _ language: Language) -> String {
        text.split { !$0.isLetter && !$0.isNumber }
            .map { Stemmer.stem(MatchingKey.make(String($0)), language: language) }
            .joined(separator: " ")
    }
}
