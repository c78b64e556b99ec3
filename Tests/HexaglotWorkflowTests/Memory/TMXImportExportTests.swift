import Foundation
import HexaglotCore
import HexaglotStore
import Testing
@testable import HexaglotWorkflow

@Suite struct MemoryFileTests {
    static let tmx = """
        <?xml version="1.0" encoding="UTF-8"?>
        <tmx version="1.4"><header creationtool="test" creationtoolversion="1" segtype="sentence" o-tmf="x" adminlang="en" srclang="en" datatype="plaintext"/>
        <body>
        <tu><tuv xml:lang="en"><seg>Connect 2030 Agenda</seg></tuv><tuv xml:lang="fr-FR"><seg>Programme Connect 2030</seg></tuv>
        <tuv xml:lang="ar"><seg>برنامج التوصيل 2030</seg></tuv><tuv xml:lang="zh-CN"><seg>2030年连通目标</seg></tuv>
        <tuv xml:lang="ru"><seg>Повестка дня "Соединим к 2030 году"</seg></tuv><tuv xml:lang="es-419"><seg>Agenda Conectar 2030</seg></tuv></tu>
        <tu><tuv xml:lang="en"><seg>Geneva</seg></tuv><tuv xml:lang="fr"><seg></seg></tuv><tuv xml:lang="de"><seg>Genf</seg></tuv></tu>
        </body></tmx>
        """

    @Test func tmxGoesInAndComesOutWithItsSixLanguages() throws {
        let t = try TemporaryWorkspace()
        let path = try t.write("itu.tmx", MemoryFileTests.tmx)
        // An empty <seg> refuses the file unless empty variants are left out; nothing is stored.
        #expect(throws: (any Error).self) { try TMXImport(files: [path], skipEmpty: false).run(into: t.workspace) }
        #expect(try t.workspace.readMemory { try $0.unitCount() } == 0)
        let reports = try TMXImport(files: [path], skipEmpty: true).run(into: t.workspace)
        #expect(reports.count == 1)
        let report = reports[0]
        #expect(report.units == 2 && report.emptyVariantsSkipped == 1 && report.foreignVariants == 1)
        #expect(Set(report.variants.keys) == Set(Language.allCases.map(\.rawValue)))
        let again = try TMXImport(files: [path], skipEmpty: true).run(into: t.workspace)
        #expect(again[0].duplicates == 2 && again[0].units == 0)
        let out = t.folder.appendingPathComponent("out.tmx").path
        let written = try TMXExport(languages: [.fr, .zh]).write(t.workspace, to: out)
        #expect(written.units == 1 && written.variants == ["fr": 1, "zh": 1])
        let text = try String(contentsOfFile: out, encoding: .utf8)
        #expect(text.contains("Programme Connect 2030") && text.contains("2030年连通目标") && !text.contains("Genf"))
    }

    @Test func aMissingFileIsReportedBeforeAnythingIsStored() throws {
        let t = try TemporaryWorkspace()
        let good = try t.write("good.tmx", MemoryFileTests.tmx)
        #expect(throws: (any Error).self) { try TMXImport(files: [good, t.folder.path + "/missing.tmx"], skipEmpty: true) }
        #expect(try t.workspace.readMemory { try $0.unitCount() } == 0)
    }
}
