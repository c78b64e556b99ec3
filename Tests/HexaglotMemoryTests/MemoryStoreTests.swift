import Foundation
import Testing
import HexaglotCore
@testable import HexaglotStore
@testable import HexaglotMemory

/// The memory as stored, on both backends: imports (through COPY on PostgreSQL), duplicates,
/// counts, units read back whole, concordance, and imports that fail midway.
@Suite struct MemoryStoreTests {
    /// The campaign units with what TMX brings besides the texts.
    static func richUnits() -> [TranslationUnit] {
        Campaign.all.enumerated().map { i, texts in
            var u = unit(texts, id: "campaign-\(i)")
            u.author = "Ana"
            u.created = Date(timeIntervalSince1970: 1_589_710_000 + Double(i))
            u.notes = ["Note \(i)"]
            u.properties = [UnitProperty(type: "x-domain", value: "ITU")]
            u.foreignVariants = [TranslationUnit.ForeignVariant(tag: "de-DE", content: Content(text: "Deutsch \(i)"))]
            return u
        }
    }

    func statistics(_ ws: TemporaryWorkspace) throws -> MemoryStatistics {
        try ws.workspace.readMemory { try $0.statistics() }
    }

    func units(_ ws: TemporaryWorkspace) throws -> [TranslationUnit] {
        var units: [TranslationUnit] = []
        try ws.workspace.readMemory { reader in try reader.forEachUnit { units.append($0.unit) } }
        return units
    }

    @Test(arguments: MemoryBackend.all) func anImportIsCountedAndASecondOneFindsOnlyDuplicates(_ backend: MemoryBackend) throws {
        let ws = try TemporaryWorkspace(backend)
        let first = try ws.importUnits(Self.richUnits())
        #expect(first.units == 4)
        #expect(first.duplicates == 0)
        #expect(first.foreignVariants == 4)
        #expect(first.variants == ["ar": 4, "zh": 4, "en": 4, "fr": 4, "ru": 4, "es": 4])
        let stats = try statistics(ws)
        #expect(stats.units == 4)
        #expect(stats.variants == ["ar": 4, "zh": 4, "en": 4, "fr": 4, "ru": 4, "es": 4])
        #expect(stats.sources == 1)
        #expect(stats.tokens > 40)
        let again = try ws.importUnits(Self.richUnits(), name: "again.tmx")
        #expect(again.units == 0)
        #expect(again.duplicates == 4)
        let after = try statistics(ws)
        #expect(after.units == 4)
        #expect(after.tokens == stats.tokens)
        // A second import of new units adds to the stored lists: both are found.
        var added = Campaign.agenda
        added[.en] = "The Connect 2030 Agenda sets out the shared vision of the ITU membership for the growth of telecommunications and ICTs."
        try ws.importUnits([unit(added)], name: "more.tmx")
        let matches = try ws.workspace.readMemory { reader in
            try MemoryLookup(reader).matches(MemoryQuery(content: Content(text: Campaign.agenda[.en]!), from: .en, to: .fr, minimum: 80))
        }
        #expect(matches.map(\.score) == [100, 95])
    }

    @Test(arguments: MemoryBackend.all) func unitsReadBackAsImported(_ backend: MemoryBackend) throws {
        let ws = try TemporaryWorkspace(backend)
        try ws.importUnits(Self.richUnits())
        let stored = try units(ws)
        #expect(stored.count == 4)
        for (read, written) in zip(stored, Self.richUnits()) {
            #expect(read.id == written.id)
            #expect(read.author == "Ana")
            #expect(read.created == written.created)
            #expect(read.notes == written.notes)
            #expect(read.properties == written.properties)
            #expect(read.foreignVariants == written.foreignVariants)
            #expect(read.variants.map(\.content) == written.variants.map(\.content))
            #expect(read.variants.map(\.language) == written.variants.map(\.language))
        }
    }

