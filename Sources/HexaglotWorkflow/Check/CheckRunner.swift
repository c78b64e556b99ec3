import Foundation
import HexaglotCore
import HexaglotQA
import HexaglotStore

/// The checks `check --list` shows: the registry's, then the glossary and consistency checks.
public enum CheckCatalog {
    public struct Entry: Codable, Hashable, Sendable {
        public var id: String
        public var severity: String
        public var summary: String
    }

    public static var all: [Entry] {
        QARegistry.checks.map { Entry(id: $0.id, severity: $0.severity.rawValue, summary: $0.summary) } + [
            Entry(id: GlossaryCheck.id, severity: GlossaryCheck.severity.rawValue, summary: GlossaryCheck.summary),
            Entry(id: ConsistencyCheck.id, severity: ConsistencyCheck.severity.rawValue, summary: ConsistencyCheck.summary),
        ]
    }
}

/// Runs the checks over the workspace's translations and gathers the report.
public struct CheckRunner {
    public let workspace: Workspace
    /// The check ids to run (see ``CheckCatalog``); nil runs them all.
    public let only: Set<String>?

    public init(workspace: Workspace, only: Set<String>? = nil) {
        self.workspace = workspace
        self.only = only
    }

    /// The findings of one document in one target language.
    public struct DocumentReport: Encodable, Sendable {
        public var reference: String
        public var language: String
        public var findings: [QAFinding]
    }

    /// What `check --json` prints.
    public struct Report: Encodable, Sendable {
        public var documents: [DocumentReport]
        public var consistency: [ConsistencyCheck.Finding]
        public var errors: Int
        public var warnings: Int
        public var info: Int
    }

    func wants(_ id: String) -> Bool { only?.contains(id) ?? true }

    /// Checks one document (`reference`) or every one, in `languages` (nil: every language
    /// but each document's source).
    public func run(reference: String?, languages: [Language]?) throws -> Report {
        let entries = try workspace.glossaryEntries()
        let glossary = entries.isEmpty || !(wants(GlossaryCheck.id) || wants(ConsistencyCheck.id)) ? nil : GlossaryCheck(entries: entries)
        let references = try reference.map { [try workspace.document($0).metadata.reference] } ?? workspace.documents().map(\.reference)
        var documents: [DocumentReport] = []
        var items: [ConsistencyCheck.Item] = []
        let registryIDs = only.map { wanted in wanted.intersection(Set(QARegistry.checks.map { $0.id })) }
        for ref in references {
            let document = try workspace.document(ref)
            let source = document.metadata.sourceLanguage.language
            for target in (languages ?? Language.allCases) where target != source {
                let views = try workspace.segments(of: ref, language: target)
                let pairs = views.compactMap { view -> QAPair? in
                    guard let t = view.translation, t.status.hasText else { return nil }
                    return QAPair(source: view.segment.content, target: t.content, sourceLanguage: source, targetLanguage: target,
                                  segment: view.segment.number, reference: ref)
                }
                if pairs.isEmpty { continue }
                var findings = registryIDs.map { $0.isEmpty ? [] : QARegistry.run(pairs, only: $0) } ?? QARegistry.run(pairs)
                if let glossary, wants(GlossaryCheck.id) {
                    findings += pairs.flatMap { glossary.check($0) }
                    findings.sort { ($0.segment, $0.checkID) < ($1.segment, $1.checkID) }
                }
                items += pairs.map { ConsistencyCheck.Item(place: "\(ref) [\($0.segment)]", pair: $0) }
                documents.append(DocumentReport(reference: ref, language: target.rawValue, findings: findings))
            }
        }
        let consistency = wants(ConsistencyCheck.id) ? ConsistencyCheck().check(items, glossary: glossary) : []
        let all = documents.flatMap(\.findings).map(\.severity) + consistency.map(\.severity)
        return Report(documents: documents, consistency: consistency, errors: all.filter { $0 == .error }.count,
                      warnings: all.filter { $0 == .warning }.count, info: all.filter { $0 == .info }.count)
    }
}
