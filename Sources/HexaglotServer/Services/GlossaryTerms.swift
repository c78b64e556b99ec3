import Foundation
import HexaglotCore
import HexaglotStore
import HexaglotText

/// The glossary terms found in a source text, with their approved renderings in a target language.
///
/// The recognizer is built once and rebuilt only when the workspace's glossaries change.
// @unchecked: `signature`, `entries`, `list` and `recognizer` are read and written only while holding `lock`.
final class GlossaryTerms: @unchecked Sendable {
    struct Hint: Codable, Sendable {
        var concept: String
        /// The source words where the term was found.
        var source: String
        /// The target language's preferred and admitted terms, preferred first.
        var approved: [String]
        /// True when the source itself uses a deprecated term.
        var deprecatedInSource: Bool
    }

    private let lock = NSLock()
    private var signature: [GlossarySummary]?
    private var entries: [String: GlossaryEntry] = [:]
    private var list: [GlossaryEntry] = []
    private var recognizer: TermRecognizer?

    /// The glossary entries as stored now (rebuilding the recognizer when they changed).
    func current(_ workspace: Workspace) throws -> (entries: [GlossaryEntry], recognizer: TermRecognizer?, byID: [String: GlossaryEntry]) {
        let now = try workspace.glossaries()
        lock.lock()
        defer { lock.unlock() }
        if signature != now {
            list = try workspace.glossaryEntries()
            entries = Dictionary(list.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
            recognizer = list.isEmpty ? nil : TermRecognizer(entries: list)
            signature = now
        }
        return (list, recognizer, entries)
    }

    func hints(_ workspace: Workspace, content: Content, source: Language, target: Language) throws -> [Hint] {
        let (_, recognizer, byID) = try current(workspace)
        guard let recognizer, target != source else { return [] }
        var seen = Set<String>()
        return recognizer.find(in: content.plainText, language: source).compactMap { hit in
            guard seen.insert(hit.conceptID).inserted, let entry = byID[hit.conceptID] else { return nil }
            return Hint(concept: hit.conceptID, source: hit.matched,
                        approved: entry.terms(in: target).filter { $0.usage != .deprecated }.map(\.text),
                        deprecatedInSource: hit.term.usage == .deprecated)
        }
    }
}
