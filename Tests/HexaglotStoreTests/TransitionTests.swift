import Foundation
import Testing
import HexaglotCore
@testable import HexaglotStore

/// Every status transition, allowed and forbidden, through the store; and the history it leaves.
@Suite struct TransitionTests {
    /// A workspace with the French letter and segment 1 translated into English with `status`,
    /// reached through allowed steps.
    func at(_ backend: StoreBackendKind = .sqlite, _ status: TranslationStatus) throws -> TemporaryWorkspace {
        let t = try TemporaryWorkspace(backend)
        let (document, text) = makeDocument("CL-19/73", .fr, frenchLetter)
        _ = try t.workspace.importDocument(document, sourceText: text, path: nil)
        let path: [TranslationStatus]
        switch status {
        case .new: return t
        case .draft: path = [.draft]
        case .translated: path = [.translated]
        case .reviewed: path = [.translated, .reviewed]
        case .approved: path = [.translated, .reviewed, .approved]
        case .outdated: path = [.translated, .outdated]
        case .rejected: path = [.translated, .rejected]
        }
        try t.workspace.setTranslation(of: "CL-19/73", segment: 1, language: LanguageTag(.en),
                                       content: Content(text: englishLetter[0]), status: path[0], author: "ana")
        for next in path.dropFirst() {
            try t.workspace.setStatus(of: "CL-19/73", segments: [1], language: .en, status: next, author: "rev", comment: "step")
        }
        return t
    }

    @Test(arguments: TranslationStatus.allCases)
    func everyTransitionFromAStatus(_ from: TranslationStatus) throws {
        for to in TranslationStatus.allCases where to != from && to != .new {
            let t = try at(.sqlite, from)
            let before = try t.workspace.segments(of: "CL-19/73", language: .en)[0].translation
            do {
                if from == .new {
                    try t.workspace.setTranslation(of: "CL-19/73", segment: 1, language: LanguageTag(.en),
                                                   content: "General Secretariat (SG)", status: to, author: "ana", comment: "why")
                } else {
                    try t.workspace.setStatus(of: "CL-19/73", segments: [1], language: .en, status: to, author: "rev", comment: "why")
                }
                #expect(from.allows(to), "\(from) → \(to) was let through")
                #expect(try t.workspace.segments(of: "CL-19/73", language: .en)[0].status == to)
            } catch let e as StoreError {
                #expect(!from.allows(to), "\(from) → \(to) was refused: \(e)")
                #expect(e.code == .invalid)
                #expect(e.message.contains("cannot go from \(from.rawValue) to \(to.rawValue)"))
                #expect(try t.workspace.segments(of: "CL-19/73", language: .en)[0].translation == before, "the store changed")
            }
        }
    }

    @Test(arguments: StoreBackendKind.all) func anApprovedTextCannotChangeAndStayApproved(_ backend: StoreBackendKind) throws {
        let t = try at(backend, .approved)
        #expect(throws: StoreError.self) {
            try t.workspace.setTranslation(of: "CL-19/73", segment: 1, language: LanguageTag(.en),
                                           content: "General Secretariat", status: .approved, author: "ana")
        }
        try t.workspace.setTranslation(of: "CL-19/73", segment: 1, language: LanguageTag(.en),
                                       content: "General Secretariat", status: .translated, author: "ana")
        #expect(try t.workspace.segments(of: "CL-19/73", language: .en)[0].status == .translated)
    }

    @Test(arguments: StoreBackendKind.all) func rejectingNeedsAComment(_ backend: StoreBackendKind) throws {
        let t = try at(backend, .reviewed)
        #expect(throws: StoreError.self) {
            try t.workspace.setStatus(of: "CL-19/73", segments: [1], language: .en, status: .rejected, author: "rev")
        }
        try t.workspace.setStatus(of: "CL-19/73", segments: [1], language: .en, status: .rejected, author: "rev",
                                  comment: "SG is the Secretary-General's office: use General Secretariat")
        let last = try #require(try t.workspace.history(of: "CL-19/73", segment: 1).first)
        #expect(last.to == .rejected && last.from == .reviewed)
        #expect(last.comment == "SG is the Secretary-General's office: use General Secretariat")
        #expect(last.author == "rev")
    }

    @Test(arguments: StoreBackendKind.all) func theHistoryIsNewestFirstAndFiltersByPersonAndLanguage(_ backend: StoreBackendKind) throws {
        let t = try at(backend, .approved)
        let all = try t.workspace.history(of: "CL-19/73")
        #expect(all.map(\.to) == [.approved, .reviewed, .translated])
        #expect(all.last?.from == nil && all.last?.textAfter == englishLetter[0])
        #expect(try t.workspace.history(by: "ana").map(\.to) == [.translated])
        #expect(try t.workspace.history(of: "CL-19/73", language: .es).isEmpty)
        #expect(try t.workspace.history(of: "CL-19/73", limit: 1).count == 1)
    }
}

