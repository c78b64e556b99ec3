import Foundation
import Testing
import HexaglotCore
import HexaglotStore
@testable import HexaglotMemory

@Suite struct MemoryLookupTests {
    func lookup(_ ws: TemporaryWorkspace, _ text: String, _ from: Language, _ to: Language,
                minimum: Int = 70, limit: Int = 5) throws -> [MemoryMatch] {
        try ws.workspace.readMemory { reader in
            try MemoryLookup(reader).matches(MemoryQuery(content: Content(text: text), from: from, to: to,
                                                         minimum: minimum, limit: limit))
        }
    }

    @Test(arguments: MemoryBackend.all) func everyOrderedPairOfTheSixLanguagesFindsTheUnit(_ backend: MemoryBackend) throws {
        let ws = try TemporaryWorkspace(backend)
        try ws.importUnits(Campaign.all.map { unit($0) })
        var pairs = 0
        for from in Language.allCases {
            for to in Language.allCases where to != from {
                for sentence in Campaign.all {
                    let matches = try lookup(ws, sentence[from]!, from, to)
                    #expect(matches.first?.score == 100, "\(from)→\(to)")
                    #expect(matches.first?.kind == .exact)
                    #expect(matches.first?.target.plainText == sentence[to], "\(from)→\(to)")
                    #expect(matches.count == 1, "\(from)→\(to): \(matches.map(\.score))")
                }
                pairs += 1
            }
        }
        #expect(pairs == 30)
    }

    @Test(arguments: MemoryBackend.all) func aFuzzyMatchScoresTheWordEditsAndShowsThem(_ backend: MemoryBackend) throws {
        let ws = try TemporaryWorkspace(backend)
        try ws.importUnits(Campaign.all.map { unit($0) })
        // One word of 21 replaced: floor(100 × 20/21) = 95.
        let query = "The Connect 2030 Agenda sets out the common vision of the ITU membership for the development of telecommunications and ICTs."
        let m = try #require(try lookup(ws, query, .en, .fr).first)
        #expect(m.kind == .fuzzy)
        #expect(m.score == 95)
        #expect(m.detail.base == 95)
        #expect(m.target.plainText == Campaign.agenda[.fr])
        #expect(m.diff.marked.contains("[- shared-]{+ common+}") || m.diff.marked.contains("{+ common+}[- shared-]"))
    }

    @Test(arguments: MemoryBackend.all) func chineseIsScoredCharacterByCharacter(_ backend: MemoryBackend) throws {
        let ws = try TemporaryWorkspace(backend)
        try ws.importUnits(Campaign.all.map { unit($0) })
        // 世界电信和信息社会日于每年5月17日庆祝。: 17 characters and 2 numbers; 庆祝 → 纪念 is 2 edits
        // of 19: floor(100 × (20 − 2) / 20) = 90.
        let m = try #require(try lookup(ws, "世界电信和信息社会日于每年5月17日纪念。", .zh, .en).first)
        #expect(m.score == 90)
        #expect(m.target.plainText == Campaign.wtisd[.en])
    }

    @Test(arguments: MemoryBackend.all) func caseAndQuoteFormsCostOnePoint(_ backend: MemoryBackend) throws {
        let ws = try TemporaryWorkspace(backend)
        try ws.importUnits(Campaign.all.map { unit($0) })
        let m = try #require(try lookup(ws, "THE PLENIPOTENTIARY CONFERENCE ADOPTED RESOLUTION 200 IN DUBAI IN 2018.", .en, .es).first)
        #expect(m.score == 99)
        #expect(m.detail.penalties.textForm == 1)
    }

    @Test(arguments: MemoryBackend.all) func aDifferentNumberCostsOnePointAndPunctuationToo(_ backend: MemoryBackend) throws {
        let ws = try TemporaryWorkspace(backend)
        try ws.importUnits(Campaign.all.map { unit($0) })
        // 71 for 200; "!" added and "." dropped are two punctuation edits.
        let m = try #require(try lookup(ws, "La Conférence de plénipotentiaires a adopté la Résolution 71 à Dubaï en 2018 !", .fr, .en).first)
        #expect(m.detail.base == 100)
        #expect(m.detail.penalties.numbers == 1)
        #expect(m.detail.penalties.punctuation == 2)
        #expect(m.score == 97)
    }

    @Test(arguments: MemoryBackend.all) func belowTheMinimumNothingIsReturned(_ backend: MemoryBackend) throws {
        let ws = try TemporaryWorkspace(backend)
        try ws.importUnits(Campaign.all.map { unit($0) })
        #expect(try lookup(ws, "Broadband connectivity for schools in rural areas.", .en, .fr).isEmpty)
        #expect(try lookup(ws, "Всемирный день электросвязи", .ru, .en, minimum: 90).isEmpty)
        // 3 of 10 tokens, 7 edits: base floor(100 × (11 − 7) / 11) = 36, minus 1 for the number
        // and 1 for the full stop only the unit has.
        let partial = try lookup(ws, "Всемирный день электросвязи", .ru, .en, minimum: 25)
        #expect(partial.map(\.score) == [34])
    }

    @Test(arguments: MemoryBackend.all) func badQueriesAreRefused(_ backend: MemoryBackend) throws {
        let ws = try TemporaryWorkspace(backend)
        #expect(throws: MemoryError.self) { try lookup(ws, "   ", .en, .fr) }
        #expect(throws: MemoryError.self) { try lookup(ws, "Hello", .en, .en) }
        #expect(throws: MemoryError.self) { try lookup(ws, "Hello", .en, .fr, minimum: 120) }
    }

