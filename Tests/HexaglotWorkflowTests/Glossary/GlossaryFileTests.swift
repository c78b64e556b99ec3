import Foundation
import HexaglotCore
import HexaglotFormats
import HexaglotStore
import HexaglotTestSupport
import Testing
@testable import HexaglotWorkflow

@Suite struct GlossaryFileTests {
    @Test func theRegistryTellsTheGlossaryFormatIgnoringCase() throws {
        #expect(try GlossaryFile.format(of: "Glossaries/connect2030.tbx").name == "tbx")
        #expect(try GlossaryFile.format(of: "terms.CSV").name == "csv")
        #expect(GlossaryFile.knownExtensions == ".tbx or .csv")
        for path in ["terms.xlsx", "terms", "memory.tmx", "letter.md"] {
            #expect(throws: WorkflowError(.badInput, "\(path): expected a .tbx or .csv file")) { try GlossaryFile.format(of: path) }
        }
    }

    /// TBX in, CSV out, CSV back in: the same concepts with their terms in the six languages.
    @Test func aGlossaryTravelsFromTBXToCSVAndBack() throws {
        let (t, _) = try TemporaryWorkspace.project()
        let export = try GlossaryExport(from: t.workspace, name: nil, path: "out.csv")
        #expect(export.name == "connect2030")
        #expect(export.text.hasPrefix("concept,language,term,"))
        let path = try t.write("connect2030-copy.CSV", export.text)
        let read = try GlossaryFile.read(path)
        #expect(read.name == "connect2030-copy")
        let stored = try t.workspace.glossaryEntries(named: "connect2030")
        #expect(read.entries.count == stored.count && export.concepts == stored.count)
        for language in Language.allCases {
            #expect(Set(read.entries.flatMap { $0.terms(in: language).map(\.text) })
                    == Set(stored.flatMap { $0.terms(in: language).map(\.text) }), "\(language.rawValue)")
        }
        let result = try Importer(workspace: t.workspace, author: nil).importGlossary(path)
        #expect(result.role == "glossary" && result.outcome == "imported" && result.segments == stored.count)
        let tbx = try GlossaryExport(from: t.workspace, name: "connect2030", path: "out.tbx")
        #expect(tbx.text.contains("<martif type=\"TBX-Basic\"") && tbx.terms == export.terms)
    }

    @Test(arguments: TestBackend.all) func severalGlossariesNeedAName(_ backend: TestBackend) throws {
        let (t, _) = try TemporaryWorkspace.project(backend)
        _ = try Importer(workspace: t.workspace, author: nil).importGlossary(try t.write("extra.csv", "concept,language,term,usage\nc1,en,spectrum,preferred\nc1,fr,spectre,preferred\n"))
        #expect(throws: WorkflowError(.notFound, "the workspace has several glossaries (connect2030, extra): name one with --name")) {
            try GlossaryExport(from: t.workspace, name: nil, path: "x.tbx")
        }
    }

    @Test(arguments: TestBackend.all) func hintsGiveTheApprovedRenderingsOfTheSourceTerms(_ backend: TestBackend) throws {
        let (t, _) = try TemporaryWorkspace.project(backend)
        let hints = try GlossaryHints(t.workspace)
        let source = try #require(try t.workspace.segments(of: "CL-19/73", language: .ru).first { view in
            !hints.hints(for: view.segment.content, source: .fr, target: .ru).isEmpty
        })
        for language in targetsOfFrench {
            let found = hints.hints(for: source.segment.content, source: .fr, target: language)
            #expect(!found.isEmpty && found.allSatisfy { !$0.approved.isEmpty }, "\(language.rawValue): \(found)")
        }
        #expect(hints.hints(for: source.segment.content, source: .fr, target: .fr).isEmpty)
    }
}
