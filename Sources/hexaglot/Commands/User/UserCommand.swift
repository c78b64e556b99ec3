import ArgumentParser

/// `hexaglot user`: the people who may sign in to `hexaglot serve`.
struct UserCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "user",
        abstract: "Manage the people who sign in to the web workspace (hexaglot serve).",
        discussion: """
            Each person has a role (coordinator, translator or reviewer) and, unless a \
            coordinator, the languages they work in. Passwords are stored as bcrypt hashes in \
            the workspace; they are read from standard input (--password-stdin) or typed at a \
            prompt that does not echo, never given on the command line.
            """,
        subcommands: [UserAdd.self, UserList.self, UserPasswd.self, UserRemove.self])
}
