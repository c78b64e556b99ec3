import ArgumentParser
import HexaglotCore
import HexaglotStore

/// `hexaglot user passwd`: sets a new password, signing the person out everywhere.
struct UserPasswd: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "passwd",
        abstract: "Set a person's password; their open sessions end.")

    @OptionGroup var workspaceOptions: WorkspaceOptions
    @OptionGroup var passwordOptions: PasswordOptions

    @Argument(help: ArgumentHelp("The person's sign-in name.", valueName: "name"))
    var name: String

    func run() throws {
        let workspace = try workspaceOptions.open()
        let member = try workspace.existingMember(name)
        let password = try passwordOptions.read(for: member.name)
        try workspace.setPasswordHash(of: member.name, to: try PasswordHash.make(password))
        print("password changed for \(member.name); their sessions have ended")
    }
}
