import HexaglotCore
import Testing
@testable import HexaglotQA

@Suite struct QARegistryTests {
    @Test func everyCheckIsRegisteredOnceWithAnIDSeverityAndSummary() {
        let ids = QARegistry.checks.map { $0.id }
        #expect(Set(ids).count == ids.count)
        #expect(Set(ids) == ["numbers", "codes", "placeholders", "punctuation", "mixed-script", "untranslated", "spaces", "length"])
        for check in QARegistry.checks {
            #expect(!check.id.isEmpty && check.id == check.id.lowercased() && !check.id.contains(" "))
            #expect(!check.summary.isEmpty && !check.summary.contains("\n") && check.summary.count <= 120, "\(check.id)")
            #expect(QASeverity.allCases.contains(check.severity))
            #expect(QARegistry.check(id: check.id) == check)
        }
    }

    @Test func runSelectsChecksAndSkipsEmptyTargets() {
        let pairs = [
            QAPair(source: "What is the Connect 2030 Agenda?", target: "Que es la Agenda Conectar  2031?",
                   sourceLanguage: .en, targetLanguage: .es, segment: 0),
            QAPair(source: "17 May 2020", target: "", sourceLanguage: .en, targetLanguage: .es, segment: 1),
        ]
        let all = QARegistry.run(pairs)
        #expect(Set(all.map(\.checkID)) == ["numbers", "punctuation", "spaces"])
        #expect(all.allSatisfy { $0.segment == 0 })
        #expect(QARegistry.run(pairs, only: ["numbers"]).map(\.checkID) == ["numbers"])
        let issue = all[0].qualityIssue(language: .es)
        #expect(issue.check == "numbers" && issue.segmentIndex == 0 && issue.severity == .error)
    }
}
