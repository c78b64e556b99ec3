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

    @Test func everyOrderedPairOfTheSixLanguagesFindsTheUnit() throws {
        let ws = try TemporaryWorkspace()
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

    @Test func aFuzzyMatchScoresTheWordEditsAndShowsThem() throws {
        let ws = try TemporaryWorkspace()
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

    @Test func chineseIsScoredCharacterByCharacter() throws {
        let ws = try TemporaryWorkspace()
        try ws.importUnits(Campaign.all.map { unit($0) })
        // 世界电信和信息社会日于每年5月17日庆祝。: 17 characters and 2 numbers; 庆祝 → 纪念 is 2 edits
        // of 19: floor(100 × (20 − 2) / 20) = 90.
        let m = try #require(try lookup(ws, "世界电信和信息社会日于每年5月17日纪念。", .zh, .en).first)
        #expect(m.score == 90)
        #expect(m.target.plainText == Campaign.wtisd[.en])
    }

    @Test func caseAndQuoteFormsCostOnePoint() throws {
        let ws = try TemporaryWorkspace()
        try ws.importUnits(Campaign.all.map { unit($0) })
        let m = try #require(try lookup(ws, "THE PLENIPOTENTIARY CONFERENCE ADOPTED RESOLUTION 200 IN DUBAI IN 2018.", .en, .es).first)
        #expect(m.score == 99)
        #expect(m.detail.penalties.textForm == 1)
    }

    @Test func aDifferentNumberCostsOnePointAndPunctuationToo() throws {
        let ws = try TemporaryWorkspace()
        try ws.importUnits(Campaign.all.map { unit($0) })
        // 71 for 200; "!" added and "." dropped are two punctuation edits.
        let m = try #require(try lookup(ws, "La Conférence de plénipotentiaires a adopté la Résolution 71 à Dubaï en 2018 !", .fr, .en).first)
        #expect(m.detail.base == 100)
        #expect(m.detail.penalties.numbers == 1)
        #expect(m.detail.penalties.punctuation == 2)
        #expect(m.score == 97)
    }

    @Test func belowTheMinimumNothingIsReturned() throws {
        let ws = try TemporaryWorkspace()
        try ws.importUnits(Campaign.all.map { unit($0) })
        #expect(try lookup(ws, "Broadband connectivity for schools in rural areas.", .en, .fr).isEmpty)
        #expect(try lookup(ws, "Всемирный день электросвязи", .ru, .en, minimum: 90).isEmpty)
        // 3 of 10 tokens, 7 edits: base floor(100 × (11 − 7) / 11) = 36, minus 1 for the number
        // and 1 for the full stop only the unit has.
        let partial = try lookup(ws, "Всемирный день электросвязи", .ru, .en, minimum: 25)
        #expect(partial.map(\.score) == [34])
    }

    @Test func badQueriesAreRefused() throws {
        let ws = try TemporaryWorkspace()
        #expect(throws: MemoryError.self) { try lookup(ws, "   ", .en, .fr) }
        #expect(throws: MemoryError.self) { try lookup(ws, "Hello", .en, .en) }
        #expect(throws: MemoryError.self) { try lookup(ws, "Hello", .en, .fr, minimum: 120) }
    }
}