    /// COPY's text format escapes backslashes, tabs and line breaks: none of them may be lost or taken as a separator.
    @Test(arguments: MemoryBackend.all) func textsWithTabsBreaksAndBackslashesRoundTrip(_ backend: MemoryBackend) throws {
        let ws = try TemporaryWorkspace(backend)
        let texts: [Language: String] = [
            .en: "Path C:\\ITU\\2030\\new\tcolumn\nsecond line\r\nand \\N is not null",
            .fr: "Chemin C:\\UIT\\2030\\nouveau\tcolonne\ndeuxième ligne \\\\ deux",
            .ru: "Путь C:\\МСЭ\\2030\tстолбец\nвторая строка",
            .ar: "المسار C:\\الاتحاد\tعمود\nسطر ثان",
            .zh: "路径 C:\\电联\t列\n第二行",
            .es: "Ruta C:\\UIT\t\\columna\nsegunda línea",
        ]
        var u = unit(texts, id: "tab\there\\")
        u.notes = ["a\tb\nc\\d"]
        try ws.importUnits([u])
        let read = try #require(try units(ws).first)
        #expect(read.id == "tab\there\\")
        #expect(read.notes == ["a\tb\nc\\d"])
        for language in Language.allCases {
            #expect(read.variant(language)?.content.plainText == texts[language], "\(language)")
        }
        let match = try ws.workspace.readMemory { reader in
            try MemoryLookup(reader).matches(MemoryQuery(content: Content(text: texts[.fr]!), from: .fr, to: .zh))
        }
        #expect(match.first?.score == 100)
        #expect(match.first?.target.plainText == texts[.zh])
    }

    @Test(arguments: MemoryBackend.all) func concordanceFindsThePhraseInEveryLanguage(_ backend: MemoryBackend) throws {
        let ws = try TemporaryWorkspace(backend)
        try ws.importUnits(Campaign.all.map { unit($0) })
        let phrases: [Language: String] = [.en: "Connect 2030", .fr: "Programme Connect", .es: "Agenda Conectar", .ru: "Соединим к 2030",
                                           .ar: "برنامج التوصيل", .zh: "连通目标"]
        for (language, phrase) in phrases {
            let hits = try ws.workspace.readMemory { try Concordance($0).search(phrase, in: [language]) }
            #expect(hits.count == 1, "\(language)")
            #expect(hits.first?.text.plainText == Campaign.agenda[language], "\(language)")
            #expect(hits.first?.translations.count == 5)
        }
    }

    struct Interrupted: Error {}

