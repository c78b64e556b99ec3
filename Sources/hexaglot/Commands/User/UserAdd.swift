import ArgumentParser
import HexaglotCore
import HexaglotStore

/// `hexaglot user add`: adds a person to the team.
struct UserAdd: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "add",
        abstract: "Add a person who may sign in to the web workspace.")

    @OptionGroup var workspaceOptions: WorkspaceOptions
    @OptionGroup var passwordOptions: PasswordOptions
    @OptionGroup var output: JSONOption

    @Argument(help: ArgumentHelp("The person's sign-in name (letters, digits, '.', '_', '-', '@').", valueName: "name"))
    var name: String

    @Option(name: .long, help: "coordinator (imports, exports, manages people), translator or reviewer.")
    var role: String

    @Option(name: .long, help: ArgumentHelp("The languages they work in, comma-separated BCP 47 tags (ru,es or fr-CH); required for translators and reviewers.", valueName: "tags"))
    var lang: String?

    func validate() throws {
        do { try Workspace.validatePersonName(name) } catch let e as StoreError { throw ValidationError(e.message) }
        let parsedRole: Role
        do { parsedRole = try Role(parsing: role) } catch let e as CoreError { throw ValidationError("--role: \(e.message)") }
        let tags = try languages()
        if parsedRole != .coordinator && tags.isEmpty {
            throw ValidationError("--lang: a \(parsedRole.rawValue) works in at least one language (--lang ru,es)")
        }
    }

    func languages() throws -> [LanguageTag] {
        guard let lang else { return [] }
        var tags: [LanguageTag] = []
        for part in lang.split(separator: ",", omittingEmptySubsequences: false) {
            let tag = try validLanguage(String(part).trimmingCharacters(in: .whitespaces))
            if !tags.contains(tag) { tags.append(tag) }
        }
        return tags
    }

    func run() throws {
        let workspace = try workspaceOptions.open()
        let member = TeamMember(name: name, role: try Role(parsing: role), languages: try languages())
        if try workspace.person(named: name) != nil {
            throw CLIError("\(Quote.user(name)) is already in the team (user passwd changes a password, user remove removes a person)")
        }
        let password = try passwordOptions.read(for: name)
        try workspace.addPerson(member, passwordHash: try PasswordHash.make(password))
        if output.json {
            try Output.json(UserList.Entry(member))
        } else {
            print("added \(member.name): \(member.role.rawValue)" + (member.languages.isEmpty ? "" : " (\(member.languages.map(\.tag).joined(separator: ", ")))"))
        }
    }
}
