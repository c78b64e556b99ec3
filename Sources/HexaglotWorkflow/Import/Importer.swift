import Foundation
import HexaglotCore
import HexaglotFormats
import HexaglotStore
import HexaglotText

/// Reads files and folders into a workspace: source documents, then translated files, then
/// glossaries and XLIFF files brought back from other tools.
///
/// A file is a translation when its front matter has `translation-of` (the source language)
/// and `reference` (the document it translates); otherwise it is a source document, whose
/// front matter gives `reference`, `kind`, `title`, `date` and `language`, read by
/// ``FrontMatterKeys`` (aliases and typos read with a warning, said through `progress`).
/// Files without front matter (plain text) take their language from ``Defaults/language`` or
/// a `.fr.txt`-style suffix and their reference from the file name. Each file is stored in
/// its own transaction.
public struct Importer {
    public let workspace: Workspace
    public let progress: any ProgressReporter
    /// Who the changes are recorded as made by (a translated file's `translator:` wins).
    public let author: String?
    public var defaults: Defaults

    public init(workspace: Workspace, progress: any ProgressReporter = CollectingProgress(), author: String?,
                defaults: Defaults = Defaults()) {
        self.workspace = workspace
        self.progress = progress
        self.author = author
        self.defaults = defaults
    }

    /// What the request says for files that do not say it themselves.
    public struct Defaults: Sendable {
        public var language: LanguageTag?
        public var kind: DocumentKind?
        public var status: TranslationStatus?
        /// Import the files as translations of this document.
        public var reference: String?
        /// Accept the tracked changes of Word documents (insertions kept, deletions dropped)
        /// instead of refusing them.
        public var acceptRevisions: Bool

        public init(language: LanguageTag? = nil, kind: DocumentKind? = nil, status: TranslationStatus? = nil,
                    reference: String? = nil, acceptRevisions: Bool = false) {
            self.language = language
            self.kind = kind
            self.status = status
            self.reference = reference
            self.acceptRevisions = acceptRevisions
        }
    }

    /// One imported file and what happened to it (`import --json` prints these keys).
    public struct Result: Codable, Hashable, Sendable {
        public var file: String
        public var reference: String
        public var language: String
        /// `source`, `translation`, `glossary` or `xliff`.
        public var role: String
        public var outcome: String
        public var segments: Int?
        public var added: Int?
        public var updated: Int?
        public var unchanged: Int?
        public var untranslated: Int?
    }

    /// Imports `Letters/` of a project folder (sources first, then translations), then the
    /// glossaries in `Glossaries/`.
    public func importProject(_ folder: String) throws -> [Result] {
        let root = URL(fileURLWithPath: folder)
        return try importSeed(letters: root.appendingPathComponent("Letters").path,
                              glossaries: root.appendingPathComponent("Glossaries").path)
    }

    /// Imports a folder of documents and translations, then the TBX glossaries of another
    /// (skipped when it does not exist); either may be nil.
    public func importSeed(letters: String?, glossaries: String?) throws -> [Result] {
        var results = try letters.map { try importPaths([$0]) } ?? []
        if let glossaries, FileManager.default.fileExists(atPath: glossaries) {
            results += try importGlossaries(glossaries)
        }
        return results
    }

    /// Imports files and folders (searched recursively for files of a known format).
    public func importPaths(_ paths: [String]) throws -> [Result] {
        var files: [String] = []
        for path in paths {
            let found = try Importer.files(at: path)
            if found.isEmpty {
                let known = Importer.extensions.map { "." + $0 }.joined(separator: ", ")
                throw WorkflowError(.notFound, "\(path): no file to import there (Hexaglot reads \(known))")
            }
            files += found
        }
        let glossaries = files.filter { FormatRegistry.kind(forPath: $0) == .glossary }
        let xliffs = files.filter { FormatRegistry.kind(forPath: $0) == .bilingual }
        files.removeAll { FormatRegistry.kind(forPath: $0) == .glossary || FormatRegistry.kind(forPath: $0) == .bilingual }
        let loaded = try files.map { try SourceFileLoader.load($0, defaults: defaults) }
        for file in loaded {
            for warning in file.front.warnings { progress.note(warning.description) }
            try SourceFileLoader.checkReference(file, defaults: defaults)
        }
        // Sources before translations, so a folder holding both imports in one go.
        let ordered = loaded.filter { !$0.isTranslation } + loaded.filter(\.isTranslation)
        var results: [Result] = []
        for (i, file) in ordered.enumerated() {
            progress.update(i + 1, of: ordered.count, file.path)
            results.append(try store(file))
        }
        progress.finish()
        for glossary in glossaries { results.append(try importGlossary(glossary)) }
        for file in xliffs { results.append(try importXLIFF(file)) }
        return results
    }

    /// What `import` reads: documents, glossaries and bilingual files (memories go through `tm import`),
    /// the extensions a folder is searched for.
    public static let extensions = FormatRegistry.fileExtensions(documents: true, [.glossary, .bilingual], inFolders: true)

