import Foundation
import HexaglotCore
import HexaglotFormats
import HexaglotStore

/// A document and its translation made outside the tool, aligned (structure first, then
/// sentences by length), and the pairs confident enough stored in the memory.
public struct LegacyAlignment: Sendable {
    public let source: SourceFileLoader.Loaded
    public let target: SourceFileLoader.Loaded
    /// The lowest confidence (0 to 1) of a pair stored.
    public let minConfidence: Double
    public let report: AlignmentReport

    /// Reads both files (in the languages they say, else `from` and `to`) and aligns them.
    public init(source: String, target: String, from: LanguageTag? = nil, to: LanguageTag? = nil,
                minConfidence: Double = 0.5) throws {
        let a = try SourceFileLoader.load(source, defaults: .init(language: from))
        let b = try SourceFileLoader.load(target, defaults: .init(language: to))
        guard a.language.language != b.language.language else {
            throw WorkflowError(.badInput, "\(source) and \(target) are both in \(a.language.language.rawValue); give a document and its translation")
        }
        var aligner = LegacyAligner(from: a.language.language, to: b.language.language, threshold: minConfidence)
        aligner.threshold = minConfidence
        self.source = a
        self.target = b
        self.minConfidence = minConfidence
        report = aligner.align(source: a.parsed, target: b.parsed)
    }

    /// The pairs stored: at or above ``minConfidence``, with text on both sides.
    public var kept: [AlignmentReport.Pair] {
        report.pairs.filter { $0.confidence >= minConfidence && !$0.sourceSegments.isEmpty && !$0.targetSegments.isEmpty }
    }

    /// Stores ``kept`` in the memory as units named after the two files.
    public func store(in workspace: Workspace) throws -> MemoryImportSummary {
        let kept = self.kept
        guard !kept.isEmpty else { return MemoryImportSummary() }
        let name = "aligned: " + URL(fileURLWithPath: source.path).lastPathComponent + " + " + URL(fileURLWithPath: target.path).lastPathComponent
        return try workspace.importMemory(name: name, origin: name, units: kept.map { pair in
            TranslationUnit(variants: [
                .init(language: source.language, content: pair.source),
                .init(language: target.language, content: pair.target),
            ], properties: [UnitProperty(type: "x-alignment", value: "\(pair.kind.rawValue) \(String(format: "%.2f", pair.confidence))")])
        })
    }
}
