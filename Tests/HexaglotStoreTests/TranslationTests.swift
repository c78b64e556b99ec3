import Foundation
import GRDB
import Testing
import HexaglotCore
@testable import HexaglotStore

@Suite struct TranslationTests {
    func seeded(_ backend: StoreBackendKind = .sqlite) throws -> TemporaryWorkspace {
        let t = try TemporaryWorkspace(backend)
        let (doc, text) = makeDocument("CL-19/73", .fr, frenchLetter)
        try t.workspace.importDocument(doc, sourceText: text, path: nil)
        return t
    }

    func contents(_ sentences: [String]) -> [Int: Content] {
        Dictionary(uniqueKeysWithValues: sentences.enumerated().map { ($0.offset, Content(text: $0.element)) })
    }

    @Test(arguments: StoreBackendKind.all) func importsATranslatedFileOnceAndRecordsHistory(_ backend: StoreBackendKind) throws {
        let t = try seeded(backend)
        let first = try t.workspace.importTranslation(
            of: "CL-19/73", language: LanguageTag(.en), contents: contents(englishLetter), status: .reviewed,
            complete: true, frontMatter: "---\nlanguage: en\n---\n", path: "CL-19-73.en.md", fileText: "x", author: "ana")
        #expect(first.added == 4)
        let again = try t.workspace.importTranslation(
            of: "CL-19/73", language: LanguageTag(.en), contents: contents(englishLetter), status: .reviewed,
            complete: true, frontMatter: "---\nlanguage: en\n---\n", path: "CL-19-73.en.md", fileText: "x", author: "ana")
        #expect(again.unchanged == 4 && !again.changed)
        let history = try t.workspace.sqlRead { db in try db.row("SELECT COUNT(*) AS n FROM status_change")?.int("n") }
        #expect(history == 4)
        #expect(try t.workspace.targetFrontMatter(of: "CL-19/73", language: .en) == "---\nlanguage: en\n---\n")
    }

    @Test(arguments: StoreBackendKind.all) func aSentenceLeftInTheSourceLanguageIsNotTranslatedInAPartialFile(_ backend: StoreBackendKind) throws {
        let t = try seeded(backend)
        var russian = frenchLetter
        russian[0] = "Генеральный секретариат (ГС)"
        russian[1] = "Имею честь сообщить вам, что темой 2020 года выбрана «Соединим к 2030 году: ИКТ для достижения ЦУР»."
        let outcome = try t.workspace.importTranslation(
            of: "CL-19/73", language: LanguageTag(.ru), contents: contents(russian), status: .translated,
            complete: false, frontMatter: nil, path: nil, fileText: "y", author: nil)
        #expect(outcome.added == 2 && outcome.untranslated == 2)
        let coverage = try t.workspace.coverage()[0].languages[.ru]!
        #expect(coverage.segments(.translated) == 2 && coverage.segments(.new) == 2)
    }

    @Test(arguments: StoreBackendKind.all) func statusChangesAreAllOrNothing(_ backend: StoreBackendKind) throws {
        let t = try seeded(backend)
        for n in 1...2 {
            try t.workspace.setTranslation(of: "CL-19/73", segment: n, language: LanguageTag(.es),
                                           content: Content(text: "Traducción \(n)."), status: .translated, author: "luis")
        }
        #expect(throws: StoreError.self) {
            try t.workspace.setStatus(of: "CL-19/73", segments: [1, 2, 3], language: .es, status: .reviewed, author: "eva")
        }
        let views = try t.workspace.segments(of: "CL-19/73", language: .es)
        #expect(views[0].status == .translated && views[1].status == .translated)
        #expect(try t.workspace.setStatus(of: "CL-19/73", segments: [1, 2], language: .es, status: .reviewed, author: "eva") == 2)
        #expect(try t.workspace.segments(of: "CL-19/73", language: .es)[1].translation?.author == "eva")
    }

    @Test(arguments: StoreBackendKind.all) func aStaleVersionIsAConflict(_ backend: StoreBackendKind) throws {
        let t = try seeded(backend)
        try t.workspace.setTranslation(of: "CL-19/73", segment: 1, language: LanguageTag(.es),
                                       content: "Secretaría General (SG)", status: .translated, author: "luis")
        let read = try t.workspace.segments(of: "CL-19/73", language: .es)[0].translation!.version
        try t.workspace.setTranslation(of: "CL-19/73", segment: 1, language: LanguageTag(.es),
                                       content: "Secretaría General", status: .translated, author: "eva",
                                       expectedVersion: read)
        do {
            try t.workspace.setTranslation(of: "CL-19/73", segment: 1, language: LanguageTag(.es),
                                           content: "Secretaría Gral.", status: .translated, author: "luis",
                                           expectedVersion: read)
            Issue.record("a stale write went through")
        } catch let e as StoreError {
            #expect(e.code == .conflict)
        }
        #expect(try t.workspace.segments(of: "CL-19/73", language: .es)[0].translation?.content.plainText == "Secretaría General")
    }

    @Test(arguments: StoreBackendKind.all) func refusesTranslationsIntoTheSourceLanguageAndBadSegments(_ backend: StoreBackendKind) throws {
        let t = try seeded(backend)
        #expect(throws: StoreError.self) {
            try t.workspace.setTranslation(of: "CL-19/73", segment: 1, language: LanguageTag(.fr),
                                           content: "x", status: .translated, author: nil)
        }
        #expect(throws: StoreError.self) {
            try t.workspace.setTranslation(of: "CL-19/73", segment: 99, language: LanguageTag(.en),
                                           content: "x", status: .translated, author: nil)
        }
    }

    @Test(arguments: StoreBackendKind.all) func coverageCountsSegmentsAndWordsByStatus(_ backend: StoreBackendKind) throws {
        let t = try seeded(backend)
        let words = try t.workspace.segments(of: "CL-19/73", language: .en).map(\.words)
        try t.workspace.setTranslation(of: "CL-19/73", segment: 1, language: LanguageTag(.en),
                                       content: Content(text: englishLetter[0]), status: .translated, author: nil)
        try t.workspace.setStatus(of: "CL-19/73", segments: [1], language: .en, status: .reviewed, author: nil)
        try t.workspace.setStatus(of: "CL-19/73", segments: [1], language: .en, status: .approved, author: nil)
        try t.workspace.setTranslation(of: "CL-19/73", segment: 2, language: LanguageTag(.en),
                                       content: Content(text: englishLetter[1]), status: .draft, author: nil)
        let row = try t.workspace.coverage()[0]
        #expect(row.words == words.reduce(0, +))
        let en = row.languages[.en]!
        #expect(en.segments(.approved) == 1 && en.segments(.draft) == 1 && en.segments(.new) == 2)
        #expect(en.words(.approved) == words[0] && en.words(.new) == words[2] + words[3])
        #expect(abs(en.percent - Double(words[0]) * 100 / Double(row.words)) < 0.001)
        #expect(row.languages[.fr]!.isSource)
        #expect(row.languages[.zh]!.percent == 0)
    }
}