    @Test(arguments: MemoryBackend.all) func aNumberAloneDoesNotMatchOtherNumbers(_ backend: MemoryBackend) throws {
        let ws = try TemporaryWorkspace(backend)
        try ws.importUnits([unit([.en: "008080", .fr: "008080"]), unit([.en: "800000", .fr: "800000"]),
                            unit([.en: "12345", .fr: "12 345"]), unit([.en: "Page 7", .fr: "Page 7"])])
        #expect(try lookup(ws, "12345", .en, .fr).map(\.target.plainText) == ["12 345"])
        #expect(try lookup(ws, "1234567890123456", .en, .fr).isEmpty)
        #expect(try lookup(ws, "54321", .en, .fr, minimum: 1).isEmpty)
        // Beside words a number is still a placeable, adapted without padding.
        let page = try #require(try lookup(ws, "Page 12", .en, .fr).first)
        #expect(page.score == 99)
        #expect(page.target.plainText == "Page 12")
    }

    @Test(arguments: MemoryBackend.all) func anAddedSymbolAndACaseChangeCost(_ backend: MemoryBackend) throws {
        let ws = try TemporaryWorkspace(backend)
        try ws.importUnits([unit([.en: "Not implemented.", .fr: "Non implémenté."])])
        let m = try #require(try lookup(ws, "%not implemented", .en, .fr).first)
        #expect(m.detail.base == 100)
        #expect(m.detail.penalties.punctuation == 2)
        #expect(m.detail.penalties.textForm == 1)
        #expect(m.score == 97)
        #expect(try lookup(ws, "not implemented.", .en, .fr).first?.score == 99)
        #expect(try lookup(ws, "Not implemented.", .en, .fr).first?.score == 100)
    }

    @Test(arguments: MemoryBackend.all) func aSwappedPairOfWordsIsFoundAsOneEdit(_ backend: MemoryBackend) throws {
        let ws = try TemporaryWorkspace(backend)
        try ws.importUnits(Campaign.all.map { unit($0) })
        // Two neighbouring words of 10 swapped: one edit, floor(100 × (11 − 1) / 11) = 90.
        let m = try #require(try lookup(ws, "The Plenipotentiary Conference adopted Resolution 200 Dubai in in 2018.", .en, .fr).first)
        #expect(m.detail.base == 90)
        // Two swaps: two edits, floor(100 × (11 − 2) / 11) = 81 (Levenshtein: four edits, 63).
        let swapped = try #require(try lookup(ws, "Plenipotentiary The Conference adopted Resolution 200 Dubai in in 2018.", .en, .ru).first)
        #expect(swapped.target.plainText == Campaign.resolution[.ru])
        #expect(swapped.detail.base == 81)
        let short = try #require(try lookup(ws, "Всемирный электросвязи день и информационного общества ежегодно отмечается 17 мая.", .ru, .zh).first)
        #expect(short.detail.base == 90)
    }

    @Test(arguments: MemoryBackend.all) func tiesGoToTheTextMoreAlikeCharacterByCharacterBeforeTheNewer(_ backend: MemoryBackend) throws {
        let ws = try TemporaryWorkspace(backend)
        // Both differ from the query by one word; the first (older) unit's word is nearly the query's.
        try ws.importUnits([unit([.en: "Insert the new columns on the left", .fr: "A"])])
        try ws.importUnits([unit([.en: "Insert the new rows on the left", .fr: "B"])], name: "later.tmx")
        let matches = try lookup(ws, "Insert the new column on the left", .en, .fr)
        #expect(matches.map(\.score) == [matches[0].score, matches[0].score])
        #expect(matches.map(\.target.plainText) == ["A", "B"])
    }

    @Test(arguments: MemoryBackend.all) func theQuerysCodesOrNoneWin(_ backend: MemoryBackend) throws {
        let ws = try TemporaryWorkspace(backend)
        let open = InlineCode(id: 1, kind: .open, role: .strong, data: "**"), close = InlineCode(id: 1, kind: .close, role: .strong, data: "**")
        let stored = TranslationUnit(variants: [
            .init(language: LanguageTag(.fr), content: Content([.text("Réf.: "), .code(open), .text("CL-17/24"), .code(close)])),
            .init(language: LanguageTag(.en), content: Content([.text("Ref.: "), .code(open), .text("CL-17/24"), .code(close)])),
        ])
        try ws.importUnits([stored])
        let plain = try #require(try lookup(ws, "Réf.: CL-17/24", .fr, .en).first)
        #expect(plain.target == "Ref.: CL-17/24")
        #expect(plain.target.codes.isEmpty)
        #expect(plain.unmatchedCodes == 2)
        let emphasis = InlineCode(id: 4, kind: .open, role: .strong, data: "__"), end = InlineCode(id: 4, kind: .close, role: .strong, data: "__")
        let marked = try ws.workspace.readMemory { reader in
            try MemoryLookup(reader).matches(MemoryQuery(content: Content([.text("Réf.: "), .code(emphasis), .text("CL-17/24"), .code(end)]),
                                                         from: .fr, to: .en))
        }
        #expect(marked.first?.target == Content([.text("Ref.: "), .code(emphasis), .text("CL-17/24"), .code(end)]))
        // Only one end of a span has a counterpart: the span goes, and a placeholder that stands for text leaves it.
        let escape = InlineCode(id: 2, kind: .placeholder, role: .escape, data: "\\*", equiv: "*")
        let half = CodeTransfer.transfer(target: Content([.code(open), .text("a"), .code(escape), .code(close)]),
                                         matchSource: Content([.code(open), .text("a")]), query: Content([.code(emphasis), .text("a")]))
        #expect(half.content == "a*")
        #expect(half.unmatched == 3)
    }
}
