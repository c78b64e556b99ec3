import HexaglotCore
import HexaglotQA
import HexaglotStore

extension WorkspaceServices {
    /// The QA findings on one segment's translation: the registry's checks and the glossary's.
    func findings(_ view: SegmentView, address: DocumentAddress) throws -> [QAFinding] {
        guard let t = view.translation, t.status.hasText else { return [] }
        let pair = QAPair(source: view.segment.content, target: t.content, sourceLanguage: address.source,
                          targetLanguage: address.language.language, segment: view.segment.number, reference: address.reference)
        var findings = QARegistry.run([pair])
        let entries = try glossary.current(workspace).entries
        if !entries.isEmpty {
            findings += GlossaryCheck(entries: entries).check(pair)
        }
        return findings.sorted { ($0.severity.rank, $0.checkID) < ($1.severity.rank, $1.checkID) }
    }
}

private extension QASeverity {
    var rank: Int {
        switch self {
        case .error: return 0
        case .warning: return 1
        default: return 2
        }
    }
}
