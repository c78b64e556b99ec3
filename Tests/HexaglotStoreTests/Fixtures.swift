import Foundation
import GRDB
import HexaglotCore
@testable import HexaglotStore

/// A fresh workspace, removed when the test ends: a file in a temporary folder, or a new
/// database on the test PostgreSQL server (``PostgresTestServer``).
final class TemporaryWorkspace {
    let folder: URL
    let workspace: Workspace
    /// The database made for this workspace on PostgreSQL.
    private let database: String?

    init(_ backend: StoreBackendKind = .sqlite) throws {
        folder = FileManager.default.temporaryDirectory.appendingPathComponent("hexaglot-store-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        switch backend {
        case .sqlite:
            database = nil
            workspace = try Workspace(path: folder.appendingPathComponent(Workspace.fileName).path, create: true)
        case .postgres:
            let (url, name) = try PostgresTestServer.makeDatabase()
            database = name
            do {
                workspace = try Workspace(path: url, create: true)
            } catch {
                PostgresTestServer.dropDatabase(name)
                throw error
            }
        }
    }

    /// The first column of a query's rows, as text, read through the store's SQL on either backend.
    func strings(_ sql: String) throws -> [String?] {
        try workspace.sqlRead { db in try db.rows(sql, []).map { $0.values.first.flatMap { value in
            if case .text(let text) = value { return text }
            return nil
        } } }
    }

    deinit {
        if let database {
            try? workspace.close()
            PostgresTestServer.dropDatabase(database)
        }
        try? FileManager.default.removeItem(at: folder)
    }
}

/// A small document built by hand: one paragraph per sentence, the source text the skeleton rebuilds.
func makeDocument(_ reference: String, _ language: Language, _ sentences: [String],
                  kind: DocumentKind = .letter, title: String = "Test") -> (Document, String) {
    var skeleton = Skeleton()
    var segments: [Segment] = []
    var line = 1
    for (i, s) in sentences.enumerated() {
        skeleton.append(.segment(i))
        skeleton.append(.literal("\n\n"))
        segments.append(Segment(index: i, content: Content(text: s), block: i, blockKind: .paragraph, line: line))
        line += 2
    }
    let document = Document(
        metadata: DocumentMetadata(reference: reference, kind: kind, title: title, sourceLanguage: LanguageTag(language)),
        format: "markdown", skeleton: skeleton, segments: segments)
    return (document, document.render())
}

let frenchLetter = [
    "Secrétariat général (SG)",
    "J'ai l'honneur de vous informer que le thème choisi pour l'édition 2020 est \"Connect 2030: les TIC au service des Objectifs de développement durable (ODD)\".",
    "Cette Journée marque l'anniversaire de l'UIT, créée le 17 mai 1865.",
    "Veuillez agréer, Madame, Monsieur, l'assurance de ma considération distinguée.",
]

let englishLetter = [
    "General Secretariat (SG)",
    "I have the honour to inform you that the theme chosen for the 2020 edition is \"Connect 2030: ICTs for the Sustainable Development Goals (SDGs)\".",
    "This Day marks the anniversary of ITU, founded on 17 May 1865.",
    "Please accept, Sir/Madam, the assurances of my highest consideration.",
]
