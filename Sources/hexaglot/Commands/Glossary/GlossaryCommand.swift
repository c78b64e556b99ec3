import ArgumentParser

/// `hexaglot glossary`: the workspace's glossaries.
struct GlossaryCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "glossary",
        abstract: "List, find, import and export glossary terms (TBX-Basic or CSV).",
        subcommands: [GlossaryList.self, GlossaryFind.self, GlossaryImport.self, GlossaryExport.self]
    )
}
