import Foundation
import HexaglotCore
import HexaglotFormats
import HexaglotStore
import HexaglotWorkflow
import HTTPTypes
import Hummingbird

/// The coordinator's import and export: `POST /api/documents` takes a file as `hexaglot import`
/// does, `GET /api/documents/{reference}/{language}/export` gives one back as `hexaglot export`.
struct DocumentTransferRoutes: Sendable {
    let services: WorkspaceServices

    func register(on router: Router<WorkspaceRequestContext>) {
        router.post("/api/documents", use: importDocument)
        router.get("/api/documents/:reference/:language/export", use: export)
    }

    /// The raw body is the file; `?filename=` its name (the extension says its type, a `.fr.txt`
    /// suffix its language); `lang`, `kind`, `status` and `translation-of` as `import`'s options.
    @Sendable func importDocument(_ request: Request, context: WorkspaceRequestContext) async throws -> Response {
        let member = try context.authorize(.importDocuments)
        let query = request.uri.queryParameters
        guard let name = query.get("filename"), !name.isEmpty else {
            throw APIError(.badRequest, "filename: name the uploaded file (?filename=letter.fr.md); its extension says its type")
        }
        var defaults = Importer.Defaults()
        if let lang = query.get("lang") {
            guard let tag = try? LanguageTag(parsing: lang) else {
                throw APIError(.badRequest, "lang: unknown language \(Quote.user(lang)); expected ar, zh, en, fr, ru, es or a regional form such as fr-CH")
            }
            defaults.language = tag
        }
        if let kind = query.get("kind") {
            guard let k = DocumentKind(rawValue: kind) else { throw APIError(.badRequest, "kind: expected letter, post or other, not \(Quote.user(kind))") }
            defaults.kind = k
        }
        if let status = query.get("status") {
            guard let s = TranslationStatus(rawValue: status), s.hasText else {
                throw APIError(.badRequest, "status: expected draft, translated, reviewed, approved, outdated or rejected, not \(Quote.user(status))")
            }
            defaults.status = s
        }
        defaults.reference = query.get("translation-of")
        let fileName = UploadFolder.sanitised(name)
        guard let kind = FormatRegistry.kind(forPath: fileName), kind != .memory else {
            let known = Importer.extensions.map { "." + $0 }.joined(separator: ", ")
            throw APIError(.unsupportedMediaType, "\(fileName): not a file Hexaglot imports (it reads \(known))")
        }
        let body = try await request.body.collect(upTo: services.options.maxUploadBytes)
        guard body.readableBytes > 0 else { throw APIError(.badRequest, "\(fileName): the upload is empty") }
        let data = Data(body.readableBytesView)
        let workspace = services.workspace
        let chosen = defaults
        let answer = try await blocking { () -> ImportJSON in
            let upload = try UploadFolder(fileName: fileName, data: data)
            defer { upload.remove() }
            let progress = CollectingProgress()
            var importer = Importer(workspace: workspace, progress: progress, author: member.name)
            importer.defaults = chosen
            do {
                var files = try importer.importPaths([upload.path])
                for i in files.indices { files[i].file = upload.fileName }
                return ImportJSON(files: files, warnings: progress.notes.map(upload.unfolded))
            } catch let error as StoreError where error.code != .notFound && error.code != .invalid {
                throw error // the workspace itself failed (read-only, newer version): the usual status
            } catch let error as StoreError {
                throw APIError(.unprocessableContent, upload.unfolded(error.message))
            } catch {
                throw APIError(.unprocessableContent, upload.unfolded(String(describing: error)))
            }
        }
        return try JSONReply.response(answer)
    }

    /// `?format=document` (default: the document's own format, Markdown for letters and posts),
    /// `markdown` (the same, for a Markdown document) or `xliff` (XLIFF 2.1, a target language only).
    @Sendable func export(_ request: Request, context: WorkspaceRequestContext) async throws -> Response {
        try context.authorize(.export)
        let format = request.uri.queryParameters.get("format") ?? "document"
        guard ["document", "markdown", "xliff"].contains(format) else {
            throw APIError(.badRequest, "format: expected document, markdown or xliff, not \(Quote.user(format))")
        }
        let reference = try DocumentAddress.reference(context)
        let rawLanguage = context.parameters.get("language") ?? ""
        guard let language = try? LanguageTag(parsing: rawLanguage.removingPercentEncoding ?? rawLanguage) else {
            throw APIError(.notFound, "unknown language \(Quote.user(rawLanguage)): expected ar, zh, en, fr, ru, es or a regional form such as fr-CH")
        }
        let workspace = services.workspace
        let file = try await blocking { () -> ExportedFile in
            let document = try workspace.document(reference)
            let canonical = document.metadata.reference
            let source = document.metadata.sourceLanguage.language
            let base = UploadFolder.sanitised(canonical.replacingOccurrences(of: "/", with: "-"))
            if format == "xliff" {
                guard language.language != source else {
                    throw APIError(.conflict, "\(canonical) is written in \(source.rawValue): XLIFF goes out for a target language")
                }
                let result = try XLIFFExport(reference: canonical, target: language).run(workspace)
                return ExportedFile(data: result.data, name: "\(base).\(language.tag).xlf", type: "application/xliff+xml; charset=utf-8")
            }
            guard format != "markdown" || document.format == MarkdownFormat().name else {
                throw APIError(.conflict, "\(canonical) is a \(document.format) document: export it with format=document")
            }
            let result = try DocumentExport(reference: canonical, language: language.language).run(workspace)
            let documentFormat = FormatRegistry.format(named: document.format)
            let ext = documentFormat?.fileExtensions.first ?? "txt"
            let name = language.language == source ? "\(base).\(ext)" : "\(base).\(language.tag).\(ext)"
            return ExportedFile(data: Data(result.text.utf8), name: name, type: ExportedFile.mediaType(document.format))
        }
        return file.response()
    }
}

/// An exported file as a download.
struct ExportedFile: Sendable {
    var data: Data
    var name: String
    var type: String

    func response() -> Response {
        var headers = HTTPFields()
        headers[.contentType] = type
        headers[.contentDisposition] = "attachment; filename=\"\(name)\""
        headers[.cacheControl] = "no-store"
        return Response(status: .ok, headers: headers, body: .init(byteBuffer: ByteBuffer(bytes: data)))
    }

    /// The media type of a document format's files.
    static func mediaType(_ format: String) -> String {
        switch format {
        case "markdown": return "text/markdown; charset=utf-8"
        case "html": return "text/html; charset=utf-8"
        default: return "text/plain; charset=utf-8"
        }
    }
}
