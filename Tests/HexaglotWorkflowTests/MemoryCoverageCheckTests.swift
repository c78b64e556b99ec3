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

@Suite struct CoverageSelectionTests {
    @Test func theStatusFilterKeepsPairsWithSuchSegments() throws {
        let (t, _) = try TemporaryWorkspace.project()
        let all = try CoverageSelection(t.workspace)
        #expect(all.rows.map(\.reference) == ["CL-17/24", "CL-19/73", "ITU-BLOG-2019-ICT4SDG"])
        try t.workspace.setStatus(of: "CL-19/73", segments: [1], language: .ar, status: .rejected, author: nil, comment: "خطأ")
        let rejected = try CoverageSelection(t.workspace, statuses: [.rejected])
        #expect(rejected.rows.map(\.reference) == ["CL-19/73"])
        #expect(rejected.pairs.map { $0.1 } == [[.ar]])
        #expect(rejected.report.documents.map { $0.languages.map(\.language) } == [["ar"]])
        let csv = CoverageCSV.render(rejected.pairs)
        #expect(csv.components(separatedBy: "\r\n").filter { !$0.isEmpty }.count == 2)
        let page = rejected.html(workspace: t.workspace.path)
        #expect(page.contains("status filter: rejected") && page.contains("lang=\"ar\" dir=\"rtl\""))
    }

    @Test func percentLabels() {
        #expect(CoverageSelection.percentLabel(0) == "0%")
        #expect(CoverageSelection.percentLabel(0.4) == "<1%")
        #expect(CoverageSelection.percentLabel(99.9) == "99%")
        #expect(CoverageSelection.percentLabel(100) == "100%")
    }
}

@Suite struct CheckRunnerTests {
    @Test func aNumberLeftOutIsFoundInEveryTargetLanguage() throws {
        let (t, _) = try TemporaryWorkspace.project()
        let texts: [Language: String] = [.ar: "جنيف، ديسمبر", .zh: "日内瓦，12月", .en: "Geneva, December",
                                         .ru: "Женева, декабря", .es: "Ginebra, diciembre"]
        for language in targetsOfFrench {
            _ = try TranslationEdit(reference: "CL-19/73", segment: 2, language: LanguageTag(language),
                                    text: texts[language]!, author: nil).save(t.workspace)
        }
        let report = try CheckRunner(workspace: t.workspace, only: ["numbers"]).run(reference: "CL-19/73", languages: nil)
        #expect(report.documents.map(\.language) == targetsOfFrench.map(\.rawValue))
        for document in report.documents {
            #expect(document.findings.contains { $0.segment == 2 && $0.checkID == "numbers" }, "\(document.language)")
            #expect(document.findings.allSatisfy { $0.checkID == "numbers" })
        }
        #expect(report.consistency.isEmpty)
        #expect(CheckCatalog.all.map(\.id).contains("numbers") && CheckCatalog.all.map(\.id).contains("terms"))
    }
}
