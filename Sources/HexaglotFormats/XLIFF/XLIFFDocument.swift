import HexaglotCore

/// What an XLIFF export carries and an import returns: one document's segments in one
/// language pair, with their translations, statuses, notes and candidates.
///
/// ``reference`` is the document's reference (`CL-19/73`), written as the `<file original>`.
/// ``revision`` and ``fingerprint`` let an import check that the file was made from the
/// source it is being merged into; they travel in the file's `<mda:metadata>` (see
/// ``XLIFFWriter``) and are nil when a file has none (XLIFF 1.2 from other tools).
public struct XLIFFDocument: Hashable, Sendable {
    /// The document's reference, such as `CL-19/73`.
    public var reference: String
    public var sourceLanguage: LanguageTag
    public var targetLanguage: LanguageTag
    /// The document revision the export was made from.
    public var revision: Int?
    /// A hash of the source the export was made from (any string; Hexaglot writes `sha256:…`).
    public var fingerprint: String?
    /// One unit per segment, in document order.
    public var units: [XLIFFUnit]
    /// The XLIFF version read (`2.1`, `2.0`, `1.2`); the writer always writes 2.1.
    public var version: String

    public init(reference: String, sourceLanguage: LanguageTag, targetLanguage: LanguageTag,
                revision: Int? = nil, fingerprint: String? = nil, units: [XLIFFUnit] = [], version: String = "2.1") {
        self.reference = reference
        self.sourceLanguage = sourceLanguage
        self.targetLanguage = targetLanguage
        self.revision = revision
        self.fingerprint = fingerprint
        self.units = units
        self.version = version
    }
}
