import Foundation
import Testing
import HexaglotCore
import HexaglotStore
@testable import HexaglotMemory

/// Units made from workspace segments: kept in step with translations, multi-way, in context.
@Suite struct WorkspaceMemoryTests {
    /// An English letter of the four campaign sentences, one paragraph each.
    func importLetter(_ ws: TemporaryWorkspace, reference: String = "CL-TEST/1") throws {
        var skeleton = Skeleton()
        var segments: [Segment] = []
        for (i, s) in Campaign.all.enumerated() {
            skeleton.append(.segment(i))
            skeleton.append(.literal("\n\n"))
            segments.append(Segment(index: i, content: Content(text: s[.en]!), block: i, blockKind: .paragraph, line: 2 * i + 1))
        }
        let document = Document(metadata: DocumentMetadata(reference: reference, kind: .letter, title: "Test",
                                                           sourceLanguage: LanguageTag(.en)),
                                format: "markdown", skeleton: skeleton, segments: segments)
        _ = try ws.workspace.importDocument(document, sourceText: document.render(), path: nil)
    }

    func translate(_ ws: TemporaryWorkspace, _ language: Language, status: TranslationStatus = .translated,
                   reference: String = "CL-TEST/1") throws {
        for (i, s) in Campaign.all.enumerated() {
            try ws.workspace.setTranslation(of: reference, segment: i + 1, language: LanguageTag(language),
                                            content: Content(text: s[language]!), status: status, author: "Test")
        }
    }

    func lookup(_ ws: TemporaryWorkspace, _ query: MemoryQuery) throws -> [MemoryMatch] {
        try ws.workspace.readMemory { try MemoryLookup($0).matches(query) }
    }

    @Test func frenchToRussianComesFromAUnitMadeFromEnglish() throws {
        let ws = try TemporaryWorkspace()
        try importLetter(ws)
        try translate(ws, .fr)
        try translate(ws, .ru)
        let m = try #require(try lookup(ws, MemoryQuery(content: Content(text: Campaign.wtisd[.fr]!), from: .fr, to: .ru)).first)
        #expect(m.score == 100)
        #expect(m.target.plainText == Campaign.wtisd[.ru])
        #expect(m.document == "CL-TEST/1")
        #expect(m.segment == 2)
        #expect(m.author == "Test")
    }

    @Test func draftsAreNotInTheMemoryAndTranslationsFollowTheirStatus() throws {
        let ws = try TemporaryWorkspace()
        try importLetter(ws)
        try translate(ws, .es, status: .draft)
        let query = MemoryQuery(content: Content(text: Campaign.resolution[.en]!), from: .en, to: .es)
        #expect(try lookup(ws, query).isEmpty)
        try ws.workspace.setStatus(of: "CL-TEST/1", segments: [3], language: .es, status: .translated, author: "Rev")
        #expect(try lookup(ws, query).first?.target.plainText == Campaign.resolution[.es])
        // A new text replaces the old one in the memory.
        try ws.workspace.setTranslation(of: "CL-TEST/1", segment: 3, language: LanguageTag(.es),
                                        content: "La Conferencia de Plenipotenciarios de 2018 adoptó la Resolución 200 en Dubái.",
                                        status: .reviewed, author: "Rev")
        let m = try #require(try lookup(ws, query).first)
        #expect(m.target.plainText == "La Conferencia de Plenipotenciarios de 2018 adoptó la Resolución 200 en Dubái.")
        #expect(try lookup(ws, query).count == 1)
        try ws.workspace.setStatus(of: "CL-TEST/1", segments: [3], language: .es, status: .rejected, author: "Rev",
                                   comment: "Resolution 200 is from 2018, not 2014")
        #expect(try lookup(ws, query).isEmpty)
    }

    @Test func theSameTextInTheSameContextScores101() throws {
        let ws = try TemporaryWorkspace()
        try importLetter(ws)
        try translate(ws, .zh)
        let en = Campaign.all.map { $0[.en]! }
        let inContext = MemoryQuery(content: Content(text: en[1]), from: .en, to: .zh, previous: en[0], next: en[2])
        let m = try #require(try lookup(ws, inContext).first)
        #expect(m.score == 101)
        #expect(m.kind == .inContext)
        let otherContext = MemoryQuery(content: Content(text: en[1]), from: .en, to: .zh, previous: en[3], next: nil)
        #expect(try lookup(ws, otherContext).first?.score == 100)
    }

