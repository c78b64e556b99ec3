import ArgumentParser
import Foundation
import HexaglotCore
import HexaglotStore
import HexaglotWorkflow

/// `hexaglot review`: one language of a document, segment by segment, in the terminal.
struct Review: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "review",
        abstract: "Review one language of a document segment by segment: accept, reject, edit or skip.",
        discussion: """
            Shows each segment's source, target and status, then reads one answer a line: \
            a (accept: the segment moves to --to, reviewed by default), r (reject: a comment is \
            asked for), e (edit: the new text is asked for, in the document's markup, and \
            stored as --to), s (skip), q (quit). Each answer is stored at once, in its own \
            transaction; a segment someone else changed meanwhile is reported and left alone. \
            For scripts, `status --set reviewed --segments 3-7` does the same without questions.
            """)

    @OptionGroup var workspaceOptions: WorkspaceOptions
    @OptionGroup var authorOptions: AuthorOptions
    @OptionGroup var output: JSONOption

    @Argument(help: ArgumentHelp("The document reference, such as CL-19/73.", valueName: "reference"))
    var reference: String

    @Option(name: .long, help: "The language to review.")
    var lang: String

    @Option(name: .long, help: "Which segments to go through: those with this status (default translated).")
    var status: String = "translated"

    @Option(name: .long, help: ArgumentHelp("Only these segments, such as 3-7.", valueName: "range"))
    var segments: String?

    @Option(name: .long, help: "The status an accepted or edited segment gets: reviewed (default) or approved.")
    var to: String = "reviewed"

    func validate() throws {
        _ = try validLanguage(lang)
        guard TranslationStatus(rawValue: status) != nil else { throw ValidationError("--status: unknown status \(Quote.user(status))") }
        guard to == "reviewed" || to == "approved" else { throw ValidationError("--to: expected reviewed or approved, not \(Quote.user(to))") }
        if let segments {
            do { _ = try SegmentRanges.parse(segments) } catch let e as CoreError { throw ValidationError("--segments: \(e.message)") }
        }
    }

    func run() throws {
        let workspace = try workspaceOptions.open()
        let target = try validLanguage(lang)
        let session = try ReviewSession(workspace, reference: reference, language: target,
                                        status: TranslationStatus(rawValue: status)!,
                                        segments: try segments.map { Set(try SegmentRanges.parse($0)) },
                                        goal: TranslationStatus(rawValue: to)!, author: authorOptions.person)
        let source = session.sourceLanguage
        let views = session.queue
        var summary = ReviewSession.Summary(reference: session.reference, language: target.language.rawValue)
        let glossary = try GlossaryHints(workspace)
        func ask(_ prompt: String) -> String? {
            FileHandle.standardError.write(Data(prompt.utf8))
            return readLine()
        }
        loop: for (i, view) in views.enumerated() {
            summary.seen += 1
            let segment = view.segment
            FileHandle.standardError.write(Data("""

                [\(i + 1)/\(views.count)] segment \(segment.number), \(segment.blockKind.rawValue), line \(segment.line) · \(view.status.rawValue)\(view.translation?.author.map { " by \($0)" } ?? "")
                  \(source.rawValue)  \(segment.content.tagged)
                  \(target.language.rawValue)  \(view.translation?.content.tagged ?? "—")

                """.utf8))
            if let line = GlossaryHints.line(glossary.hints(for: segment.content, source: source, target: target.language)) {
                FileHandle.standardError.write(Data("  \(line)\n".utf8))
            }
            guard view.translation != nil else { continue }
            while true {
                guard let answer = ask("(a)ccept (r)eject (e)dit (s)kip (q)uit > ")?.trimmingCharacters(in: .whitespaces).lowercased() else {
                    break loop
                }
                do {
                    switch answer {
                    case "a", "accept":
                        try session.apply(.accept, to: view, in: workspace)
                        summary.accepted += 1
                    case "r", "reject":
                        guard let why = ask("why? > "), !why.allSatisfy(\.isWhitespace) else {
                            printError("a rejection needs a comment; the segment is left as it was")
                            continue
                        }
                        try session.apply(.reject(reason: why), to: view, in: workspace)
                        summary.rejected += 1
                    case "e", "edit":
                        guard let text = ask("new text > "), !text.allSatisfy(\.isWhitespace) else { continue }
                        try session.apply(.edit(text: text), to: view, in: workspace)
                        summary.edited += 1
                    case "s", "skip", "":
                        summary.skipped += 1
                    case "q", "quit":
                        break loop
                    default:
                        printError("answer a, r, e, s or q")
                        continue
                    }
                } catch let e as StoreError where e.code == .conflict {
                    printError(e.message)
                    summary.conflicts.append(segment.number)
                } catch let e as StoreError where e.code == .invalid {
                    printError(e.message)
                    summary.refused.append("\(segment.number): \(e.message)")
                } catch let e as WorkflowError where e.code == .refused || e.code == .badInput {
                    printError(e.message)
                    summary.refused.append("\(segment.number): \(e.message)")
                }
                break
            }
        }
        if output.json {
            try Output.json(summary)
        } else {
            print("\(summary.reference) \(summary.language): \(summary.accepted) accepted, \(summary.rejected) rejected, \(summary.edited) edited, \(summary.skipped) skipped of \(views.count)"
                  + (summary.conflicts.isEmpty ? "" : "; changed by someone else meanwhile: \(SegmentRanges.describe(summary.conflicts))"))
        }
    }
}
