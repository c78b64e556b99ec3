import Foundation
import HexaglotQA
import HexaglotStore
import HexaglotWorkflow

/// The workflow's glossary hints and segment checks, built once and rebuilt only when the
/// workspace's glossaries change (their summaries are the signature).
final class GlossaryCache: @unchecked Sendable {
    private let lock = NSLock()
    private var signature: [GlossarySummary]?
    private var hints = GlossaryHints(entries: [])
    private var check = SegmentCheck(entries: [])

    /// The hints and the checks over the glossaries as stored now.
    func current(_ workspace: Workspace) throws -> (hints: GlossaryHints, check: SegmentCheck) {
        let now = try workspace.glossaries()
        lock.lock()
        defer { lock.unlock() }
        if signature != now {
            let entries = try workspace.glossaryEntries()
            hints = GlossaryHints(entries: entries)
            check = SegmentCheck(entries: entries)
            signature = now
        }
        return (hints, check)
    }
}

extension WorkspaceServices {
    /// The QA findings on one segment's translation (the workflow's ``SegmentCheck``).
    func findings(_ view: SegmentView, address: DocumentAddress) throws -> [QAFinding] {
        try glossary.current(workspace).check.findings(view, reference: address.reference, source: address.source,
                                                        target: address.language.language)
    }
}
