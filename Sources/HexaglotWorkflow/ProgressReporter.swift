import Foundation
import Synchronization

/// Where a long job reports how far it has come, and the notes and warnings said on the way.
///
/// The library only calls it; the command line draws a progress line on standard error and
/// prints notes there, a server may log or collect them. Calls come from the job's thread
/// (a TMX import also calls ``update(_:of:_:)`` from its reading thread, hence `Sendable`).
public protocol ProgressReporter: AnyObject, Sendable {
    /// `done` of `total` steps, and what is being worked on.
    func update(_ done: Int, of total: Int, _ what: String)
    /// The job is over: clear whatever shows its progress.
    func finish()
    /// A one-line note or warning (front-matter typos, glossary warnings…) that must reach the user.
    func note(_ text: String)
}

/// Progress that shows nothing and keeps the notes, for callers without a terminal (a server,
/// the tests): read ``notes`` when the job is over.
public final class CollectingProgress: ProgressReporter, Sendable {
    private let collected = Mutex<[String]>([])

    public init() {}

    public func update(_ done: Int, of total: Int, _ what: String) {}
    public func finish() {}

    public func note(_ text: String) {
        collected.withLock { $0.append(text) }
    }

    /// The notes said so far, in order.
    public var notes: [String] {
        collected.withLock { $0 }
    }
}
