import Foundation
import HexaglotCore
import HexaglotFormats
import HexaglotMemory
import HexaglotStore

/// One target language of a document assembled as XLIFF 2.1, for work in another CAT tool:
/// statuses as states, people's notes from the history, the revision, inline codes, and the
/// best memory match of each segment as a Translation Candidate. ``Importer/importXLIFF(_:)``
/// brings it back.
public struct XLIFFExport: Sendable {
    public var reference: String
    public var target: LanguageTag
    /// The lowest score of a memory match offered as a candidate.
    public var minimumCandidateScore: Int

    public init(reference: String, target: LanguageTag, minimumCandidateScore: Int = 70) {
        self.reference = reference
        self.target = target
        self.minimumCandidateScore = minimumCandidateScore
    }

    /// What the file holds (`export --xliff --json` prints these keys).
    public struct Report: Codable, Hashable, Sendable {
        public var reference: String
        public var language: String
        /// The file written, as the caller names it ("" when none).
        public var output: String
        public var units: Int
        public var translated: Int
        public var drafts: Int
        /// Units with a memory match offered.
        public var candidates: Int
        public var statuses: [String: Int]
    }

    public struct Result: Sendable {
        public var document: XLIFFDocument
        /// The file's bytes (UTF-8).
        public var data: Data
        public var report: Report
    }

    public func run(_ workspace: Workspace) throws -> Result {
        let document = try workspace.document(reference)
        let reference = document.metadata.reference
        guard target.language != document.metadata.sourceLanguage.language else {
            throw WorkflowError(.refused, "\(reference) is written in \(target.language.rawValue); export XLIFF for another language")
        }
        let matches = try DocumentMatcher(workspace).matches(reference: reference, target: target.language,
                                                             minimum: minimumCandidateScore)
        // People's notes, oldest first; Hexaglot's own comments (imports, pretranslations) are left out.
        var notes: [Int: [String]] = [:]
        for change in try workspace.history(of: reference, language: target.language, limit: 10_000).reversed() {
            if let comment = change.comment, !change.origin.commentIsGenerated {
                notes[change.segmentIndex + 1, default: []].append(comment)
            }
        }
        // Units are numbered as segments are: u0 is the title, when the document has one.
        let units = matches.views.enumerated().map { i, view -> XLIFFUnit in
            let number = view.segment.number
            let translation = view.translation.flatMap { $0.status.hasText ? $0 : nil }
            let candidates = matches.best[i].map { m in
                [XLIFFCandidate(score: Double(m.score), source: m.source, target: m.target,
                                origin: m.document.map { "\($0) [\(m.segment ?? 0)]" } ?? m.origin)]
            } ?? []
            return XLIFFUnit(number: number, source: view.segment.content, target: translation?.content,
                             status: translation?.status ?? .new, notes: notes[number] ?? [], candidates: candidates)
        }
        let file = XLIFFDocument(reference: reference, sourceLanguage: document.metadata.sourceLanguage, targetLanguage: target,
                                 revision: try workspace.revision(of: reference), fingerprint: nil, units: units)
        let counts = StatusCounts(units.map(\.status))
        let report = Report(reference: reference, language: target.tag, output: "", units: units.count,
                            translated: counts.done, drafts: counts.drafts,
                            candidates: units.filter { !$0.candidates.isEmpty }.count, statuses: counts.byStatus)
        return Result(document: file, data: try XLIFFWriter.data(file), report: report)
    }
}
