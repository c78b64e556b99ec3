import Foundation
import HexaglotCore
import HexaglotText
import Synchronization

/// The glossary check: for each glossary term found in the source, an approved rendering of the
/// same concept in the target; and no deprecated rendering on either side.
///
/// - A concept found in the source (through a term of any usage) whose target has no preferred
///   or admitted term of that concept: an **error** naming the source term, the concept (by
///   its English term, else the source term) and the approved renderings expected, with the
///   source term's place as its range (``QAFinding/side`` `source`). When the source term is
///   ``GlossaryEntry/Matching/suggestOnly`` (an ordinary word such as `growth` that a
///   translation may render freely), the finding is a **hint** (info) instead.
/// - A deprecated term in the target: an **error** naming it and the preferred term (a hint
///   if that term is suggest-only); in the source, a **warning** (the source is not the
///   translator's to fix), with its range in the source.
/// Terms are found by ``HexaglotText/TermRecognizer`` (inflection-aware, abbreviations exact,
/// each term's ``GlossaryEntry/Matching``). Terms and names are quoted “…” in messages, or
/// ‘…’ when they hold a double quotation mark.
public struct GlossaryCheck {
    public static let id = "terms"
    public static let severity = QASeverity.error
    public static let summary = "Glossary terms of the source have an approved rendering in the target; no deprecated term is used"

    let entries: [String: GlossaryEntry]
    let recognizer: TermRecognizer
    /// One recognizer per concept, made when needed: a term can sit inside a longer one that the
    /// whole-glossary recognizer reports instead ("Information Society" inside "World
    /// Telecommunication and Information Society Day").
    private let single = ConceptRecognizers()

    public init(entries: [GlossaryEntry]) {
        self.entries = Dictionary(entries.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
        recognizer = TermRecognizer(entries: entries)
    }

    /// Whether `text` holds an approved (preferred or admitted) term of `concept`.
    func hasApproved(_ concept: String, in text: String, language: Language, hits: [TermHit]) -> Bool {
        if hits.contains(where: { $0.conceptID == concept && $0.term.usage != .deprecated }) { return true }
        guard let entry = entries[concept] else { return false }
        return single.recognizer(for: entry).find(in: text, language: language).contains { $0.term.usage != .deprecated }
    }

    /// The concepts found in a text, with the terms that matched.
    public func hits(in text: String, language: Language) -> [TermHit] {
        recognizer.find(in: text, language: language)
    }

    /// How a concept is named in messages: its first approved English term, else `fallback`.
    func name(of concept: String, fallback: String) -> String {
        entries[concept]?.terms(in: .en).first { $0.usage != .deprecated }?.text ?? fallback
    }

    public func check(_ pair: QAPair) -> [QAFinding] {
        let sourceHits = hits(in: pair.source.plainText, language: pair.sourceLanguage)
        let targetHits = hits(in: pair.target.plainText, language: pair.targetLanguage)
        var findings: [QAFinding] = []
        func finding(_ message: String, range: Range<Int>? = nil, side: QAFinding.Side = .target, severity: QASeverity = .error) -> QAFinding {
            QAFinding(checkID: Self.id, severity: severity, message: message, segment: pair.segment,
                      reference: pair.reference, range: range, side: side)
        }
        var reported = Set<String>()
        var namedDeprecated = Set<Range<Int>>()
        for hit in sourceHits where reported.insert(hit.conceptID).inserted {
            // Concepts found on the same words of the source (an abbreviation shared by two
            // concepts): any one of them rendered will do.
            let alike = sourceHits.filter { $0.range == hit.range }.map(\.conceptID)
            for c in alike { reported.insert(c) }
            let target = pair.target.plainText
            if alike.contains(where: { hasApproved($0, in: target, language: pair.targetLanguage, hits: targetHits) }) { continue }
            let expected = entries[hit.conceptID]?.terms(in: pair.targetLanguage).filter { $0.usage != .deprecated }.map(\.text) ?? []
            guard !expected.isEmpty else { continue }
            let used = targetHits.first { $0.conceptID == hit.conceptID }
            let concept = name(of: hit.conceptID, fallback: hit.term.text)
            let named = MatchingKey.make(concept) == MatchingKey.make(hit.matched) ? "" : " (concept \(quoted(concept)))"
            let renderings = expected.map(quoted).joined(separator: " or ")
            if hit.term.matching.contains(.suggestOnly) {
                findings.append(finding("Suggestion: \(quoted(hit.matched))\(named) may be the glossary's concept, rendered \(renderings)"
                                        + (used.map { "; \(quoted($0.matched)) is deprecated" } ?? ""),
                                        range: hit.range, side: .source, severity: .info))
            } else {
                findings.append(finding("The term \(quoted(hit.matched))\(named) is not rendered with an approved term"
                                        + (used.map { ": \(quoted($0.matched)) is deprecated" } ?? "")
                                        + "; expected " + renderings,
                                        range: hit.range, side: .source))
            }
            if let used { namedDeprecated.insert(used.range) }
        }
        for hit in targetHits where hit.term.usage == .deprecated && !namedDeprecated.contains(hit.range) {
            let preferred = entries[hit.conceptID]?.terms(in: pair.targetLanguage).first { $0.usage == .preferred }?.text
            findings.append(finding("Deprecated term \(quoted(hit.matched))" + (preferred.map { "; use \(quoted($0))" } ?? ""), range: hit.range,
                                    severity: hit.term.matching.contains(.suggestOnly) ? .info : .error))
        }
        for hit in sourceHits where hit.term.usage == .deprecated {
            let preferred = entries[hit.conceptID]?.terms(in: pair.sourceLanguage).first { $0.usage == .preferred }?.text
            findings.append(finding("The source uses the deprecated term \(quoted(hit.matched))" + (preferred.map { " (preferred: \(quoted($0)))" } ?? ""),
                                    range: hit.range, side: .source, severity: .warning))
        }
        return findings
    }
}

/// Recognizers of one concept each, made once and kept (thread-safe).
final class ConceptRecognizers: Sendable {
    private let made = Mutex<[String: TermRecognizer]>([:])

    func recognizer(for entry: GlossaryEntry) -> TermRecognizer {
        made.withLock { made in
            if let r = made[entry.id] { return r }
            let r = TermRecognizer(entries: [entry])
            made[entry.id] = r
            return r
        }
    }
}
