import Foundation
import HexaglotCore
import HexaglotFormats
import HexaglotStore

/// Reads files and folders into a workspace: source documents, then translated files.
///
/// A file is a translation when its front matter has `translation-of` (the source language)
/// and `reference` (the document it translates); otherwise it is a source document, whose
/// front matter gives `reference`, `kind`, `title`, `date` and `language`, read by
/// ``FrontMatterKeys`` (aliases and typos read with a warning). Files without front matter
/// (plain text) take their language from `--lang` or a `.fr.txt`-style suffix and their
/// reference from the file name.
struct Importer {
    let workspace: Workspace
    let progress: Progress
    let author: String?
    var defaults = Defaults()

    /// What the command line says for files that do not say it themselves.
    struct Defaults {
        var language: LanguageTag?
        var kind: DocumentKind?
        var status: TranslationStatus?
        var reference: String?
        /// Accept the tracked changes of Word documents instead of refusing them.
        var acceptRevisions = false
    }

    /// One imported file and what happened to it.
    struct Result: Encodable {
        var file: String
        var reference: String
        var language: String
        var role: String
        var outcome: String
        var segments: Int?
        var added: Int?
        var updated: Int?
        var unchanged: Int?
        var untranslated: Int?
    }

    /// Imports `Letters/` of a project folder (sources first, then translations), then the
    /// TBX glossaries in `Glossaries/`.
    func importProject(_ folder: String) throws -> [Result] {
        let root = URL(fileURLWithPath: folder)
        return try importSeed(letters: root.appendingPathComponent("Letters").path,
                              glossaries: root.appendingPathComponent("Glossaries").path)
    }

    /// Imports a folder of documents and translations, then the TBX glossaries of another
    /// (skipped when it does not exist); either may be nil.
    func importSeed(letters: String?, glossaries: String?) throws -> [Result] {
        var results = try letters.map { try importPaths([$0]) } ?? []
        if let glossaries, FileManager.default.fileExists(atPath: glossaries) {
            results += try importGlossaries(glossaries)
        }
        return results
    }

