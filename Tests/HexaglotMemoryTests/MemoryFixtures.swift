import Foundation
import HexaglotCore
import Testing
@testable import HexaglotStore

/// The backends a memory test runs on: SQLite always; PostgreSQL when `HEXAGLOT_TEST_POSTGRES`
/// names a server (`.ci/postgres swift test` starts one), and always in CI (where a missing
/// server fails the runs). The memory's side of `StoreBackendKind` in HexaglotStoreTests.
enum MemoryBackend: String, CaseIterable, CustomTestStringConvertible, Sendable {
    case sqlite
    case postgres

    static let serverURL: String? = {
        let value = ProcessInfo.processInfo.environment["HEXAGLOT_TEST_POSTGRES"] ?? ""
        return value.isEmpty ? nil : value
    }()

    static var all: [MemoryBackend] {
        let ci = ProcessInfo.processInfo.environment["CI"] ?? ""
        return serverURL != nil || (!ci.isEmpty && ci != "false" && ci != "0") ? [.sqlite, .postgres] : [.sqlite]
    }

    var testDescription: String { rawValue }

    /// Runs `body` on a connection to the test server's own database.
    static func admin(_ body: (PostgresBackend) throws -> Void) throws {
        guard let url = serverURL, case .postgres(let location) = try WorkspaceLocation.parse(url) else {
            throw StoreError(.connection, "CI is set but HEXAGLOT_TEST_POSTGRES is not: CI must run the tests against PostgreSQL (.ci/run starts a cluster through .ci/postgres)")
        }
        let backend = try PostgresBackend(location: location)
        defer { try? backend.close() }
        try body(backend)
    }
}

/// A fresh workspace, removed when the test ends: a file in a temporary folder, or a new
/// database on the test PostgreSQL server.
final class TemporaryWorkspace {
    let folder: URL
    let workspace: Workspace
    /// Where the workspace is: its file, or its database's URL.
    let path: String
    /// The database made for this workspace on PostgreSQL.
    let database: String?

    init(_ backend: MemoryBackend = .sqlite) throws {
        folder = FileManager.default.temporaryDirectory.appendingPathComponent("hexaglot-memory-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        switch backend {
        case .sqlite:
            database = nil
            path = folder.appendingPathComponent(Workspace.fileName).path
        case .postgres:
            let name = "hexaglot_test_" + UUID().uuidString.replacingOccurrences(of: "-", with: "").lowercased()
            try MemoryBackend.admin { try $0.runOutsideTransaction("CREATE DATABASE \(name)") }
            database = name
            let url = MemoryBackend.serverURL!
            path = url.prefix(upTo: url.lastIndex(of: "/")!) + "/" + name
        }
        do {
            workspace = try Workspace(path: path, create: true)
        } catch {
            if let database { TemporaryWorkspace.drop(database) }
            throw error
        }
    }

    private static func drop(_ database: String) {
        try? MemoryBackend.admin { try $0.runOutsideTransaction("DROP DATABASE IF EXISTS \(database) WITH (FORCE)") }
    }

    deinit {
        if let database {
            try? workspace.close()
            TemporaryWorkspace.drop(database)
        }
        try? FileManager.default.removeItem(at: folder)
    }

    /// Imports units as one memory import.
    @discardableResult
    func importUnits(_ units: [TranslationUnit], name: String = "test.tmx") throws -> MemoryImportSummary {
        try workspace.importMemory(name: name, origin: name, units: units)
    }
}

/// A unit from texts keyed by language.
func unit(_ texts: [Language: String], id: String? = nil) -> TranslationUnit {
    TranslationUnit(id: id, variants: Language.allCases.compactMap { language in
        texts[language].map { TranslationUnit.Variant(language: LanguageTag(language), content: Content(text: $0)) }
    })
}

/// Campaign sentences in the six languages (the official renderings of the ITU terms).
enum Campaign {
    static let agenda: [Language: String] = [
        .en: "The Connect 2030 Agenda sets out the shared vision of the ITU membership for the development of telecommunications and ICTs.",
        .fr: "Le Programme Connect 2030 énonce la vision commune des membres de l'UIT pour le développement des télécommunications et des TIC.",
        .es: "La Agenda Conectar 2030 establece la visión común de los miembros de la UIT para el desarrollo de las telecomunicaciones y las TIC.",
        .ru: "Повестка дня «Соединим к 2030 году» излагает общее видение членов МСЭ в области развития электросвязи и ИКТ.",
        .ar: "يحدد برنامج التوصيل لعام 2030 الرؤية المشتركة لأعضاء الاتحاد من أجل تطوير الاتصالات وتكنولوجيا المعلومات والاتصالات.",
        .zh: "“连通目标2030”议程阐述了国际电联成员对电信和信息通信技术发展的共同愿景。",
    ]
    static let wtisd: [Language: String] = [
        .en: "World Telecommunication and Information Society Day is celebrated every year on 17 May.",
        .fr: "La Journée mondiale des télécommunications et de la société de l'information est célébrée chaque année le 17 mai.",
        .es: "El Día Mundial de las Telecomunicaciones y la Sociedad de la Información se celebra cada año el 17 de mayo.",
        .ru: "Всемирный день электросвязи и информационного общества ежегодно отмечается 17 мая.",
        .ar: "يُحتفل باليوم العالمي للاتصالات ومجتمع المعلومات في 17 مايو من كل عام.",
        .zh: "世界电信和信息社会日于每年5月17日庆祝。",
    ]
    static let resolution: [Language: String] = [
        .en: "The Plenipotentiary Conference adopted Resolution 200 in Dubai in 2018.",
        .fr: "La Conférence de plénipotentiaires a adopté la Résolution 200 à Dubaï en 2018.",
        .es: "La Conferencia de Plenipotenciarios adoptó la Resolución 200 en Dubái en 2018.",
        .ru: "Полномочная конференция приняла Резолюцию 200 в Дубае в 2018 году.",
        .ar: "اعتمد مؤتمر المندوبين المفوضين القرار 200 في دبي في عام 2018.",
        .zh: "全权代表大会于2018年在迪拜通过了第200号决议。",
    ]
    static let campaign: [Language: String] = [
        .en: "Member States, Sector Members, Associates and Academia are invited to take part in the ICT4SDG campaign.",
        .fr: "Les États Membres, les Membres de Secteur, les Associés et les établissements universitaires sont invités à participer à la campagne ICT4SDG.",
        .es: "Se invita a los Estados Miembros, los Miembros de Sector, los Asociados y las Instituciones Académicas a participar en la campaña ICT4SDG.",
        .ru: "Государствам-Членам, Членам Секторов, Ассоциированным членам и Академическим организациям предлагается принять участие в кампании ICT4SDG.",
        .ar: "الدول الأعضاء وأعضاء القطاعات والمنتسبون والهيئات الأكاديمية مدعوون إلى المشاركة في حملة ICT4SDG.",
        .zh: "诚邀成员国、部门成员、部门准成员和学术成员参加ICT4SDG活动。",
    ]
    static let all = [agenda, wtisd, resolution, campaign]
}
