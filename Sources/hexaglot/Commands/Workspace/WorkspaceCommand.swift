import ArgumentParser

/// `hexaglot workspace`: the workspace as a whole.
struct WorkspaceCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "workspace",
        abstract: "Work with the workspace as a whole: copy it between SQLite and PostgreSQL.",
        subcommands: [WorkspaceCopyCommand.self])
}
