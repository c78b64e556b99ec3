import Foundation
import HexaglotCore
import HexaglotMemory

/// A memory suggestion for a segment: score, word diff against the segment's source, the
/// placeables adapted to it, and where it came from.
struct SuggestionJSON: Codable, Sendable {
    var rank: Int
    var score: Int
    /// exact, in-context or fuzzy.
    var kind: String
    var source: String
    /// The suggestion in the document's markup, ready to insert.
    var target: String
    var targetTagged: String
    var targetContent: Content
    /// The memory's source against the segment's: pieces marked equal, inserted or deleted.
    var diff: [TextDiff.Piece]
    /// Numbers, dates, references … changed to match the segment.
    var adaptations: [Adaptation.Change]
    /// Placeables of the segment that could not be carried over.
    var unadapted: [String]
    var origin: String?
    var document: String?
    var segment: Int?
    var author: String?
    var changed: Date?

    init(_ m: MemoryMatch, rank: Int) {
        self.rank = rank
        score = m.score
        kind = m.kind.rawValue
        source = m.source.tagged
        target = m.target.markup
        targetTagged = m.target.tagged
        targetContent = m.target
        diff = m.diff.pieces
        adaptations = m.adaptations
        unadapted = m.unadapted.map(\.text)
        origin = m.origin
        document = m.document
        segment = m.segment
        author = m.author
        changed = m.changed
    }
}

/// The answer of `GET …/suggestions`.
struct SuggestionListJSON: Codable, Sendable {
    var minimum: Int
    var suggestions: [SuggestionJSON]
}