    @Test(arguments: MemoryBackend.all) func anImportThatFailsMidwayLeavesNothingAndCanBeRunAgain(_ backend: MemoryBackend) throws {
        let ws = try TemporaryWorkspace(backend)
        try ws.importUnits([unit(Campaign.wtisd)], name: "first.tmx")
        let before = try statistics(ws)
        #expect(throws: Interrupted.self) {
            try ws.workspace.importMemory(name: "broken.tmx", origin: "broken.tmx") { add in
                for (i, texts) in (Campaign.all + Self.many(2000)).enumerated() {
                    if i == 1500 { throw Interrupted() }
                    try add(try PreparedMemoryUnit(unit(texts)))
                }
            }
        }
        #expect(try statistics(ws) == before)
        let summary = try ws.importUnits(Campaign.all.map { unit($0) }, name: "again.tmx")
        #expect(summary.units == 3)
        #expect(summary.duplicates == 1)
        #expect(try statistics(ws).units == 4)
    }

    /// The server ends the import's connection midway (as a crash or `pg_ctl stop` would): one
    /// clear error, nothing stored, and the next import on the same workspace goes through.
    @Test(.enabled(if: MemoryBackend.all.contains(.postgres))) func aConnectionLostMidImportLeavesNothing() throws {
        let ws = try TemporaryWorkspace(.postgres)
        try ws.importUnits([unit(Campaign.wtisd)], name: "first.tmx")
        let before = try statistics(ws)
        let database = try #require(ws.database)
        let error = #expect(throws: StoreError.self) {
            try ws.workspace.importMemory(name: "cut.tmx", origin: "cut.tmx") { add in
                for (i, texts) in Self.many(20_000).enumerated() {
                    if i == 5000 {
                        try MemoryBackend.admin {
                            try $0.runOutsideTransaction("""
                                SELECT pg_terminate_backend(pid) FROM pg_stat_activity
                                WHERE datname = '\(database)' AND pid <> pg_backend_pid()
                                """)
                        }
                    }
                    try add(try PreparedMemoryUnit(unit(texts)))
                }
            }
        }
        #expect(error?.code == .connection, "\(String(describing: error))")
        #expect(try statistics(ws) == before)
        let summary = try ws.importUnits(Array(Self.many(300).map { unit($0) }), name: "again.tmx")
        #expect(summary.units == 300)
        #expect(try statistics(ws).units == before.units + 300)
    }

    /// Two processes importing into one server at once: one waits for the other, both are stored.
    @Test(.enabled(if: MemoryBackend.all.contains(.postgres))) func twoImportsAtOnceAreBothStored() throws {
        let ws = try TemporaryWorkspace(.postgres)
        let other = try Workspace(path: ws.path)
        defer { try? other.close() }
        let batches = [Array(Self.many(3000)[..<1500]), Array(Self.many(3000)[1500...])]
        let errors = NSLock()
        nonisolated(unsafe) var failures: [any Error] = []
        let group = DispatchGroup()
        for (i, workspace) in [ws.workspace, other].enumerated() {
            let units = batches[i].map { unit($0) }
            DispatchQueue.global().async(group: group) {
                do { _ = try workspace.importMemory(name: "part\(i).tmx", origin: nil, units: units) } catch {
                    errors.lock()
                    failures.append(error)
                    errors.unlock()
                }
            }
        }
        group.wait()
        #expect(failures.isEmpty, "\(failures)")
        let stats = try ws.workspace.readMemory { try $0.statistics() }
        #expect(stats.units == 3000)
        #expect(stats.sources == 2)
        let found = try ws.workspace.readMemory { reader in
            try MemoryLookup(reader).matches(MemoryQuery(content: Content(text: "\(Campaign.wtisd[.ru]!) (2990)"), from: .ru, to: .es))
        }
        #expect(found.first?.score == 100)
        #expect(found.first?.target.plainText == "\(Campaign.wtisd[.es]!) (2990)")
    }

    /// `count` distinct units in the six languages: the campaign texts numbered.
    static func many(_ count: Int) -> [[Language: String]] {
        (0..<count).map { i in
            Campaign.all[i % 4].mapValues { "\($0) (\(i + 1))" }
        }
    }
}

/// The warm memory of a long-running server, on its own connection, on both backends.
@Suite struct WarmMemoryStoreTests {
    @Test(arguments: MemoryBackend.all) func aWarmReaderSeesUnitsImportedSinceItOpened(_ backend: MemoryBackend) throws {
        let ws = try TemporaryWorkspace(backend)
        try ws.importUnits([unit(Campaign.agenda)])
        let warm = try WarmMemory(path: ws.path)
        defer { try? warm.close() }
        func lookup(_ language: Language, _ text: String) throws -> [MemoryMatch] {
            try warm.read { reader in
                try MemoryLookup(reader).matches(MemoryQuery(content: Content(text: text), from: language, to: .ar))
            }
        }
        #expect(try lookup(.ru, Campaign.agenda[.ru]!).first?.target.plainText == Campaign.agenda[.ar])
        #expect(try lookup(.zh, Campaign.resolution[.zh]!).isEmpty)
        try ws.importUnits([unit(Campaign.resolution)], name: "later.tmx")
        #expect(try lookup(.zh, Campaign.resolution[.zh]!).first?.target.plainText == Campaign.resolution[.ar])
        #expect(try lookup(.ru, Campaign.agenda[.ru]!).first?.score == 100)
    }
}
