import Foundation
import HexaglotCore
import HexaglotFormats
import HexaglotMemory
import HexaglotStore

/// What the routes share for the life of the process: the workspace, the warm memory, the
/// glossary recognizer and the sign-in throttle.
// @unchecked: `warm` is used only while holding `memoryLock`; `lookup` and `lookupReader` only inside `warm.read`, which WarmMemory serialises.
final class WorkspaceServices: @unchecked Sendable {
    let workspace: Workspace
    let options: ServerOptions
    let throttle: LoginThrottle
    let glossary = GlossaryCache()
    let sessions = SessionCache()
    let changes: ChangeHub
    private let memoryLock = NSLock()
    private var warm: WarmMemory?
    /// The lookup's counting arrays, kept across calls; used only inside `warm.read`.
    private var lookup: MemoryLookup?
    private var lookupReader: ObjectIdentifier?

    init(workspace: Workspace, options: ServerOptions) {
        self.workspace = workspace
        self.options = options
        self.changes = ChangeHub(workspace: workspace)
        self.throttle = LoginThrottle(limit: options.loginAttempts, window: options.loginWindow)
    }

    /// The memory connection, opened at the first lookup and kept.
    private func warmMemory() throws -> WarmMemory {
        memoryLock.lock()
        defer { memoryLock.unlock() }
        if let warm { return warm }
        let opened = try WarmMemory(workspace: workspace)
        warm = opened
        return opened
    }

    /// Opens the memory now, so that the first suggestion does not pay for it.
    func warmUp() throws {
        _ = try warmMemory().read { reader in try reader.statistics() }
    }

    /// The best memory matches for segment `segment` of `reference` (`query` is its text in
    /// context), leaving out the segment's own unit: one read of the warm index.
    func suggestions(_ query: MemoryQuery, reference: String, segment: Int) throws -> [MemoryMatch] {
        try warmMemory().read { reader in
            var query = query
            if let own = try reader.unitID(reference: reference, segment: segment) { query.excluding.insert(own) }
            if lookup == nil || lookupReader != ObjectIdentifier(reader) {
                lookup = MemoryLookup(reader)
                lookupReader = ObjectIdentifier(reader)
            }
            return try lookup!.matches(query)
        }
    }

    /// Concordance hits for `phrase`.
    func concordance(_ phrase: String, languages: [Language], limit: Int) throws -> [ConcordanceHit] {
        try warmMemory().read { reader in try Concordance(reader).search(phrase, in: languages, limit: limit) }
    }

    func close() {
        changes.close()
        memoryLock.lock()
        defer { memoryLock.unlock() }
        try? warm?.close()
        warm = nil
        lookup = nil
    }
}
