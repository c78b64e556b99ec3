import HexaglotCore
import HexaglotQA
import HexaglotStore

/// The QA findings on one segment's translation, as the editor shows them after each save: the
/// registry's checks and the glossary's, errors first. `check` runs the same checks over whole
/// documents (``CheckRunner``).
public struct SegmentCheck {
    private let glossary: GlossaryCheck?

    /// Checks against the glossary `entries` (none: the registry's checks only).
    public init(entries: [GlossaryEntry]) {
        glossary = entries.isEmpty ? nil : GlossaryCheck(entries: entries)
    }

    /// Checks against the workspace's glossaries as stored now.
    public init(_ workspace: Workspace) throws {
        self.init(entries: try workspace.glossaryEntries())
    }

    /// The findings on `view`'s translation into `target` (none when it has no text yet).
    public func findings(_ view: SegmentView, reference: String, source: Language, target: Language) -> [QAFinding] {
        guard let t = view.translation, t.status.hasText else { return [] }
        let pair = QAPair(source: view.segment.content, target: t.content, sourceLanguage: source,
                          targetLanguage: target, segment: view.segment.number, reference: reference)
        let findings = QARegistry.run([pair]) + (glossary?.check(pair) ?? [])
        return findings.sorted { ($0.severity.rank, $0.checkID) < ($1.severity.rank, $1.checkID) }
    }
}

extension SegmentCheck {
    /// The findings on a translation just stored (`translate` prints them after its save).
    public func findings(for saved: TranslationEdit.Saved, segment number: Int, language: Language,
                         in workspace: Workspace) throws -> [QAFinding] {
        let document = try workspace.document(saved.reference)
        guard let view = try workspace.segments(of: saved.reference, language: language).first(where: { $0.segment.number == number }) else {
            return []
        }
        return findings(view, reference: saved.reference, source: document.metadata.sourceLanguage.language, target: language)
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
