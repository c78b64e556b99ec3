/// Where the translation of one segment into one language stands.
///
/// The main line is new → draft → translated → reviewed → approved. `outdated` marks a
/// translation whose source changed after it was made; `rejected` one a reviewer sent back.
public enum TranslationStatus: String, Codable, Sendable, CaseIterable, Comparable {
    case new, draft, translated, reviewed, approved, outdated, rejected

    public init(parsing text: String) throws {
        guard let status = TranslationStatus(rawValue: text.trimmingWhitespace().lowercased()) else {
            throw CoreError(.unknownStatus,
                            "unknown status '\(text)': expected one of \(TranslationStatus.allCases.map(\.rawValue).joined(separator: ", "))")
        }
        self = status
    }

    /// True when the segment counts as translated in coverage (translated, reviewed, approved).
    public var isDone: Bool { self == .translated || self == .reviewed || self == .approved }

    /// True when there is target text at all.
    public var hasText: Bool { self != .new }

    public static func < (lhs: TranslationStatus, rhs: TranslationStatus) -> Bool {
        allCases.firstIndex(of: lhs)! < allCases.firstIndex(of: rhs)!
    }
}

extension TranslationStatus: CodingKeyRepresentable {}
