import ArgumentParser
import HexaglotCore

/// The `hexaglot` command: translation memory and document workflow for the six UN languages.
@main
struct Hexaglot: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "hexaglot",
        abstract: "Translation memory and document workflow for the six UN languages (ar, zh, en, fr, ru, es).",
        discussion: """
            The workspace is one SQLite file, hexaglot.sqlite. Commands find it from --workspace, \
            else the HEXAGLOT_WORKSPACE environment variable, else by walking up from the current \
            folder. Where there is none and a Letters/ folder is found walking up, it is created \
            there from Letters/ and Glossaries/. A team may keep it in a PostgreSQL database \
            instead: --workspace postgresql://user@host:port/database.
            """,
        version: HexaglotVersion.current,
        subcommands: [
            Init.self, Import.self, List.self, Show.self, SegmentCommand.self,
            Translate.self, Status.self, Export.self, Coverage.self,
            Review.self, Log.self, Diff.self, TM.self, Pretranslate.self, Analyze.self, GlossaryCommand.self, Check.self,
            UserCommand.self, Serve.self, WorkspaceCommand.self,
        ]
    )

    /// Parses (letting values start with a dash, see `DashValues`), runs, and reports errors in the user's terms.
    static func main() {
        let arguments = DashValues.rewrite(Array(CommandLine.arguments.dropFirst()), root: Hexaglot.self)
        do {
            var command = try parseAsRoot(arguments)
            try command.run()
        } catch {
            exit(withError: UserFacingError.translate(error))
        }
    }
}
