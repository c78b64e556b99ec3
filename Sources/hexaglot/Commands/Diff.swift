import ArgumentParser
import HexaglotCore
import HexaglotMemory
import HexaglotStore

/// `hexaglot diff`: what a revision of a source letter changed.
struct Diff: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "diff",
        abstract: "Show what a revision of a document changed in its source: changed, added and removed segments.",
        discussion: """
            Importing a changed version of a source file makes a new revision. Segments with the \
            same text keep their translations; a segment reworded (similar enough to the old one \
            between the same unchanged neighbours) keeps its translations marked outdated, with \
            the change shown here word by word ([-old-]{+new+}); new segments are new; removed ones \
            are archived, and their translations stay in the memory.
            """)

    @OptionGroup var workspaceOptions: WorkspaceOptions
    @OptionGroup var output: JSONOption

    @Argument(help: ArgumentHelp("The document reference, such as CL-19/73.", valueName: "reference"))
    var reference: String

    @Option(name: .long, help: "The revision to show, against the one before (default: the latest).")
    var revision: Int?

    func validate() throws {
        if let revision, revision < 2 { throw ValidationError("--revision: the first revision has nothing before it; give 2 or more") }
    }

    func run() throws {
        let workspace = try workspaceOptions.open()
        if revision == nil, try workspace.revision(of: reference) == 1 {
            // The first revision: an answer (nothing changed yet), not an error.
            let document = try workspace.document(reference)
            if output.json {
                struct Empty: Encodable { var reference: String, revision = 1, changed: [Int] = [], added: [Int] = [], removed: [Int] = [] }
                try Output.json(Empty(reference: document.metadata.reference))
            } else {
                print("\(document.metadata.reference): revision 1, the first: no earlier revision to compare with")
            }
            return
        }
        let changes = try workspace.revisionChanges(of: reference, revision: revision)
        if output.json {
            try Output.json(changes)
            return
        }
        print("\(changes.reference): revision \(changes.revision - 1) → \(changes.revision): \(changes.changed.count) changed, \(changes.added.count) added, \(changes.removed.count) removed")
        for c in changes.changed {
            let diff = TextDiff.between(query: c.after.plainText, match: c.before.plainText)
            print("~ [\(c.number.map(String.init) ?? "removed later")] \(c.similarity)%  \(diff.marked)")
        }
        for a in changes.added {
            print("+ [\(a.number.map(String.init) ?? "removed later")] \(a.content.tagged)")
        }
        for r in changes.removed {
            print("- (line \(r.line)) \(r.content.tagged)")
        }
    }
}