    /// Imports every glossary file of a folder (TBX), each as the glossary named after its file.
    public func importGlossaries(_ folder: String) throws -> [Result] {
        let known = Set(FormatRegistry.fileExtensions(documents: false, [.glossary], inFolders: true))
        let files = (try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []
        return try files.filter { known.contains(($0 as NSString).pathExtension.lowercased()) }.sorted().map { name in
            try importGlossary((folder as NSString).appendingPathComponent(name))
        }
    }

    /// Imports one glossary file (TBX or CSV, by the registry) as the glossary named after the
    /// file (`connect2030`); its warnings are said through `progress`.
    public func importGlossary(_ path: String) throws -> Result {
        let file = try GlossaryFile.read(path)
        for warning in file.warnings { progress.note(warning.description) }
        let changed = try workspace.importGlossary(name: file.name, entries: file.entries, path: path, fileText: file.text)
        return Result(file: path, reference: file.name, language: "mul", role: "glossary",
                      outcome: changed ? "imported" : "unchanged", segments: file.entries.count)
    }

    /// Stores one loaded file: a source document (created or revised) or a translation.
    public func store(_ file: SourceFileLoader.Loaded) throws -> Result {
        let front = file.front
        if file.isTranslation {
            guard let reference = front["reference"] ?? defaults.reference else {
                throw WorkflowError(.badInput, "\(file.path):\(file.parsed.frontMatterLine ?? 1): a translated file needs `reference:` in its front matter (the document it translates)")
            }
            let document = try workspace.document(reference)
            if let of = front["translation-of"] {
                let source = try LanguageTag(parsing: of)
                guard source.language == document.metadata.sourceLanguage.language else {
                    throw WorkflowError(.mismatch, "\(file.path):\(front.line(of: "translation-of")): translation-of says \(of), but \(document.metadata.reference) is written in \(document.metadata.sourceLanguage)")
                }
            }
            let status = try front["status"].map { try TranslationStatus(parsing: $0) } ?? defaults.status ?? .translated
            let complete = ["true", "yes"].contains(front["complete"]?.lowercased() ?? "")
            let source = ParsedFile(frontMatter: [:], frontMatterLine: nil, skeleton: document.skeleton,
                                    segments: document.segments, format: document.format)
            var contents = try TranslationAligner.align(source: source, translation: file.parsed, translationFile: file.path)
            // The translated title of the front matter is the translation of segment 0.
            if document.titleSegment != nil, let title = front.titleSegment {
                contents[Segment.titleIndex] = title.content
            }
            let outcome = try workspace.importTranslation(
                of: document.metadata.reference, language: file.language, contents: contents, status: status,
                complete: complete, frontMatter: file.parsed.frontMatterText, path: file.path,
                fileText: file.package.map { Data($0).base64EncodedString() } ?? file.text, author: front["translator"] ?? author)
            return Result(file: file.path, reference: document.metadata.reference, language: file.language.tag,
                          role: "translation", outcome: outcome.changed ? "updated" : "unchanged",
                          segments: nil, added: outcome.added, updated: outcome.updated,
                          unchanged: outcome.unchanged, untranslated: outcome.untranslated)
        }
        let reference = front["reference"] ?? SourceFileLoader.referenceFromFileName(file.path)
        let kind = try front["kind"].map { try DocumentKind(parsing: $0) } ?? defaults.kind ?? .other
        let title = front["title"] ?? file.parsed.segments.first.map { DisplayWidth.clip($0.content.plainText, 80) } ?? reference
        var extra = front.extra
        for key in ["author", "translation-of", "status", "translator", "complete"] { extra[key] = front[key] }
        let metadata = DocumentMetadata(reference: reference, kind: kind, title: title, date: front["date"],
                                        sourceLanguage: file.language, extra: extra)
        var document = file.parsed.document(metadata: metadata)
        document.titleSegment = front.titleSegment
        let outcome = try workspace.importDocument(document, sourceText: file.text, path: file.path, package: file.package)
        let description: String
        switch outcome {
        case .created: description = "created"
        case .unchanged: description = "unchanged"
        case .revised(let revision, let kept, let changed, let added, let archived):
            description = "revision \(revision): \(kept) kept, \(changed) changed (translations outdated), \(added) new, \(archived) archived"
        }
        return Result(file: file.path, reference: reference, language: file.language.tag, role: "source",
                      outcome: description, segments: file.parsed.segments.count + (document.titleSegment == nil ? 0 : 1))
    }

    /// Files of a known format at `path`: the file itself, or those below a folder, sorted.
    public static func files(at path: String) throws -> [String] {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
            throw WorkflowError(.notFound, "\(path): no such file or folder")
        }
        guard isDirectory.boolValue else { return [path] }
        let known = Set(Importer.extensions)
        var found: [String] = []
        let enumerator = FileManager.default.enumerator(atPath: path)
        while let relative = enumerator?.nextObject() as? String {
            let full = (path as NSString).appendingPathComponent(relative)
            let name = (relative as NSString).lastPathComponent
            guard !name.hasPrefix("."), name.lowercased() != "readme.md" else { continue }
            if known.contains((name as NSString).pathExtension.lowercased()) { found.append(full) }
        }
        return found.sorted()
    }
}
