import Foundation
import HexaglotCore
import HexaglotStore
import HexaglotTestSupport
import Testing
@testable import HexaglotWorkflow

@Suite struct CoverageSelectionTests {
    @Test(arguments: TestBackend.all) func theStatusFilterKeepsPairsWithSuchSegments(_ backend: TestBackend) throws {
        let (t, _) = try TemporaryWorkspace.project(backend)
        let all = try CoverageSelection(t.workspace)
        #expect(all.rows.map(\.reference) == ["CL-17/24", "CL-17/24-word", "CL-19/73", "ITU-BLOG-2019-ICT4SDG", "ITU-BLOG-2019-ICT4SDG-WEB"])
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
        #expect(CoveragePalette.percent(0) == "0%")
        #expect(CoveragePalette.percent(0.4) == "<1%")
        #expect(CoveragePalette.percent(99.9) == "99%")
        #expect(CoveragePalette.percent(100) == "100%")
    }
}
