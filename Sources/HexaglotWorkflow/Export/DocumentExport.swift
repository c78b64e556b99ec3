import HexaglotCore
import HexaglotFormats
import HexaglotStore

/// A document written back in its own format, in one language, rebuilt from its skeleton.
///
/// In the source language the file comes back byte for byte (a Word document part by part:
/// every part without translated text is copied from the stored package). In another, each segment's
/// translation replaces its text; a segment with no translation falls back to its source text
/// (``Report/fallback`` says how many), and the front matter is the translation's own, brought
/// up to date (``TranslationFrontMatter``).
public struct DocumentExport: Sendable {
    public var reference: String
    /// The language to write; nil for the document's source language.
    public var language: Language?
    /// Refuse unless every segment is approved.
    public var requireApproved: Bool

    public init(reference: String, language: Language? = nil, requireApproved: Bool = false) {
        self.reference = reference
        self.language = language
        self.requireApproved = requireApproved
    }

    /// What an export wrote (`export --json` prints these keys).
    public struct Report: Codable, Hashable, Sendable {
        public var reference: String
        public var language: String
        /// The file written, as the caller names it ("" when none).
        public var output: String
        public var segments: Int
        public var translated: Int
        public var drafts: Int
        /// Segments written in the source language for want of a translation.
        public var fallback: Int
        public var statuses: [String: Int]
    }

    /// The exported file's bytes and what it holds.
    public struct Result: Sendable {
        public var bytes: [UInt8]
        public var report: Report
        public var sourceLanguage: Language

        /// The file as text, for a text format (Markdown, plain text, HTML); a package's bytes
        /// (a Word .docx) are not text.
        public var text: String { String(decoding: bytes, as: UTF8.self) }
    }

    public func run(_ workspace: Workspace) throws -> Result {
        let document = try workspace.document(reference)
        let reference = document.metadata.reference
        let source = document.metadata.sourceLanguage.language
        let target = language ?? source
        var translations: [Int: Content] = [:]
        var frontMatter: String?
        var views: [SegmentView] = []
        if target != source {
            views = try workspace.segments(of: reference, language: target)
            if requireApproved {
                let open = views.filter { $0.status != .approved }.map(\.segment.number)
                if !open.isEmpty {
                    throw WorkflowError(.refused, "\(reference) is not fully approved in \(target.rawValue): segment\(open.count == 1 ? "" : "s") \(SegmentRanges.describe(open)) \(open.count == 1 ? "is" : "are") not approved; nothing written")
                }
            }
            for v in views { if let t = v.translation, t.status.hasText { translations[v.segment.index] = t.content } }
            frontMatter = try TranslationFrontMatter.make(document, target: target, views: views,
                                                          stored: try workspace.targetFrontMatter(of: reference, language: target),
                                                          translations: translations)
        }
        let segmentCount = document.segments.count + (document.titleSegment == nil ? 0 : 1)
        let bytes: [UInt8]
        if let format = FormatRegistry.format(named: document.format) as? any PackageFormat {
            // A Word document: rebuilt from the stored package, parts without translated text as they were.
            guard let package = try workspace.package(of: reference) else {
                throw WorkflowError(.notFound, "\(reference): the \(document.format) file it was imported from is not in the workspace; import it again")
            }
            bytes = try format.write(document, translations: translations, target: target == source ? nil : target,
                                     package: package)
        } else {
            bytes = Array(Exporter.render(document, target: target == source ? nil : target,
                                          translations: translations, frontMatter: frontMatter).utf8)
        }
        let counts = target == source ? StatusCounts(all: segmentCount)
            : StatusCounts(views.map { $0.translation?.status ?? .new })
        let report = Report(reference: reference, language: target.rawValue, output: "", segments: segmentCount,
                            translated: counts.done, drafts: counts.drafts,
                            fallback: target == source ? 0 : segmentCount - translations.count, statuses: counts.byStatus)
        return Result(bytes: bytes, report: report, sourceLanguage: source)
    }
}
