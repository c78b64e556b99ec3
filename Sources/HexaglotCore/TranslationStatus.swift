/// Where the translation of one segment into one language stands.
///
/// The main line is new → draft → translated → reviewed → approved. `outdated` marks a
/// translation whose source changed after it was made; `rejected` one a reviewer sent back.
public enum TranslationStatus: String, Codable, Sendable, CaseIterable, Comparable {
    case new, draft, translated, reviewed, approved, outdated, rejected

    public init(parsing text: String) throws {
        guard let status = TranslationStatus(rawValue: text.trimmingWhitespace().lowercased()) else {
            throw CoreError(.unknownStatus,
                            "unknown status \(Quote.user(text)): expected one of \(TranslationStatus.allCases.map(\.rawValue).joined(separator: ", "))")
        }
        self = status
    }

    /// True when the segment counts as translated in coverage (translated, reviewed, approved).
    public var isDone: Bool { self == .translated || self == .reviewed || self == .approved }

    /// True when there is target text at all.
    public var hasText: Bool { self != .new }

    /// The statuses a translation may move to from this one, by a translator or a reviewer.
    ///
    /// | from | to |
    /// |---|---|
    /// | new | draft, translated |
    /// | draft | draft, translated, rejected |
    /// | translated | draft, translated, reviewed, rejected, outdated |
    /// | reviewed | translated, reviewed, approved, rejected, outdated |
    /// | approved | translated, reviewed, rejected, outdated |
    /// | outdated | draft, translated, reviewed, rejected |
    /// | rejected | draft, translated |
    ///
    /// Staying in the same status means changing the text and keeping the status; an approved
    /// text cannot change without leaving `approved`. Nothing goes back to `new`. A source
    /// revision marks translations `outdated` whatever their status; an imported file states
    /// its own status.
    public var allowedNext: [TranslationStatus] {
        switch self {
        case .new: return [.draft, .translated]
        case .draft: return [.draft, .translated, .rejected]
        case .translated: return [.draft, .translated, .reviewed, .rejected, .outdated]
        case .reviewed: return [.translated, .reviewed, .approved, .rejected, .outdated]
        case .approved: return [.translated, .reviewed, .rejected, .outdated]
        case .outdated: return [.draft, .translated, .reviewed, .rejected]
        case .rejected: return [.draft, .translated]
        }
    }

    /// Whether a translation may move from this status to `next`.
    public func allows(_ next: TranslationStatus) -> Bool { allowedNext.contains(next) }

    /// Whether a change to this status must say why (a reviewer sending a translation back).
    public var needsComment: Bool { self == .rejected }

    public static func < (lhs: TranslationStatus, rhs: TranslationStatus) -> Bool {
        allCases.firstIndex(of: lhs)! < allCases.firstIndex(of: rhs)!
    }
}

extension TranslationStatus: CodingKeyRepresentable {}
