import Foundation
import GRDB
import Testing
import HexaglotCore
@testable import HexaglotStore

/// The document's title as segment 0: stored, translated, revised and migrated like a segment.
@Suite struct TitleSegmentTests {
    private func titled(_ title: String?, _ sentences: [String] = frenchLetter) -> (Document, String) {
        var (document, text) = makeDocument("CL-19/73", .fr, sentences, title: title ?? "Secrétariat général (SG)")
        document.titleSegment = title.map { Segment.title($0, line: 3) }
        return (document, "---\ntitle: \(title ?? "")\n---\n" + text)
    }

    @Test(arguments: StoreBackendKind.all) func theTitleIsSegmentZeroAndTheBodyKeepsItsNumbers(_ backend: StoreBackendKind) throws {
        let t = try TemporaryWorkspace(backend)
        let (document, text) = titled("Journée mondiale des télécommunications 2020")
        #expect(try t.workspace.importDocument(document, sourceText: text, path: nil) == .created(segments: 5))
        let views = try t.workspace.segments(of: "CL-19/73", language: .es)
        #expect(views.map(\.segment.number) == [0, 1, 2, 3, 4])
        #expect(views[0].segment.blockKind == .title)
        #expect(views[1].segment.content.plainText == frenchLetter[0])
        let stored = try t.workspace.document("CL-19/73")
        #expect(stored.segments.count == 4)
        #expect(stored.titleSegment?.content.plainText == "Journée mondiale des télécommunications 2020")

        try t.workspace.setTranslation(of: "CL-19/73", segment: 0, language: LanguageTag(.es),
                                       content: Content(text: "Día Mundial de las Telecomunicaciones 2020"),
                                       status: .translated, author: "eva")
        try t.workspace.setTranslation(of: "CL-19/73", segment: 1, language: LanguageTag(.es),
                                       content: Content(text: "Secretaría General (SG)"), status: .translated, author: "eva")
        let after = try t.workspace.segments(of: "CL-19/73", language: .es)
        #expect(after[0].translation?.content.plainText == "Día Mundial de las Telecomunicaciones 2020")
        #expect(after[1].translation?.content.plainText == "Secretaría General (SG)")
        // History, status and coverage treat it as a segment.
        #expect(try t.workspace.history(of: "CL-19/73", segment: 0).first?.segmentIndex == -1)
        #expect(try t.workspace.setStatus(of: "CL-19/73", segments: [0], language: .es, status: .reviewed, author: "eva") == 1)
        let coverage = try #require(try t.workspace.coverage().first)
        #expect(coverage.segments == 5)
        #expect(coverage.languages[.es]?.segments(.reviewed) == 1)
        // In the memory, with its translation.
        let units = try t.workspace.sqlRead { db in
            try db.row("SELECT count(*) AS n FROM tm_unit u JOIN segment s ON s.id = u.segment_id WHERE s.position = -1")?.int("n")
        }
        #expect(units == 1)
        #expect(throws: StoreError.self) {
            try t.workspace.setTranslation(of: "CL-19/73", segment: 5, language: LanguageTag(.es),
                                           content: Content(text: "x"), status: .translated, author: nil)
        }
    }

    @Test(arguments: StoreBackendKind.all) func aRevisedTitleOutdatesItsTranslationsAndARemovedOneIsArchived(_ backend: StoreBackendKind) throws {
        let t = try TemporaryWorkspace(backend)
        let (document, text) = titled("Journée mondiale des télécommunications 2020")
        try t.workspace.importDocument(document, sourceText: text, path: nil)
        try t.workspace.setTranslation(of: "CL-19/73", segment: 0, language: LanguageTag(.en),
                                       content: Content(text: "World Telecommunication Day 2020"), status: .translated, author: nil)
        let (revised, revisedText) = titled("Journée mondiale des télécommunications 2021")
        let outcome = try t.workspace.importDocument(revised, sourceText: revisedText, path: nil)
        #expect(outcome == .revised(revision: 2, kept: 4, changed: 1, added: 0, archived: 0))
        let views = try t.workspace.segments(of: "CL-19/73", language: .en)
        #expect(views[0].status == .outdated)
        #expect(views[0].segment.content.plainText.hasSuffix("2021"))
        #expect(views.map(\.segment.number) == [0, 1, 2, 3, 4])

        let (untitled, untitledText) = titled(nil)
        let removed = try t.workspace.importDocument(untitled, sourceText: untitledText + "\n", path: nil)
        #expect(removed == .revised(revision: 3, kept: 4, changed: 0, added: 0, archived: 1))
        #expect(try t.workspace.segments(of: "CL-19/73", language: .en).map(\.segment.number) == [1, 2, 3, 4])
        #expect(try t.workspace.document("CL-19/73").titleSegment == nil)
    }

    @Test func aWorkspaceOfVersion4GainsTitleSegmentsFromStoredTitles() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("hexaglot-v4-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = folder.appendingPathComponent(Workspace.fileName).path
        do {
            // A workspace as version 4 left it: two documents, one with a title in its front matter.
            let queue = try DatabaseQueue(path: path)
            try Migrations.migrator.migrate(queue, upTo: "v4-source-changes")
            try queue.write { db in
                for (id, reference, head) in [(1, "A-1", "---\nreference: A-1\ntitle: \"Journée mondiale\"\nlanguage: fr\n---\n"),
                                              (2, "B-2", "Plain text, no front matter.\n")] {
                    let skeleton = String(decoding: try JSONEncoder().encode(Skeleton([.literal(head), .segment(0)])), as: UTF8.self)
                    try db.execute(sql: """
                        INSERT INTO document (id, reference, kind, title, source_language, source_tag, format, revision,
                                              source_hash, skeleton, extra, imported_at, updated_at)
                        VALUES (?, ?, 'letter', ?, 'fr', 'fr', 'markdown', 1, 'h', ?, '{}', '2020-01-01', '2020-01-01')
                        """, arguments: [id, reference, id == 1 ? "Journée mondiale" : "Plain text", skeleton])
                    let content = String(decoding: try JSONEncoder().encode(Content(text: "Texte.")), as: UTF8.self)
                    try db.execute(sql: """
                        INSERT INTO segment (document_id, position, block, block_kind, line, content, plain_text, matching_key,
                                             word_count, added_in_revision) VALUES (?, 0, 0, 'paragraph', 6, ?, 'Texte.', 'texte.', 1, 1)
                        """, arguments: [id, content])
                }
            }
        }
        let workspace = try Workspace(path: path)
        #expect(try workspace.appliedMigrations().contains("v6-document-title-segment"))
        let a = try workspace.segments(of: "A-1", language: .en)
        #expect(a.map(\.segment.number) == [0, 1])
        #expect(a[0].segment.blockKind == .title && a[0].segment.content.plainText == "Journée mondiale" && a[0].segment.line == 3)
        #expect(a[0].words == 2)
        #expect(try workspace.segments(of: "B-2", language: .en).map(\.segment.number) == [1])
        try workspace.setTranslation(of: "A-1", segment: 0, language: LanguageTag(.en), content: Content(text: "World Day"),
                                     status: .translated, author: nil)
    }
}
