import HexaglotCore
import HexaglotMemory
import HexaglotStore

/// Fills a document's untranslated segments with the best memory matches, as drafts, in one
/// or more target languages. Segments that already have a translation are never changed.
public struct Pretranslation: Sendable {
    public var reference: String
    /// The target languages; empty for the five other than the document's source.
    public var languages: [Language]
    /// The lowest match score used, 50 to 100.
    public var minimum: Int
    /// Who the drafts are recorded as made by.
    public var author: String?

    public init(reference: String, languages: [Language] = [], minimum: Int = 75, author: String?) {
        self.reference = reference
        self.languages = languages
        self.minimum = minimum
        self.author = author
    }

    /// What was filled (`pretranslate --json` prints these keys).
    public struct Report: Codable, Sendable {
        public var reference: String
        public var minimum: Int
        public var languages: [PretranslationResult]
    }

    public func run(_ workspace: Workspace, progress: any ProgressReporter = CollectingProgress()) throws -> Report {
        let document = try workspace.document(reference)
        let reference = document.metadata.reference
        let source = document.metadata.sourceLanguage.language
        let targets = languages.isEmpty ? Language.allCases.filter { $0 != source } : languages
        if let same = targets.first(where: { $0 == source }) {
            throw WorkflowError(.refused, "\(reference) is written in \(same.rawValue); choose other target languages")
        }
        var results: [PretranslationResult] = []
        for target in targets {
            results.append(try Pretranslator(workspace).pretranslate(
                reference: reference, into: target, minimum: minimum, author: author) { done, total in
                    progress.update(done, of: total, "\(reference) → \(target.rawValue)")
                })
        }
        progress.finish()
        return Report(reference: reference, minimum: minimum, languages: results)
    }
}
