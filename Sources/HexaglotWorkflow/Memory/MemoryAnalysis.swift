import HexaglotCore
import HexaglotMemory
import HexaglotStore

/// What the memory already covers of documents, per match band, per document and target language.
public struct MemoryAnalysis: Sendable {
    /// The documents (empty: all, in the order of their references).
    public var references: [String]
    /// The target languages (empty: the five other than each document's source).
    public var targets: [Language]

    public init(references: [String] = [], targets: [Language] = []) {
        self.references = references
        self.targets = targets
    }

    public func run(_ workspace: Workspace, progress: any ProgressReporter = CollectingProgress()) throws -> [DocumentAnalysis] {
        let references = try self.references.isEmpty ? workspace.documents().map(\.reference) : self.references
        var analyses: [DocumentAnalysis] = []
        for reference in references {
            let document = try workspace.document(reference)
            let source = document.metadata.sourceLanguage.language
            for target in (targets.isEmpty ? Language.allCases : targets) where target != source {
                analyses.append(try DocumentMatcher(workspace).analyze(reference: reference, target: target) { done, total in
                    progress.update(done, of: total, "\(document.metadata.reference) → \(target.rawValue)")
                })
            }
        }
        progress.finish()
        return analyses
    }
}
