import ArgumentParser

/// `hexaglot tm`: the translation memory's commands.
struct TM: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "tm",
        abstract: "Work with the translation memory: import, export, align, look up, search.",
        discussion: """
            The memory holds every translated, reviewed or approved segment of the workspace (kept \
            in step as translations change), the TMX files imported into it, and the legacy \
            translations aligned with `tm align`. Each unit holds up to six languages; any of them \
            can be looked up into any other.
            """,
        subcommands: [TMImport.self, TMExport.self, TMAlign.self, TMLookup.self, TMConcordance.self, TMStats.self]
    )
}
