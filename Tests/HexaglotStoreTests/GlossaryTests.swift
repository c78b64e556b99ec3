import Foundation
import HexaglotCore
import Testing
@testable import HexaglotStore

@Suite struct GlossaryTests {
    let entries = [
        GlossaryEntry(id: "c1", definition: "Information and communication technologies", terms: [
            .init(language: .en, text: "ICT", usage: .preferred, termType: "abbreviation"),
            .init(language: .fr, text: "TIC", usage: .preferred, termType: "abbreviation"),
            .init(language: .fr, text: "NTIC", usage: .deprecated, note: "dated"),
            .init(language: .ru, text: "ИКТ", usage: .preferred),
        ]),
        GlossaryEntry(id: "c2", terms: [
            .init(language: .en, text: "Sustainable Development Goals", usage: .preferred),
            .init(language: .zh, text: "可持续发展目标", usage: .preferred),
        ]),
    ]

    @Test(arguments: StoreBackendKind.all) func aTermsMatchingFlagsAreStoredAndReadBack(_ backend: StoreBackendKind) throws {
        let t = try TemporaryWorkspace(backend)
        let flagged = [GlossaryEntry(id: "c3", terms: [
            .init(language: .en, text: "growth", matching: .suggestOnly),
            .init(language: .en, text: "Sector", matching: [.caseSensitive, .wholePhrase]),
            .init(language: .fr, text: "croissance"),
        ])]
        try t.workspace.importGlossary(name: "g", entries: flagged, path: nil, fileText: "v1")
        #expect(try t.workspace.glossaryEntries() == flagged)
        let stored = try t.strings("SELECT matching FROM glossary_term ORDER BY id")
        #expect(stored == ["suggestOnly", "caseSensitive wholePhrase", ""])
    }

    @Test(arguments: StoreBackendKind.all) func storesAGlossaryOnceAndReadsItBack(_ backend: StoreBackendKind) throws {
        let t = try TemporaryWorkspace(backend)
        #expect(try t.workspace.importGlossary(name: "connect2030", entries: entries, path: "g.tbx", fileText: "v1"))
        #expect(try !t.workspace.importGlossary(name: "connect2030", entries: entries, path: "g.tbx", fileText: "v1"))
        #expect(try t.workspace.glossaries() == [GlossarySummary(name: "connect2030", path: "g.tbx", concepts: 2, terms: 6)])
        #expect(try t.workspace.glossaryEntries() == entries)
        #expect(try t.strings("SELECT matching_key FROM glossary_term WHERE text = 'ИКТ'") == ["икт"])
    }

    @Test(arguments: StoreBackendKind.all) func aNewVersionReplacesTheGlossaryWhole(_ backend: StoreBackendKind) throws {
        let t = try TemporaryWorkspace(backend)
        try t.workspace.importGlossary(name: "connect2030", entries: entries, path: nil, fileText: "v1")
        try t.workspace.importGlossary(name: "connect2030", entries: [entries[1]], path: nil, fileText: "v2")
        #expect(try t.workspace.glossaryEntries() == [entries[1]])
    }
}
