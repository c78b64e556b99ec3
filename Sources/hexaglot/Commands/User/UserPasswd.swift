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
        guard let person = try workspace.person(named: name) else {
            throw CLIError("no person \(Quote.user(name)) in the team (user list shows who is)")
        }
        let password = try passwordOptions.read(for: person.member.name)
        try workspace.setPasswordHash(of: person.member.name, to: try PasswordHash.make(password))
        print("password changed for \(person.member.name); their sessions have ended")
    }
}
