import ArgumentParser
import HexaglotCore
import HexaglotStore

/// `hexaglot user list`: the team.
struct UserList: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "list",
        abstract: "List the people who may sign in, with their roles and languages.")

    @OptionGroup var workspaceOptions: WorkspaceOptions
    @OptionGroup var output: JSONOption

    /// One person in `user list --json`: `name`, `role`, `languages` (BCP 47 tags).
    struct Entry: Encodable {
        var name: String
        var role: String
        var languages: [String]

        init(_ member: TeamMember) {
            name = member.name
            role = member.role.rawValue
            languages = member.languages.map(\.tag)
        }
    }

    func run() throws {
        let people = try workspaceOptions.open().people()
        if output.json {
            try Output.json(people.map(Entry.init))
            return
        }
        if people.isEmpty {
            print("no one yet: hexaglot user add NAME --role coordinator|translator|reviewer --lang ru,es")
            return
        }
        let width = people.map(\.name.count).max() ?? 0
        for p in people {
            let languages = p.role == .coordinator ? "all languages" : p.languages.map(\.tag).joined(separator: ", ")
            print(p.name.padding(toLength: width, withPad: " ", startingAt: 0) + "  " + p.role.rawValue.padding(toLength: 11, withPad: " ", startingAt: 0) + " " + languages)
        }
    }
}
