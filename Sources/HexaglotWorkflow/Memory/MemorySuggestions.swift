import HexaglotCore
import HexaglotFormats
import HexaglotMemory
import HexaglotStore

/// Memory matches for a text, or for a segment of a document (in its context, leaving out the
/// segment's own unit), with the numbers, dates and references that differ adapted.
public struct MemorySuggestions: Sendable {
    /// The language of the suggestions.
    public var target: Language
    /// The lowest score shown, 0 to 100.
    public var minimum: Int
    /// How many matches at most.
    public var limit: Int
    /// Score every unit instead of using the index (slow; for checking the index).
    public var exhaustive: Bool

    public init(target: Language, minimum: Int = 70, limit: Int = 5, exhaustive: Bool = false) {
        self.target = target
        self.minimum = minimum
        self.limit = limit
        self.exhaustive = exhaustive
    }

    /// A query and how to name it to people (the text, or `CL-19/73 [4] text`).
    public struct Query: Sendable {
        public var query: MemoryQuery
        public var label: String
    }

    /// The query for a text in `language`; with `markdown`, its markup becomes inline codes as in a letter.
    public func query(text: String, language: Language, markdown: Bool = false) throws -> Query {
        let content = markdown ? try MarkdownFormat().parseInline(text, language: language) : Content(text: text)
        return Query(query: MemoryQuery(content: content, from: language, to: target, minimum: minimum, limit: limit), label: text)
    }

    /// The query for segment `number` of `reference`, in `language` (default: the document's
    /// source; another language looks up that language's translation of the segment).
    public func query(_ workspace: Workspace, reference: String, segment number: Int, language: Language? = nil) throws -> Query {
        let stored = try workspace.document(reference)
        let source = stored.metadata.sourceLanguage.language
        let language = language ?? source
        let views = try workspace.segments(of: stored.metadata.reference, language: language == source ? target : language)
        // Segment 0 is the title, when the document has one: find the segment by its number.
        guard let k = views.firstIndex(where: { $0.segment.number == number }) else {
            throw WorkflowError(.notFound, "\(stored.metadata.reference) has segments \(views.first?.segment.number ?? 1) to \(views.last?.segment.number ?? 0); there is no segment \(number)")
        }
        let content: Content
        var previous: String?, next: String?
        if language == source {
            content = views[k].segment.content
            previous = k > 0 ? views[k - 1].segment.content.plainText : nil
            next = k + 1 < views.count ? views[k + 1].segment.content.plainText : nil
        } else {
            guard let t = views[k].translation else {
                throw WorkflowError(.notFound, "\(stored.metadata.reference) segment \(number) has no \(language.rawValue) translation to look up")
            }
            content = t.content
            previous = k > 0 ? views[k - 1].translation?.content.plainText : nil
            next = k + 1 < views.count ? views[k + 1].translation?.content.plainText : nil
        }
        let own = try workspace.readMemory { try $0.unitID(reference: stored.metadata.reference, segment: number) }
        let query = MemoryQuery(content: content, from: language, to: target, minimum: minimum, limit: limit,
                                previous: previous, next: next, excluding: own.map { [$0] } ?? [])
        return Query(query: query, label: "\(stored.metadata.reference) [\(number)] \(content.tagged)")
    }

    /// The best matches for `query`, best first.
    public func matches(_ query: MemoryQuery, in workspace: Workspace) throws -> [MemoryMatch] {
        try workspace.readMemory { reader -> [MemoryMatch] in
            if exhaustive {
                return try ExhaustiveScan(reader, language: query.from).matches(query, reader: reader)
            }
            return try MemoryLookup(reader).matches(query)
        }
    }
}
