import ArgumentParser
import Foundation
import HexaglotCore
import HexaglotWorkflow

/// `hexaglot import`: stores documents and translated files.
struct Import: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "import",
        abstract: "Import source documents and translated files (Markdown, plain text, HTML or Word .docx).",
        discussion: """
            Each file is one transaction; importing the same file again changes nothing. A file \
            whose front matter has `translation-of:` is a translation of the document named by its \
            `reference:`; its blocks and sentences must line up with the source's. Folders are \
            searched for .md, .txt, .html, .htm, .xhtml and .docx files; sources are imported before translations. A Word \
            document's custom properties (reference, translation-of, language …) play the part of front \
            matter; one with tracked changes is refused unless --accept-revisions.
            """)

    @OptionGroup var workspaceOptions: WorkspaceOptions
    @OptionGroup var output: JSONOption
    @OptionGroup var authorOptions: AuthorOptions

    @Argument(help: ArgumentHelp("Files or folders to import.", valueName: "path"))
    var paths: [String]

    @Option(name: .long, help: "Language of files that do not say (a BCP 47 tag: ar, zh, en, fr, ru, es, fr-CH…).")
    var lang: String?

    @Option(name: .long, help: "Kind of source documents that do not say: letter, post or other.")
    var kind: String?

    @Option(name: .customLong("translation-of"), help: ArgumentHelp(
        "Import the files as translations of this document reference.", valueName: "reference"))
    var translationOf: String?

    @Option(name: .long, help: "Status of imported translations that do not say (draft, translated, reviewed, approved).")
    var status: String?

    @Flag(name: .customLong("accept-revisions"), help: "Accept the tracked changes of Word documents (insertions kept, deletions dropped) instead of refusing them.")
    var acceptRevisions = false

    func validate() throws {
        if let lang { _ = try validLanguage(lang) }
        if let kind, DocumentKind(rawValue: kind) == nil {
            throw ValidationError("--kind: expected letter, post or other, not \(Quote.user(kind))")
        }
        if let status {
            guard let s = TranslationStatus(rawValue: status), s.hasText else {
                throw ValidationError("--status: expected draft, translated, reviewed, approved, outdated or rejected, not \(Quote.user(status))")
            }
        }
    }

    func run() throws {
        let progress = Progress()
        let workspace = try workspaceOptions.open(progress: progress)
        var importer = Importer(workspace: workspace, progress: progress, author: authorOptions.person)
        importer.defaults.language = try lang.map { try validLanguage($0) }
        importer.defaults.kind = kind.flatMap(DocumentKind.init(rawValue:))
        importer.defaults.status = status.flatMap(TranslationStatus.init(rawValue:))
        importer.defaults.reference = translationOf
        importer.defaults.acceptRevisions = acceptRevisions
        let results = try importer.importPaths(paths)
        if output.json {
            try Output.json(["files": results])
            return
        }
        for r in results {
            var line = "\(r.file): \(r.reference) [\(r.language)] \(r.role), \(r.outcome)"
            if r.role == "translation" {
                line += " (\(r.added ?? 0) added, \(r.updated ?? 0) updated, \(r.unchanged ?? 0) unchanged"
                if let u = r.untranslated, u > 0 { line += ", \(u) left untranslated" }
                line += ")"
            } else if r.role == "glossary", let n = r.segments {
                line += " (\(n) concepts)"
            } else if let n = r.segments {
                line += " (\(n) segments)"
            }
            print(line)
        }
    }
}
