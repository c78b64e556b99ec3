import HexaglotCore

/// One glossary term found in a text by ``TermRecognizer``.
public struct TermHit: Hashable, Codable, Sendable {
    /// The concept's identifier (``GlossaryEntry/id``).
    public var conceptID: String
    /// The glossary term that matched (its `usage` says whether the text used a deprecated form).
    public var term: GlossaryEntry.Term
    /// Where the term is, in UTF-16 offsets into the searched text.
    public var range: Range<Int>
    /// The text at `range`, as written.
    public var matched: String

    public init(conceptID: String, term: GlossaryEntry.Term, range: Range<Int>, matched: String) {
        self.conceptID = conceptID
        self.term = term
        self.range = range
        self.matched = matched
    }
}
