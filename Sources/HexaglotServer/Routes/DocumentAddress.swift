import Foundation
import HexaglotCore
import HexaglotFormats
import HexaglotStore
import HTTPTypes
import Hummingbird

/// A document in one target language, as a request's path names it: an unknown document or
/// language, or the document's own source language, is a 404.
struct DocumentAddress: Sendable {
    let reference: String
    let title: String
    let source: Language
    let language: LanguageTag
    let format: any DocumentFormat

    /// Reads `:reference` and `:language` from the path (a reference's `/` may be sent as `-` or `%2F`).
    static func resolve(_ context: WorkspaceRequestContext, _ workspace: Workspace) throws -> DocumentAddress {
        let reference = try DocumentAddress.reference(context)
        let language = try DocumentAddress.language(context)
        let (metadata, format) = try workspace.documentHeader(reference)
        return try DocumentAddress(metadata: metadata, format: format, language: language)
    }

    /// The address of a document already read, in `language`: its own source language is a 404.
    init(metadata: DocumentMetadata, format: String, language: LanguageTag) throws {
        let source = metadata.sourceLanguage.language
        guard language.language != source else {
            throw APIError(.notFound, "\(metadata.reference) is written in \(source.rawValue); its translations are in \(Language.allCases.filter { $0 != source }.map(\.rawValue).joined(separator: ", "))")
        }
        self.init(reference: metadata.reference, title: metadata.title, source: source, language: language,
                  format: FormatRegistry.format(named: format) ?? MarkdownFormat())
    }

    private init(reference: String, title: String, source: Language, language: LanguageTag, format: any DocumentFormat) {
        self.reference = reference
        self.title = title
        self.source = source
        self.language = language
        self.format = format
    }

    /// The language tag from `:language`; an unknown one is a 404.
    static func language(_ context: WorkspaceRequestContext) throws -> LanguageTag {
        let raw = context.parameters.get("language") ?? ""
        guard let language = try? LanguageTag(parsing: raw.removingPercentEncoding ?? raw) else {
            throw APIError(.notFound, "unknown language \(Quote.user(raw)): expected ar, zh, en, fr, ru, es or a regional form such as fr-CH")
        }
        return language
    }

    static func reference(_ context: WorkspaceRequestContext) throws -> String {
        let raw = context.parameters.get("reference") ?? ""
        let reference = raw.removingPercentEncoding ?? raw
        guard !reference.isEmpty, reference.count <= 200 else { throw APIError(.notFound, "no document \(Quote.user(raw))") }
        return reference
    }

    /// The segment number from `:number`: 0 (the title) or more; anything else is a 404.
    static func number(_ context: WorkspaceRequestContext) throws -> Int {
        let raw = context.parameters.get("number") ?? ""
        guard let n = Int(raw), n >= 0 else { throw APIError(.notFound, "no segment \(Quote.user(raw)): segments are numbered from 1 (0 is the title)") }
        return n
    }

    /// The segments of the document in this language.
    func segments(_ workspace: Workspace) throws -> [SegmentView] {
        try workspace.segments(of: reference, language: language.language)
    }

    /// Segment `number` of the document in this language, or a 404 naming the numbers there are.
    func view(_ number: Int, in workspace: Workspace) throws -> SegmentView {
        try segment(number, in: try segments(workspace)).view
    }

    /// One segment, or a 404 naming the numbers there are.
    func segment(_ number: Int, in views: [SegmentView]) throws -> (index: Int, view: SegmentView) {
        guard let k = views.firstIndex(where: { $0.segment.number == number }) else {
            let title = views.first?.segment.number == 0 ? "0 (the title) and " : ""
            throw APIError(.notFound, "\(reference) has segments \(title)1 to \(views.filter { $0.segment.number > 0 }.count); there is no segment \(number)")
        }
        return (k, views[k])
    }
}