    /// Imports files and folders (searched recursively for files of a known format).
    func importPaths(_ paths: [String]) throws -> [Result] {
        var files: [String] = []
        for path in paths {
            let found = try Importer.files(at: path)
            if found.isEmpty {
                let known = Importer.extensions.map { "." + $0 }.joined(separator: ", ")
                throw CLIError("\(path): no file to import there (Hexaglot reads \(known))")
            }
            files += found
        }
        let glossaries = files.filter { FormatRegistry.kind(forPath: $0) == .glossary }
        let xliffs = files.filter { FormatRegistry.kind(forPath: $0) == .bilingual }
        files.removeAll { FormatRegistry.kind(forPath: $0) == .glossary || FormatRegistry.kind(forPath: $0) == .bilingual }
        let loaded = try files.map { try Importer.loadFile($0, defaults: defaults) }
        for file in loaded {
            for warning in file.front.warnings { printError(warning.description) }
            try Importer.checkReference(file, defaults: defaults)
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

    static func isXLIFF(_ path: String) -> Bool { FormatRegistry.kind(forPath: path) == .bilingual }

    /// What `import` reads: documents, glossaries and bilingual files (memories go through `tm import`).
    static let extensions = FormatRegistry.fileExtensions(documents: true, [.glossary, .bilingual])

    /// Brings back an XLIFF file (2.x as `export --xliff` writes it, or 1.2 from an older tool)
    /// after work in another tool: its targets and states, checked against the document first.
    func importXLIFF(_ path: String) throws -> Result {
        let file = try XLIFFReader(path: path).read()
        let document: Document
        do {
            document = try workspace.document(file.reference)
        } catch let e as StoreError where e.code == .notFound {
            throw CLIError("\(path): made from document \(file.reference), which is not in this workspace; nothing was imported")
        }
        let reference = document.metadata.reference
        guard file.sourceLanguage.language == document.metadata.sourceLanguage.language else {
            throw CLIError("\(path): its source is \(file.sourceLanguage.tag), but \(reference) is written in \(document.metadata.sourceLanguage.tag); nothing was imported")
        }
        let revision = try workspace.revision(of: reference)
        let views = try workspace.segments(of: reference, language: file.targetLanguage.language)
        let byNumber = Dictionary(views.map { ($0.segment.number, $0) }, uniquingKeysWith: { a, _ in a })
        for unit in file.units {
            guard let view = byNumber[unit.number] else {
                throw CLIError("\(path): unit \(unit.number) is not a segment of \(reference) (it has \(views.count)); the file was made from another revision or document; nothing was imported")
            }
            guard view.segment.content.plainText == unit.source.plainText else {
                throw CLIError("\(path): the source of unit \(unit.number) is not segment \(unit.number) of \(reference) as it stands in revision \(revision); the file was made from another revision or document: export it again; nothing was imported")
            }
        }
        let updates = file.units.compactMap { unit -> SegmentUpdate? in
            let target = unit.target.flatMap { $0.plainText.allSatisfy(\.isWhitespace) && $0.codes.isEmpty ? nil : $0 }
            if target == nil && unit.status == .new { return nil }
            return SegmentUpdate(segment: unit.number, content: target, status: unit.status,
                                 comment: unit.status.needsComment ? unit.notes.last : nil)
        }
        let outcome = try workspace.importWork(of: reference, language: file.targetLanguage, revision: file.revision ?? revision,
                                               updates: updates, author: author, origin: (path as NSString).lastPathComponent)
        return Result(file: path, reference: reference, language: file.targetLanguage.tag, role: "xliff",
                      outcome: "\(outcome.textChanged) texts and \(outcome.statusChanged) statuses updated, \(outcome.unchanged) unchanged",
                      segments: file.units.count)
    }

    /// Imports every TBX file in a folder, each as the glossary named after its file.
    func importGlossaries(_ folder: String) throws -> [Result] {
        let files = (try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []
        return try files.filter { $0.lowercased().hasSuffix(".tbx") }.sorted().map { name in
            try importGlossary((folder as NSString).appendingPathComponent(name))
        }
    }

    /// Imports one TBX file as the glossary named after the file (`connect2030`).
    func importGlossary(_ path: String) throws -> Result {
        guard let data = FileManager.default.contents(atPath: path) else {
            throw CLIError("\(path): no such file, or not readable")
        }
        let (entries, warnings): ([GlossaryEntry], [FormatWarning])
        if path.lowercased().hasSuffix(".csv") {
            (entries, warnings) = try GlossaryCSV.read(try SourceFile.read(path), file: path)
        } else {
            (entries, warnings) = try TBXReader.readWithWarnings(data, file: path)
        }
        for warning in warnings { progress.note(warning.description) }
        let name = ((path as NSString).lastPathComponent as NSString).deletingPathExtension
        let changed = try workspace.importGlossary(name: name, entries: entries, path: path,
                                                   fileText: String(decoding: data, as: UTF8.self))
        return Result(file: path, reference: name, language: "mul", role: "glossary",
                      outcome: changed ? "imported" : "unchanged", segments: entries.count)
    }

    /// A file read and parsed, not yet stored.
    struct Loaded {
        var path: String
        var text: String
        var parsed: ParsedFile
        /// Its front matter as Hexaglot reads it (aliases and typos resolved).
        var front: FrontMatterKeys
        var language: LanguageTag
        var isTranslation: Bool
        /// The file's bytes, when its format is a package (a Word .docx).
        var package: [UInt8]? = nil
    }

    /// Reads and parses one file, in the language its front matter, `defaults` or its name gives.
    ///
    /// A file with front matter must name its document there (`reference`, or a spelling
    /// ``FrontMatterKeys`` reads as it); only a file without front matter takes its reference
    /// from its name. The front matter's warnings are in ``Loaded/front``.
    static func loadFile(_ path: String, defaults: Defaults) throws -> Loaded {
        guard var format = FormatRegistry.format(forPath: path) else {
            let known = FormatRegistry.all.flatMap(\.fileExtensions).map { "." + $0 }.joined(separator: ", ")
            throw CLIError("\(path): unknown file type (Hexaglot reads \(known))")
        }
        if defaults.acceptRevisions, format is DOCXFormat { format = DOCXFormat(acceptRevisions: true) }
        let package = format is any PackageFormat ? try SourceFile.readBytes(path) : nil
        let text = package == nil ? try SourceFile.read(path) : ""
        func parse(_ language: Language) throws -> ParsedFile {
            if let package, let format = format as? any PackageFormat {
                return try format.parse(package: package, file: path, language: language)
            }
            return try format.parse(text, file: path, language: language)
        }
        // The front matter says which language the file is in; segmentation depends on it.
        let probe = try parse(defaults.language?.language ?? .en)
        let front = try FrontMatterKeys(probe, file: path)
        let start = probe.frontMatterLine ?? 1
        let language: LanguageTag
        if let given = front["language"] {
            do { language = try LanguageTag(parsing: given) } catch let e as CoreError {
                throw CLIError("\(path):\(front.line(of: "language")): \(e.message)")
            }
        } else if let given = defaults.language {
            language = given
        } else if let suffix = Importer.languageSuffix(path), let tag = try? LanguageTag(parsing: suffix) {
            language = tag
        } else if probe.frontMatterLine != nil {
            throw CLIError("\(path):\(start): the front matter has no `language:` (the language the file is written in, such as `language: fr`); add it, name the file like letter.fr.md, or pass --lang")
        } else {
            throw CLIError("\(path): no language: add `language:` to its front matter, name it like letter.fr.md, or pass --lang")
        }
        let parsed = language.language == (defaults.language?.language ?? .en)
            ? probe : try parse(language.language)
        let isTranslation = front["translation-of"] != nil || defaults.reference != nil
        if let status = front["status"], (try? TranslationStatus(parsing: status)) == .new {
            throw CLIError("\(path):\(front.line(of: "status")): a translated file cannot have status 'new'")
        }
        if !isTranslation && parsed.segments.isEmpty {
            throw CLIError("\(path): nothing to translate in this file (no text outside front matter and markup)")
        }
        return Loaded(path: path, text: text, parsed: parsed, front: front, language: language, isTranslation: isTranslation,
                      package: package)
    }

    /// Checks that a file to import names its document: a translation always, a source with
    /// front matter there (only a file without front matter is named after its file name).
    static func checkReference(_ file: Loaded, defaults: Defaults) throws {
        let start = file.parsed.frontMatterLine ?? 1
        if file.isTranslation && defaults.reference == nil && !file.front.hasReference {
            throw CLIError("\(file.path):\(start): a translated file needs `reference:` in its front matter (the document it translates)")
        }
        if !file.isTranslation && file.parsed.frontMatterLine != nil && !file.front.hasReference {
            // A key that looks like a reference but is not read as one: point at it.
            let like = file.front.extra.keys.sorted().first { $0.lowercased().contains("ref") || $0.lowercased().contains("réf") }
            let hint = like.map { " ('\($0)' on line \(file.parsed.frontMatterLines[$0] ?? start) is not read as one: rename it `reference`)" } ?? ""
            throw CLIError("\(file.path):\(start): the front matter has no `reference:` (the document's reference, such as `reference: CL-19/73`)\(hint); add it")
        }
    }

    func store(_ file: Loaded) throws -> Result {
        let front = file.front
        if file.isTranslation {
            guard let reference = front["reference"] ?? defaults.reference else {
                throw CLIError("\(file.path):\(file.parsed.frontMatterLine ?? 1): a translated file needs `reference:` in its front matter (the document it translates)")
            }
            let document = try workspace.document(reference)
            if let of = front["translation-of"] {
                let source = try LanguageTag(parsing: of)
                guard source.language == document.metadata.sourceLanguage.language else {
                    throw CLIError("\(file.path):\(front.line(of: "translation-of")): translation-of says \(of), but \(document.metadata.reference) is written in \(document.metadata.sourceLanguage)")
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
        let reference = front["reference"] ?? Importer.referenceFromFileName(file.path)
        let kind = try front["kind"].map { try DocumentKind(parsing: $0) } ?? defaults.kind ?? .other
        let title = front["title"] ?? file.parsed.segments.first.map { Output.clip($0.content.plainText, 80) } ?? reference
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
    static func files(at path: String) throws -> [String] {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
            throw CLIError("\(path): no such file or folder")
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

    /// `fr` in `CL-19-73.fr.md`.
    static func languageSuffix(_ path: String) -> String? {
        let parts = ((path as NSString).lastPathComponent).split(separator: ".")
        return parts.count >= 3 ? String(parts[parts.count - 2]) : nil
    }

    /// `CL-19-73` from `Letters/CL-19-73/CL-19-73.fr.md`.
    static func referenceFromFileName(_ path: String) -> String {
        var name = ((path as NSString).lastPathComponent as NSString).deletingPathExtension
        if let suffix = languageSuffix(path), (try? LanguageTag(parsing: suffix)) != nil {
            name = (name as NSString).deletingPathExtension
        }
        return name
    }
}
