import Foundation
import HexaglotCore

/// A translation-memory suggestion: a stored unit whose source-language text is close to the
/// query, with its text in the target language.
public struct MemoryMatch: Codable, Sendable {
    /// How the match was found.
    public enum Kind: String, Codable, Sendable {
        /// Same text, and the same segments before and after it (101).
        case inContext = "in-context"
        /// Same text (100).
        case exact
        /// Similar text (below 100).
        case fuzzy
    }

    public var kind: Kind
    /// 0 to 101; see ``MatchScore``.
    public var score: Int
    /// How the score was reached.
    public var detail: MatchScore
    /// The memory unit's id.
    public var unit: Int64
    /// The unit's text in the query's language.
    public var source: Content
    /// The unit's text in the target language, with placeables adapted to the query.
    public var target: Content
    public var sourceLanguage: LanguageTag
    public var targetLanguage: LanguageTag
    /// The target text as stored, when adapting placeables changed it.
    public var storedTarget: Content?
    /// Placeables of the query put in place of the match's (numbers, dates, references, URLs).
    public var adaptations: [Adaptation.Change]
    /// Placeables of the query that differ from the match's and could not be placed in the
    /// target: the translator must fix them by hand.
    public var unadapted: [Placeable]
    /// Inline codes of the stored target that have no counterpart in the query, and were left
    /// out of the suggestion (the query's codes, or none, always win).
    public var unmatchedCodes: Int
    /// What differs between the query and the match's source.
    public var diff: TextDiff
    /// Where the unit came from: a TMX file's name, or a workspace document and segment.
    public var origin: String?
    /// The TMX `tuid`, when the unit came from a TMX file.
    public var tuid: String?
    /// For a unit made from a workspace segment: its document and segment number.
    public var document: String?
    public var segment: Int?
    /// Who made or last changed the target text, and when.
    public var author: String?
    public var changed: Date?
}
