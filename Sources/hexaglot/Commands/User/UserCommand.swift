import ArgumentParser
import HexaglotCore
import HexaglotStore

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

extension Workspace {
    /// The team member signed in as `name` (in any case), or the error `user passwd` and
    /// `user remove` give for a name no one has.
    func existingMember(_ name: String) throws -> TeamMember {
        guard let person = try person(named: name) else {
            throw CLIError("no person \(Quote.user(name)) in the team (user list shows who is)")
        }
        return person.member
    }
}
