import HexaglotCore

/// A translation candidate offered with a segment: a translation-memory or machine match.
///
/// Written as `<mtc:match matchQuality="…" origin="…">` of the XLIFF 2 Translation
/// Candidates module; read from it and from XLIFF 1.2 `<alt-trans match-quality="…">`.
public struct XLIFFCandidate: Hashable, Sendable {
    /// The match quality, 0 to 100 (written with at most two decimals).
    public var score: Double
    /// The source the candidate was made for (it may differ from the segment's source).
    public var source: Content
    public var target: Content
    /// Where the candidate comes from (a memory's name, `mt`, a document reference).
    public var origin: String?

    public init(score: Double, source: Content, target: Content, origin: String? = nil) {
        self.score = score
        self.source = source
        self.target = target
        self.origin = origin
    }
}
