import HexaglotCore
import HexaglotMemory
import HexaglotStore

/// A document's segments with their translation and status in one language, as a translator
/// sees them: the version to save against, the memory match a draft came from, the source
/// change that outdated a translation (with a suggestion adapting its numbers and dates), and
/// the glossary terms of the source with their approved renderings.
public struct SegmentListing: Sendable {
    /// One segment (`show --json` prints these keys).
    public struct Row: Codable, Hashable, Sendable {
        public var number: Int
        public var line: Int
        public var block: Int
        public var blockKind: String
        public var words: Int
        public var source: String
        public var sourceContent: Content
        public var language: String?
        public var status: String?
        public var target: String?
        public var targetContent: Content?
        public var author: String?
        /// For a draft filled in by `pretranslate`: the memory match's score and origin.
        public var matchScore: Int?
        public var matchOrigin: String?
        /// The translation's version: pass it to `translate --if-version` (``TranslationEdit/expectedVersion``)
        /// so that a change made meanwhile by someone else is not overwritten.
        public var version: Int?
        /// For a segment a revision changed: that revision and the source before it.
        public var changedInRevision: Int?
        public var sourceBefore: String?
        /// For an outdated translation: the stored text with the source's changed numbers,
        /// dates and references put in, when any changed.
        public var suggestion: String?
        /// Glossary terms of the source, with their approved renderings in the target language.
        public var terms: [GlossaryHints.Hint]?
    }

    public let document: Document
    public let sourceLanguage: Language
    /// The target language, nil (or the source language) for the source alone.
    public let target: Language?
    public let revision: Int
    public let rows: [Row]

    /// The segments of `reference` in `target`, only those with `status` there (when given)
    /// and in `segments` (when given; a number the document does not have is an error).
    public init(_ workspace: Workspace, reference: String, target: Language?, status: TranslationStatus? = nil,
                segments wanted: Set<Int>? = nil) throws {
        document = try workspace.document(reference)
        let source = document.metadata.sourceLanguage.language
        sourceLanguage = source
        self.target = target
        let views = try workspace.segments(of: document.metadata.reference, language: target ?? source)
        let numbers = Set(views.map(\.segment.number))
        if let wanted, let missing = wanted.sorted().first(where: { !numbers.contains($0) }) {
            let title = numbers.contains(0) ? "0 (the title) and " : ""
            throw WorkflowError(.notFound, "\(document.metadata.reference) has segments \(title)1 to \(views.last?.segment.number ?? 0); there is no segment \(missing)")
        }
        let glossary = try GlossaryHints(workspace)
        let isTarget = target != nil && target != source
        rows = views.filter { v in
            (wanted == nil || wanted!.contains(v.segment.number)) && (status == nil || v.status == status)
        }.map { v -> Row in
            let hints = glossary.hints(for: v.segment.content, source: source, target: target)
            return Row(number: v.segment.number, line: v.segment.line, block: v.segment.block,
                       blockKind: v.segment.blockKind.rawValue, words: v.words,
                       source: v.segment.content.tagged, sourceContent: v.segment.content,
                       language: isTarget ? target!.rawValue : nil,
                       status: isTarget ? v.status.rawValue : nil,
                       target: isTarget ? v.translation?.content.tagged : nil,
                       targetContent: isTarget ? v.translation?.content : nil,
                       author: isTarget ? v.translation?.author : nil,
                       matchScore: isTarget ? v.translation?.matchScore : nil,
                       matchOrigin: isTarget ? v.translation?.matchOrigin : nil,
                       version: isTarget ? v.translation?.version : nil,
                       changedInRevision: v.sourceChange?.revision, sourceBefore: v.sourceChange?.before.tagged,
                       suggestion: isTarget ? SegmentListing.suggestion(v, source: source, target: target!) : nil,
                       terms: hints.isEmpty ? nil : hints)
        }
        revision = try workspace.revision(of: document.metadata.reference)
    }

    /// An outdated translation with the placeables of its changed source adapted, when that changes it.
    public static func suggestion(_ view: SegmentView, source: Language, target: Language) -> String? {
        guard view.status == .outdated, let change = view.sourceChange, let translation = view.translation else { return nil }
        let adapted = PlaceableAdapter.adapt(translation: translation.content, targetLanguage: target,
                                             matchSource: change.before.plainText, sourceLanguage: source,
                                             query: view.segment.content.plainText)
        return adapted.changes.isEmpty ? nil : adapted.content.tagged
    }
}
