import ArgumentParser
import HexaglotStore

/// `hexaglot workspace copy FROM TO`: the whole workspace into a new one, either backend.
struct WorkspaceCopyCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "copy",
        abstract: "Copy a whole workspace into a new one: SQLite to PostgreSQL, or back.",
        discussion: """
            Copies every table (documents and their revisions, translations and history, the \
            translation memory, glossaries, people and sessions), keeping every id, in one \
            transaction: all of it or nothing. TO must be a file that does not exist yet or a \
            PostgreSQL database (it must exist) that holds no workspace. Either may be a \
            postgresql://user[:password]@host[:port]/database URL; the password may also come \
            from $PGPASSWORD.
            """)

    @Argument(help: ArgumentHelp("The workspace to copy: a file, a folder holding hexaglot.sqlite, or a postgresql:// URL.", valueName: "from"))
    var from: String

    @Argument(help: ArgumentHelp("The new workspace: a file that does not exist yet, or a postgresql:// URL of a database holding none.", valueName: "to"))
    var to: String

    @OptionGroup var output: JSONOption

    func validate() throws {
        if from.isEmpty || to.isEmpty { throw ValidationError("give the workspace to copy and where to copy it") }
        if WorkspaceOptions.filePath(from) == WorkspaceOptions.filePath(to) {
            throw ValidationError("FROM and TO are the same workspace")
        }
    }

    func run() throws {
        let report = try WorkspaceCopy.run(from: WorkspaceOptions.filePath(from), to: to)
        if output.json {
            try Output.json(report)
            return
        }
        let rows = report.tables.reduce(0) { $0 + $1.rows }
        print("Copied \(report.from) to \(report.to): \(rows) rows in \(report.tables.filter { $0.rows > 0 }.count) tables")
        for table in report.tables where table.rows > 0 {
            print("  \(table.name.padding(toLength: 18, withPad: " ", startingAt: 0)) \(table.rows)")
        }
    }
}
