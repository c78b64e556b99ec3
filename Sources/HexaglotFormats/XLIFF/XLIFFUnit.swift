import HexaglotCore

/// One segment of an XLIFF file: its number, source, target, status, notes and candidates.
///
/// XLIFF 2 files hold it as `<unit id="uN"><segment id="sN">`, XLIFF 1.2 files as
/// `<trans-unit id="N">`; ``number`` is the N (the 1-based segment number,
/// ``Segment/number``), so it survives any tool that keeps ids.
public struct XLIFFUnit: Hashable, Sendable {
    /// The 1-based segment number.
    public var number: Int
    public var source: Content
    /// The translation, or nil when there is none (an empty `<target/>` reads as empty content).
    public var target: Content?
    public var status: TranslationStatus
    /// Free-text notes, in order (`<note>`).
    public var notes: [String]
    /// Translation candidates (`<mtc:match>`, XLIFF 1.2 `<alt-trans>`), best first as written.
    public var candidates: [XLIFFCandidate]

    public init(number: Int, source: Content, target: Content? = nil, status: TranslationStatus = .new,
                notes: [String] = [], candidates: [XLIFFCandidate] = []) {
        self.number = number
        self.source = source
        self.target = target
        self.status = status
        self.notes = notes
        self.candidates = candidates
    }
}
