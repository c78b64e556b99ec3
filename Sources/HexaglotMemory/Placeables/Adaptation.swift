import HexaglotCore

/// A fuzzy match's translation with the placeables of the segment looked up put in, and
/// what was changed and what could not be.
public struct Adaptation: Hashable, Codable, Sendable {
    /// One placeable of the translation replaced.
    public struct Change: Hashable, Codable, Sendable {
        public var kind: Placeable.Kind
        /// The placeable as the translation had it.
        public var from: String
        /// What it became.
        public var to: String

        public init(kind: Placeable.Kind, from: String, to: String) {
            self.kind = kind
            self.from = from
            self.to = to
        }
    }

    /// The translation, adapted; the same content when ``changes`` is empty.
    public var content: Content
    /// The replacements made, in the order they stand in the translation.
    public var changes: [Change]
    /// The query's placeables that differ from the match but are not in ``content``: with no
    /// counterpart in the match's source, or whose counterpart the translation does not have
    /// (or has inside an inline code), in query order.
    public var unadapted: [Placeable]

    public init(content: Content, changes: [Change] = [], unadapted: [Placeable] = []) {
        self.content = content
        self.changes = changes
        self.unadapted = unadapted
    }
}
