import Foundation
import HexaglotCore
import HexaglotQA
import HexaglotStore

/// The checks `check --list` shows: the registry's, then the glossary and consistency checks.
enum CheckCatalog {
    struct Entry: Encodable {
        var id: String
        var severity: String
        var summary: String
    }

    static var all: [Entry] {
        QARegistry.checks.map { Entry(id: $0.id, severity: $0.severity.rawValue, summary: $0.summary) } + [
            Entry(id: GlossaryCheck.id, severity: GlossaryCheck.severity.rawValue, summary: GlossaryCheck.summary),
            Entry(id: ConsistencyCheck.id, severity: ConsistencyCheck.severity.rawValue, summary: ConsistencyCheck.summary),
        ]
    }
}

/// Runs the checks over the workspace's translations and gathers the report.
struct CheckRunner {
    let workspace: Workspace
    let only: Set<String>?

    struct DocumentReport: Encodable {
        var reference: String
        var language: String
        var findings: [QAFinding]
    }

    struct Report: Encodable {
        var documents: [DocumentReport]
        var consistency: [ConsistencyCheck.Finding]
        var errors: Int
        var warnings: Int
        var info: Int
    }

    func wants(_ id: String) -> Bool { only?.contains(id) ?? true }

    func run(reference: String?, languages: [Language]?) throws -> Report {
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

    static func print(_ report: Report) {
        for doc in report.documents where !doc.findings.isEmpty {
            Swift.print("\(doc.reference) → \(doc.language)")
            var lastSegment = -1
            for f in doc.findings {
                if f.segment != lastSegment {
                    Swift.print("  [\(f.segment)]")
                    lastSegment = f.segment
                }
                Swift.print("    \(f.severity.rawValue) \(f.checkID): \(f.message)")
            }
        }
        for c in report.consistency {
            Swift.print("\(c.severity.rawValue) consistency (\(c.sourceLanguage.rawValue) → \(c.targetLanguage.rawValue)): "
                        + (c.kind == "term" ? "the term “\(c.source)”" : "“\(Output.clip(c.source, 60))”")
                        + " is translated \(c.variants.count) ways")
            for v in c.variants {
                Swift.print("    “\(Output.clip(v.text, 70))” in \(v.places.joined(separator: ", "))")
            }
        }
        Swift.print("\(report.errors) errors, \(report.warnings) warnings, \(report.info) notes")
    }
}
