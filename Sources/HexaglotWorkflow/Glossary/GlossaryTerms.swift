import HexaglotCore
import HexaglotStore
import HexaglotText

/// The workspace's glossary terms as people look for them: one language's terms in its
/// alphabetical order, or the concepts whose terms contain some text.
public enum GlossaryTerms {
    /// One term with its concept (`glossary list --json` prints these keys).
    public struct Row: Codable, Hashable, Sendable {
        public var term: String, usage: String, partOfSpeech: String?, termType: String?, note: String?, concept: String
        /// The concept's preferred term in each other language.
        public var translations: [String: String]
    }

    /// The terms of `language` in its collation order (ICU), deprecated ones only when asked.
    public static func list(_ workspace: Workspace, language: Language, includingDeprecated: Bool = false) throws -> [Row] {
        let collator = Collator.shared(language)
        var rows: [Row] = []
        for entry in try workspace.glossaryEntries() {
            let translations = Dictionary(uniqueKeysWithValues: Language.allCases.filter { $0 != language }.compactMap { l in
                entry.terms(in: l).first { $0.usage != .deprecated }.map { (l.rawValue, $0.text) }
            })
            for term in entry.terms(in: language) where includingDeprecated || term.usage != .deprecated {
                rows.append(Row(term: term.text, usage: term.usage.rawValue, partOfSpeech: term.partOfSpeech, termType: term.termType,
                                note: term.note, concept: entry.id, translations: translations))
            }
        }
        rows.sort { let c = collator.compare($0.term, $1.term); return c != 0 ? c < 0 : $0.concept < $1.concept }
        return rows
    }

    /// The concepts with a term (of `language`, or any) containing `text`; case, width, quote
    /// forms and Arabic marks do not matter.
    public static func find(_ workspace: Workspace, text: String, language: Language? = nil) throws -> [GlossaryEntry] {
        let key = MatchingKey.make(text)
        return try workspace.glossaryEntries().filter { entry in
            entry.terms.contains { (language == nil || $0.language == language) && MatchingKey.make($0.text).contains(key) }
        }
    }
}
