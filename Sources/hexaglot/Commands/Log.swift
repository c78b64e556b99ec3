import ArgumentParser
import Foundation
import HexaglotCore
import HexaglotMemory
import HexaglotStore
import HexaglotWorkflow

/// `hexaglot log`: the recorded changes of translations, newest first.
struct Log: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "log",
        abstract: "Show the history of a segment, a document or a person, newest first.",
        discussion: """
            Every change of a translation is recorded: who (--as, $HEXAGLOT_USER or git's \
            user.name), when, the status before and after, the text before and after, and the \
            comment. A changed text is shown word by word, as `diff` shows a source change: \
            [-removed-]{+added+}, with long unchanged stretches shortened. With no document, the \
            whole workspace's history.
            """)

    @OptionGroup var workspaceOptions: WorkspaceOptions
    @OptionGroup var output: JSONOption

    @Argument(help: ArgumentHelp("A document reference, such as CL-19/73.", valueName: "reference"))
    var reference: String?

    @Option(name: .long, help: ArgumentHelp("Only this segment of the document (from 1).", valueName: "n"))
    var segment: Int?

    @Option(name: .long, help: "Only changes in this language.")
    var lang: String?

    @Option(name: .long, help: ArgumentHelp("Only changes made by this person.", valueName: "name"))
    var by: String?

    @Option(name: .long, help: "At most this many changes.")
    var max: Int = 50

    func validate() throws {
        if let lang { _ = try validLanguage(lang) }
        if segment != nil && reference == nil { throw ValidationError("--segment needs a document reference") }
        if let segment, segment < 0 { throw ValidationError("--segment: numbers start at 1 (0 is the title)") }
        guard max >= 1 else { throw ValidationError("--max: expected at least 1, not \(max)") }
    }

    func run() throws {
        let workspace = try workspaceOptions.open()
        let entries = try HistoryEntry.list(workspace, reference: reference, segment: segment,
                                            language: lang.map { try validLanguage($0).language }, by: by, limit: max)
        if output.json {
            struct Report: Encodable { var changes: [HistoryEntry] }
            try Output.json(Report(changes: entries))
            return
        }
        if entries.isEmpty {
            print("no recorded change")
            return
        }
        let time = ISO8601DateFormatter()
        for e in entries {
            var head = "\(time.string(from: e.at))  \(e.reference) [\(e.segment)] \(e.language)  \(e.from ?? "new") → \(e.to)"
            if let author = e.author { head += "  by \(author)" }
            print(head)
            if let comment = e.comment { print("    \(comment)") }
            if let diff = e.diff {
                print("    ~ \(Log.shortened(diff))")
            } else if e.textBefore != e.textAfter {
                if let before = e.textBefore { print("    - \(Output.clip(before, 100))") }
                if let after = e.textAfter { print("    + \(Output.clip(after, 100))") }
            }
        }
    }

    /// The marked diff with each unchanged stretch longer than `keep` characters cut in its
    /// middle, so the changes of a long segment stay in view.
    static func shortened(_ diff: TextDiff, keep: Int = 60) -> String {
        var shown = diff
        for (i, piece) in diff.pieces.enumerated() where piece.kind == .equal && piece.text.count > keep {
            let text = piece.text.replacingOccurrences(of: "\n", with: " ")
            let head = i == 0 ? "" : String(text.prefix(keep / 2))
            let tail = i == diff.pieces.count - 1 ? "" : String(text.suffix(keep / 2))
            shown.pieces[i].text = head + "…" + tail
        }
        return shown.marked.replacingOccurrences(of: "\n", with: " ")
    }
}
