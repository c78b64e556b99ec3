import HexaglotCore
import HexaglotStore
import HexaglotText

/// The glossary terms of a source segment with their approved renderings in a target language,
/// as `show` and `review` print them beside the segment.
public struct GlossaryHints: Sendable {
    public struct Hint: Codable, Hashable, Sendable {
        public var concept: String
        /// The source words where the term was found.
        public var source: String
        /// The target language's preferred and admitted terms, preferred first.
        public var approved: [String]
        /// True when the source itself uses a deprecated term.
        public var deprecatedInSource: Bool
    }

    private let entries: [String: GlossaryEntry]
    private let recognizer: TermRecognizer?

    /// The hints of the workspace's glossaries as stored now.
    public init(_ workspace: Workspace) throws {
        self.init(entries: try workspace.glossaryEntries())
    }

    /// The hints of `list` (a server keeps one, rebuilt when the glossaries change).
    public init(entries list: [GlossaryEntry]) {
        entries = Dictionary(list.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
        recognizer = list.isEmpty ? nil : TermRecognizer(entries: list)
    }

    public func hints(for content: Content, source: Language, target: Language?) -> [Hint] {
        guard let recognizer, let target, target != source else { return [] }
        var seen = Set<String>()
        return recognizer.find(in: content.plainText, language: source).compactMap { hit in
            guard seen.insert(hit.conceptID).inserted, let entry = entries[hit.conceptID] else { return nil }
            return Hint(concept: hit.conceptID, source: hit.matched,
                        approved: entry.terms(in: target).filter { $0.usage != .deprecated }.map(\.text),
                        deprecatedInSource: hit.term.usage == .deprecated)
        }
    }
}
