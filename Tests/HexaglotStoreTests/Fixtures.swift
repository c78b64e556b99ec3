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
    /// Where another connection finds this workspace: its file, or its database's URL.
    let location: String

    init(_ backend: StoreBackendKind = .sqlite) throws {
        folder = FileManager.default.temporaryDirectory.appendingPathComponent("hexaglot-store-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        switch backend {
        case .sqlite:
            database = nil
            location = folder.appendingPathComponent(Workspace.fileName).path
            workspace = try Workspace(path: location, create: true)
        case .postgres:
            let (url, name) = try PostgresTestServer.makeDatabase()
            database = name
            location = url
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

/// A SQLite workspace with something in every kind of table: a document with a package, its
/// translations and history, the memory they fed, a glossary in six languages, people, a session.
func filledWorkspace() throws -> TemporaryWorkspace {
    let t = try TemporaryWorkspace()
    let (doc, text) = makeDocument("CL-19/73", .fr, frenchLetter)
    try t.workspace.importDocument(doc, sourceText: text, path: "CL-19-73.fr.md", package: [0x50, 0x4B, 0x03, 0x04, 0x00, 0xFF])
    try t.workspace.importTranslation(
        of: "CL-19/73", language: LanguageTag(.en),
        contents: Dictionary(uniqueKeysWithValues: englishLetter.enumerated().map { ($0.offset, Content(text: $0.element)) }),
        status: .reviewed, complete: true, frontMatter: "---\nlanguage: en\n---\n", path: "CL-19-73.en.md", fileText: "x", author: "ana")
    try t.workspace.setTranslation(of: "CL-19/73", segment: 1, language: LanguageTag(.ru),
                                   content: Content(text: "Имею честь сообщить вам о теме 2020 года."), status: .translated, author: "olga")
    try t.workspace.setTranslation(of: "CL-19/73", segment: 1, language: LanguageTag(.ar),
                                   content: Content(text: "يشرفني أن أبلغكم بموضوع عام 2020."), status: .draft, author: "amina")
    // A second revision: one sentence changed (its translations become outdated), one added.
    var revised = frenchLetter
    revised[2] = "Cette Journée marque l'anniversaire de l'UIT, fondée le 17 mai 1865 à Paris."
    revised.append("Le Secrétaire général")
    let (second, secondText) = makeDocument("CL-19/73", .fr, revised)
    try t.workspace.importDocument(second, sourceText: secondText, path: "CL-19-73.fr.md", package: [0x50, 0x4B, 0x03, 0x04, 0x01])
    try t.workspace.importGlossary(name: "connect2030", entries: [
        GlossaryEntry(id: "c1", definition: "Information and communication technologies", terms: [
            .init(language: .en, text: "ICT", usage: .preferred), .init(language: .fr, text: "TIC", usage: .preferred),
            .init(language: .ru, text: "ИКТ", usage: .preferred), .init(language: .ar, text: "تكنولوجيا المعلومات والاتصالات", usage: .preferred),
            .init(language: .zh, text: "信息通信技术", usage: .preferred), .init(language: .es, text: "TIC", usage: .admitted, note: "sigla"),
        ]),
    ], path: "connect2030.tbx", fileText: "v1")
    try t.workspace.addPerson(TeamMember(name: "Ольга", role: .translator, languages: [LanguageTag(.ru)]), passwordHash: "$2b$04$hash")
    try t.workspace.addPerson(TeamMember(name: "ana", role: .coordinator, languages: []), passwordHash: "$2b$04$other")
    try t.workspace.createSession(for: "ana", token: SessionToken.random(), csrfToken: "csrf", lifetime: 3600)
    // The same posting more than a page's worth of times: the copy's paging must keep every one.
    try t.workspace.write { db in
        for _ in 0..<7 { try db.execute(sql: "INSERT INTO tm_posting_delta (token, unit, length) VALUES (999999, 1, 3)") }
    }
    return t
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