    @Test func aSegmentsOwnUnitCanBeLeftOut() throws {
        let ws = try TemporaryWorkspace()
        try importLetter(ws)
        try translate(ws, .ar)
        let own = try ws.workspace.readMemory { try $0.unitID(reference: "CL-TEST/1", segment: 4) }
        let query = MemoryQuery(content: Content(text: Campaign.campaign[.en]!), from: .en, to: .ar, excluding: [try #require(own)])
        #expect(try lookup(ws, query).isEmpty)
    }

    @Test func placeablesAreAdaptedInTheSuggestion() throws {
        let ws = try TemporaryWorkspace()
        try ws.importUnits(Campaign.all.map { unit($0) })
        let query = MemoryQuery(content: "La Conférence de plénipotentiaires a adopté la Résolution 71 à Dubaï en 2014.", from: .fr, to: .en)
        let m = try #require(try lookup(ws, query).first)
        #expect(m.detail.base == 100)
        #expect(m.score == 98)
        #expect(m.target.plainText == "The Plenipotentiary Conference adopted Resolution 71 in Dubai in 2014.")
        #expect(m.storedTarget?.plainText == Campaign.resolution[.en])
        #expect(m.adaptations.map(\.to) == ["Resolution 71", "2014"])
        #expect(m.unadapted.isEmpty)
    }

    @Test func aUnitTheWorkspaceHoldsIsNotImportedAgain() throws {
        let ws = try TemporaryWorkspace()
        try importLetter(ws)
        try translate(ws, .fr)
        let before = try ws.workspace.readMemory { try $0.statistics() }
        #expect(before.workspaceUnits == 4)
        // The same texts, as a TMX export of the workspace brings them back.
        let again = try ws.importUnits(Campaign.all.map { unit([.en: $0[.en]!, .fr: $0[.fr]!]) }, name: "export.tmx")
        #expect(again.units == 0)
        #expect(again.duplicates == 4)
        #expect(try ws.workspace.readMemory { try $0.statistics() }.units == before.units)
        // Other languages make another unit.
        #expect(try ws.importUnits([unit([.en: Campaign.agenda[.en]!, .es: Campaign.agenda[.es]!])]).units == 1)
        let matches = try lookup(ws, MemoryQuery(content: Content(text: Campaign.wtisd[.en]!), from: .en, to: .fr))
        #expect(matches.count == 1)
    }

    @Test func pretranslationDraftsCarryTheSegmentsCodesOrNone() throws {
        let ws = try TemporaryWorkspace()
        try importLetter(ws)
        let open = InlineCode(id: 1, kind: .open, role: .strong, data: "**"), close = InlineCode(id: 1, kind: .close, role: .strong, data: "**")
        let en = Campaign.resolution[.en]!, es = Campaign.resolution[.es]!
        func bold(_ text: String, _ word: String) -> Content {
            let r = text.range(of: word)!
            return Content([.text(String(text[..<r.lowerBound])), .code(open), .text(word), .code(close), .text(String(text[r.upperBound...]))])
        }
        try ws.importUnits([TranslationUnit(variants: [.init(language: LanguageTag(.en), content: bold(en, "Resolution 200")),
                                                       .init(language: LanguageTag(.es), content: bold(es, "Resolución 200"))])])
        let result = try Pretranslator(ws.workspace).pretranslate(reference: "CL-TEST/1", into: .es, minimum: 70, author: "MT")
        #expect(result.filled == 1)
        let draft = try #require(try ws.workspace.segments(of: "CL-TEST/1", language: .es)[2].translation)
        #expect(draft.content == Content(text: es))
        #expect(draft.content.codes.isEmpty)
    }

    @Test(arguments: MemoryBackend.all) func theIndexFindsWhatScoringEveryUnitFinds(_ backend: MemoryBackend) throws {
        let ws = try TemporaryWorkspace(backend)
        // Variants of the campaign sentences with words dropped, swapped and replaced.
        var generator = SplitMix(seed: 2030)
        var units: [TranslationUnit] = []
        for _ in 0..<300 {
            var texts: [Language: String] = [:]
            let base = Campaign.all[Int(generator.next() % 4)]
            for language in Language.allCases {
                // Chinese is scored character by character: its "words" here are characters.
                let separator = language == .zh ? "" : " "
                var words = language == .zh ? base[language]!.map(String.init) : base[language]!.split(separator: " ").map(String.init)
                for _ in 0..<Int(generator.next() % 4) {
                    let i = Int(generator.next() % UInt64(words.count))
                    switch generator.next() % 4 {
                    case 3: if i + 1 < words.count { words.swapAt(i, i + 1) }
                    case 0: if words.count > 3 { words.remove(at: i) }
                    case 1: words.insert(words[Int(generator.next() % UInt64(words.count))], at: i)
                    default: words[i] = ["ITU", "UIT", "МСЭ", "2030", "campaign", "кампания", "الاتحاد", "电联"][Int(generator.next() % 8)]
                    }
                }
                texts[language] = words.joined(separator: separator)
            }
            units.append(unit(texts))
        }
        try ws.importUnits(units)
        try ws.workspace.readMemory { reader in
            for language in Language.allCases {
                let scan = try ExhaustiveScan(reader, language: language)
                for sentence in Campaign.all {
                    for minimum in [50, 70, 90] {
                        let query = MemoryQuery(content: Content(text: sentence[language]!), from: language,
                                                to: language == .en ? .fr : .en, minimum: minimum, limit: 5)
                        let exhaustive = try scan.ranked(query, reader: reader)
                        // Every list counted, and no list but the prefix's (all taken as shared).
                        for skipFactor in [256, 0] {
                            let lookup = MemoryLookup(reader)
                            lookup.skipFactor = skipFactor
                            let indexed = try lookup.ranked(query)
                            #expect(indexed.map(\.unit) == exhaustive.map(\.unit), "\(language) \(minimum) \(skipFactor)")
                            #expect(indexed.map(\.score) == exhaustive.map(\.score))
                        }
                        // The matches built from what the lookup read (prefetched on a server) are the scan's.
                        let built = try MemoryLookup(reader).matches(query)
                        let scanned = try scan.matches(query, reader: reader)
                        #expect(built.map(\.unit) == scanned.map(\.unit))
                        #expect(built.map(\.target) == scanned.map(\.target))
                        #expect(built.map(\.source) == scanned.map(\.source))
                    }
                }
            }
        }
    }
}

/// A small deterministic random generator for test data.
struct SplitMix {
    var state: UInt64
    init(seed: UInt64) { state = seed }
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}
