/// A problem found by a quality check in one segment of one document.
public struct QualityIssue: Hashable, Codable, Sendable {
    public enum Severity: String, Codable, Sendable, CaseIterable, Comparable {
        case info, warning, error
        public static func < (lhs: Severity, rhs: Severity) -> Bool {
            allCases.firstIndex(of: lhs)! < allCases.firstIndex(of: rhs)!
        }
    }

    /// The id of the check that found it (`glossary`, `numbers`, `tags`…).
    public var check: String
    public var severity: Severity
    public var reference: String
    public var segmentIndex: Int?
    public var language: Language?
    public var message: String

    public init(check: String, severity: Severity, reference: String, segmentIndex: Int?,
                language: Language?, message: String) {
        self.check = check
        self.severity = severity
        self.reference = reference
        self.segmentIndex = segmentIndex
        self.language = language
        self.message = message
    }
}
