import Foundation
import Synchronization
import HexaglotQA
import HexaglotStore
import HexaglotWorkflow

/// The workflow's glossary hints and segment checks, built once and rebuilt only when the
/// workspace's glossaries change (their summaries are the signature).
final class GlossaryCache: Sendable {
    private struct Built {
        var signature: [GlossarySummary]?
        var hints = GlossaryHints(entries: [])
        var check = SegmentCheck(entries: [])
    }

    private let built = Mutex(Built())

    /// The hints and the checks over the glossaries as stored now.
    func current(_ workspace: Workspace) throws -> (hints: GlossaryHints, check: SegmentCheck) {
        let now = try workspace.glossaries()
        return try built.withLock { built in
            if built.signature != now {
                let entries = try workspace.glossaryEntries()
                built = Built(signature: now, hints: GlossaryHints(entries: entries), check: SegmentCheck(entries: entries))
            }
            return (built.hints, built.check)
        }
    }
}

extension WorkspaceServices {
    /// The QA findings on one segment's translation (the workflow's ``SegmentCheck``).
    func findings(_ view: SegmentView, address: DocumentAddress) throws -> [QAFinding] {
        try glossary.current(workspace).check.findings(view, reference: address.reference, source: address.source,
                                                        target: address.language.language)
    }
}
