import Foundation
import HexaglotCore
import HexaglotStore
import HexaglotTestSupport
import Testing
@testable import HexaglotWorkflow

@Suite struct CheckRunnerTests {
    @Test(arguments: TestBackend.all) func aNumberLeftOutIsFoundInEveryTargetLanguage(_ backend: TestBackend) throws {
        let (t, _) = try TemporaryWorkspace.project(backend)
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
