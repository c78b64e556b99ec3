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
        let member = try workspace.existingMember(name)
        try workspace.removePerson(named: member.name)
        print("removed \(member.name)")
    }
}
