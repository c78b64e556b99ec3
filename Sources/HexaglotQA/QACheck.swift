import HexaglotCore

/// How serious a finding is: `error`, `warning` or `info` (Core's ``QualityIssue/Severity``).
public typealias QASeverity = QualityIssue.Severity

/// One quality check on one segment pair: numbers, inline codes, punctuation…
///
/// A check is a type with an `id` (shown by `check --list` and accepted by `--only`), a
/// default `severity`, a one-line `summary`, and a `check(_:)` that reports what it finds.
/// Adding a check is one new file in `Checks/` and one line in ``QARegistry/checks``.
///
/// A finding normally carries the check's `severity`; a check may report some findings at
/// another level (``InlineCodesCheck`` reports a reordered code as a warning but a missing one
/// as an error) and documents it on its type.
public protocol QACheck: SendableMetatype {
    /// A short, stable, lower-case id: `numbers`, `codes`, `punctuation`…
    static var id: String { get }
    /// The severity of the check's findings, unless the check documents otherwise.
    static var severity: QASeverity { get }
    /// One line saying what the check looks for.
    static var summary: String { get }
    init()
    /// The problems of `pair`'s target, in target order.
    func check(_ pair: QAPair) -> [QAFinding]
}

extension QACheck {
    /// A finding of this check in `pair`, at the check's own severity unless given.
    func finding(_ pair: QAPair, _ message: String, range: Range<Int>? = nil,
                 severity: QASeverity? = nil) -> QAFinding {
        QAFinding(checkID: Self.id, severity: severity ?? Self.severity, message: message,
                  segment: pair.segment, reference: pair.reference, range: range)
    }
}

/// A source segment and its translation, as the checks see them.
///
/// Checks read each side's ``Content/plainText`` (text runs plus what placeholders stand for)
/// and, for inline codes, ``Content/codes``.
public struct QAPair: Hashable, Sendable {
    public var source: Content
    public var target: Content
    public var sourceLanguage: Language
    public var targetLanguage: Language
    /// The segment's index in its document, reported with each finding.
    public var segment: Int
    /// Where the segment comes from (a file and line, a document symbol), reported with each finding.
    public var reference: String?

    public init(source: Content, target: Content, sourceLanguage: Language, targetLanguage: Language,
                segment: Int = 0, reference: String? = nil) {
        self.source = source
        self.target = target
        self.sourceLanguage = sourceLanguage
        self.targetLanguage = targetLanguage
        self.segment = segment
        self.reference = reference
    }
}

/// A problem a check found in one segment's target.
public struct QAFinding: Hashable, Codable, Sendable {
    /// The ``QACheck/id`` of the check that found it.
    public var checkID: String
    public var severity: QASeverity
    /// What is wrong and where, naming the number, code or character: "The number 2030 of the
    /// source is missing from the target".
    public var message: String
    public var segment: Int
    public var reference: String?
    /// Where it is, in UTF-16 code units of the ``Content/plainText`` of the side that
    /// ``side`` names (the target unless said otherwise); nil when the problem is something
    /// missing that has no place in the source either. A code has an empty range at its position.
    public var range: Range<Int>?
    /// Which text ``range`` is in: the target (a wrong or extra thing), or the source (where
    /// the thing missing from the target is, such as a glossary term); nil without a range.
    public var side: Side?

    /// The text a finding's range points into.
    public enum Side: String, Codable, Sendable { case source, target }

    public init(checkID: String, severity: QASeverity, message: String, segment: Int,
                reference: String? = nil, range: Range<Int>? = nil, side: Side? = nil) {
        self.checkID = checkID
        self.severity = severity
        self.message = message
        self.segment = segment
        self.reference = reference
        self.range = range
        self.side = range == nil ? nil : side ?? .target
    }

    /// The finding as Core's quality issue, for the store and reports.
    public func qualityIssue(language: Language?) -> QualityIssue {
        QualityIssue(check: checkID, severity: severity, reference: reference ?? "",
                     segmentIndex: segment, language: language, message: message)
    }
}
