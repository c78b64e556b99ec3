import ArgumentParser
import HexaglotCore
import HexaglotStore

/// `hexaglot user remove`: removes a person; the history keeps their name.
struct UserRemove: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "remove",
        abstract: "Remove a person from the team; their sessions end, the history keeps what they did.")

    @OptionGroup var workspaceOptions: WorkspaceOptions

    @Argument(help: ArgumentHelp("The person's sign-in name.", valueName: "name"))
    var name: String

    func run() throws {
        let workspace = try workspaceOptions.open()
        guard let person = try workspace.person(named: name) else {
            throw CLIError("no person \(Quote.user(name)) in the team (user list shows who is)")
        }
        try workspace.removePerson(named: person.member.name)
        print("removed \(person.member.name)")
    }
}
