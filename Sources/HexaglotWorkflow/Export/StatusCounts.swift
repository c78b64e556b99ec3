import HexaglotCore

/// How many segments of an export stand at each status, for the export reports.
///
/// `done` counts what coverage counts (translated, reviewed, approved); `drafts` the
/// segments that have text not yet translated (draft, outdated, rejected).
public struct StatusCounts: Hashable, Sendable {
    public var done = 0
    public var drafts = 0
    /// Every status present, `new` included, by name.
    public var byStatus: [String: Int] = [:]

    public init(_ statuses: [TranslationStatus]) {
        for status in statuses {
            byStatus[status.rawValue, default: 0] += 1
            if status.isDone { done += 1 } else if status.hasText { drafts += 1 }
        }
    }

    /// The source language itself: every segment is its own text.
    public init(all count: Int) {
        done = count
    }
}
