import Foundation
import HexaglotCore
import HexaglotFormats

/// Reads one document file (Markdown, plain text, HTML, Word .docx) and works out what it is: its language, its
/// front matter's meaning, whether it is a source or a translation. Nothing is stored.
public enum SourceFileLoader {
    /// A file read and parsed, not yet stored.
    public struct Loaded: Sendable {
        public var path: String
        public var text: String
        public var parsed: ParsedFile
        /// Its front matter as Hexaglot reads it (aliases and typos resolved; see its `warnings`).
        public var front: FrontMatterKeys
        public var language: LanguageTag
        public var isTranslation: Bool
        /// The file's bytes, when its format is a package (a Word .docx); `text` is then empty.
        public var package: [UInt8]? = nil

        /// The segments as the workspace will number them: the front matter's title is segment
        /// 0 of a source document, when it has one.
        public var segments: [Segment] {
            (isTranslation ? [] : [front.titleSegment].compactMap { $0 }) + parsed.segments
        }
    }

    /// Reads and parses one file, in the language its front matter, `defaults` or its name gives.
    ///
    /// A file with front matter must name its document there (`reference`, or a spelling
    /// ``FrontMatterKeys`` reads as it); only a file without front matter takes its reference
    /// from its name. The front matter's warnings are in ``Loaded/front``.
    public static func load(_ path: String, defaults: Importer.Defaults = .init()) throws -> Loaded {
        guard var format = FormatRegistry.format(forPath: path) else {
            let known = FormatRegistry.all.flatMap(\.fileExtensions).map { "." + $0 }.joined(separator: ", ")
            throw WorkflowError(.badInput, "\(path): unknown file type (Hexaglot reads \(known))")
        }
        if defaults.acceptRevisions, format is DOCXFormat { format = DOCXFormat(acceptRevisions: true) }
        // A package (a Word .docx) is read as bytes; a text format decodes its own bytes (an
        // HTML page may declare Windows-1252).
        let package = format is any PackageFormat ? try SourceFile.readBytes(path) : nil
        let text = package == nil ? try SourceFile.read(path, format: format) : ""
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
                throw WorkflowError(.badInput, "\(path):\(front.line(of: "language")): \(e.message)")
            }
        } else if let given = defaults.language {
            language = given
        } else if let suffix = languageSuffix(path), let tag = try? LanguageTag(parsing: suffix) {
            language = tag
        } else if probe.frontMatterLine != nil {
            throw WorkflowError(.badInput, "\(path):\(start): the front matter has no `language:` (the language the file is written in, such as `language: fr`); add it, name the file like letter.fr.md, or pass --lang")
        } else {
            throw WorkflowError(.badInput, "\(path): no language: add `language:` to its front matter, name it like letter.fr.md, or pass --lang")
        }
        let parsed = language.language == (defaults.language?.language ?? .en)
            ? probe : try parse(language.language)
        let isTranslation = front["translation-of"] != nil || defaults.reference != nil
        if let status = front["status"], (try? TranslationStatus(parsing: status)) == .new {
            throw WorkflowError(.badInput, "\(path):\(front.line(of: "status")): a translated file cannot have status 'new'")
        }
        if !isTranslation && parsed.segments.isEmpty {
            throw WorkflowError(.badInput, "\(path): nothing to translate in this file (no text outside front matter and markup)")
        }
        return Loaded(path: path, text: text, parsed: parsed, front: front, language: language, isTranslation: isTranslation,
                      package: package)
    }

    /// Checks that a file to import names its document: a translation always, a source with
    /// front matter there (only a file without front matter is named after its file name).
    public static func checkReference(_ file: Loaded, defaults: Importer.Defaults) throws {
        let start = file.parsed.frontMatterLine ?? 1
        if file.isTranslation && defaults.reference == nil && !file.front.hasReference {
            throw WorkflowError(.badInput, "\(file.path):\(start): a translated file needs `reference:` in its front matter (the document it translates)")
        }
        if !file.isTranslation && file.parsed.frontMatterLine != nil && !file.front.hasReference {
            // A key that looks like a reference but is not read as one: point at it.
            let like = file.front.extra.keys.sorted().first { $0.lowercased().contains("ref") || $0.lowercased().contains("réf") }
            let hint = like.map { " ('\($0)' on line \(file.parsed.frontMatterLines[$0] ?? start) is not read as one: rename it `reference`)" } ?? ""
            throw WorkflowError(.badInput, "\(file.path):\(start): the front matter has no `reference:` (the document's reference, such as `reference: CL-19/73`)\(hint); add it")
        }
    }

    /// `fr` in `CL-19-73.fr.md`.
    public static func languageSuffix(_ path: String) -> String? {
        let parts = ((path as NSString).lastPathComponent).split(separator: ".")
        return parts.count >= 3 ? String(parts[parts.count - 2]) : nil
    }

    /// `CL-19-73` from `Letters/CL-19-73/CL-19-73.fr.md`.
    public static func referenceFromFileName(_ path: String) -> String {
        var name = ((path as NSString).lastPathComponent as NSString).deletingPathExtension
        if let suffix = languageSuffix(path), (try? LanguageTag(parsing: suffix)) != nil {
            name = (name as NSString).deletingPathExtension
        }
        return name
    }
}