/// Bringing back a file worked on elsewhere: all of it, or nothing.
@Suite struct WorkImportTests {
    func seeded(_ backend: StoreBackendKind = .sqlite) throws -> TemporaryWorkspace {
        let t = try TemporaryWorkspace(backend)
        let (document, text) = makeDocument("CL-19/73", .fr, frenchLetter)
        _ = try t.workspace.importDocument(document, sourceText: text, path: nil)
        for i in 0..<2 {
            try t.workspace.setTranslation(of: "CL-19/73", segment: i + 1, language: LanguageTag(.en),
                                           content: Content(text: englishLetter[i]), status: .translated, author: "ana")
        }
        return t
    }

    @Test(arguments: StoreBackendKind.all) func textsAndStatusesComeBackWithTheirHistory(_ backend: StoreBackendKind) throws {
        let t = try seeded(backend)
        let outcome = try t.workspace.importWork(of: "CL-19/73", language: LanguageTag(.en), revision: 1, updates: [
            SegmentUpdate(segment: 1, content: nil, status: .reviewed),
            SegmentUpdate(segment: 2, content: "Geneva, 24 December 2019.", status: .translated, comment: "full stop added"),
            SegmentUpdate(segment: 3, content: Content(text: englishLetter[2]), status: .translated),
        ], author: "cat-tool user", origin: "CL-19-73.en.xlf")
        // Segment 3 went from new to translated: its text and its status changed.
        #expect(outcome == WorkImportOutcome(textChanged: 2, statusChanged: 2, unchanged: 0))
        let views = try t.workspace.segments(of: "CL-19/73", language: .en)
        #expect(views.prefix(3).map(\.status) == [.reviewed, .translated, .translated])
        #expect(try t.workspace.history(of: "CL-19/73", segment: 2).first?.comment == "full stop added")
    }

    @Test(arguments: StoreBackendKind.all) func anotherRevisionOrAForbiddenMoveChangesNothing(_ backend: StoreBackendKind) throws {
        let t = try seeded(backend)
        let before = try t.workspace.segments(of: "CL-19/73", language: .en)
        #expect(throws: StoreError.self) {
            try t.workspace.importWork(of: "CL-19/73", language: LanguageTag(.en), revision: 2,
                                       updates: [SegmentUpdate(segment: 1, content: nil, status: .reviewed)],
                                       author: nil, origin: "old.xlf")
        }
        do {
            _ = try t.workspace.importWork(of: "CL-19/73", language: LanguageTag(.en), revision: 1, updates: [
                SegmentUpdate(segment: 1, content: nil, status: .reviewed),
                SegmentUpdate(segment: 2, content: nil, status: .approved),
            ], author: nil, origin: "jump.xlf")
            Issue.record("a translated → approved jump was let through")
        } catch let e as StoreError {
            #expect(e.message.contains("2: translated → approved"))
        }
        #expect(try t.workspace.segments(of: "CL-19/73", language: .en) == before)
    }
}
