import Foundation
import HexaglotStore

/// The sessions this server has read lately, kept for a short while so that a burst of requests
/// (the editor asks for a segment, its suggestions, terms, findings and history at once) reads
/// the session table once.
///
/// An entry lasts ``lifetime`` (two seconds) and never past its session's end. A sign-out through
/// this server drops its entry at once; a session ended elsewhere (another server on the same
/// workspace, `hexaglot user remove` or `user passwd`) stops working here within ``lifetime``.
/// Unknown tokens are not kept, so forged cookies cannot fill it.
// @unchecked: `entries` is read and written only while holding `lock`.
final class SessionCache: @unchecked Sendable {
    static let lifetime: TimeInterval = 2
    /// More live sessions than this at once empties the cache (it fills again as requests come).
    static let capacity = 4096

    private struct Entry {
        var session: SignedInSession
        var until: Date
    }

    private let lock = NSLock()
    private var entries: [String: Entry] = [:]

    /// The session of `token` when it was read less than ``lifetime`` ago and has not ended.
    func session(_ token: SessionToken, now: Date = Date()) -> SignedInSession? {
        lock.lock()
        defer { lock.unlock() }
        guard let entry = entries[token.value] else { return nil }
        guard entry.until > now else {
            entries[token.value] = nil
            return nil
        }
        return entry.session
    }

    /// Keeps `session`, just read from the workspace for `token`.
    func keep(_ session: SignedInSession, for token: SessionToken, now: Date = Date()) {
        lock.lock()
        defer { lock.unlock() }
        if entries.count >= SessionCache.capacity {
            entries = entries.filter { $0.value.until > now }
            if entries.count >= SessionCache.capacity { entries.removeAll(keepingCapacity: true) }
        }
        entries[token.value] = Entry(session: session, until: min(now.addingTimeInterval(SessionCache.lifetime), session.expiresAt))
    }

    /// Forgets `token` (its session has just ended).
    func forget(_ token: SessionToken) {
        lock.lock()
        defer { lock.unlock() }
        entries[token.value] = nil
    }
}
