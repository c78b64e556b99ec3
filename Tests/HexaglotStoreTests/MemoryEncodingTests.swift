import Foundation
import Testing
import HexaglotCore
@testable import HexaglotStore

/// The memory's on-disk encodings: varints, token lists, posting lists, the import dictionary.
@Suite struct MemoryEncodingTests {
    @Test func varintsRoundTripAtEveryWidth() {
        let values: [UInt64] = [0, 1, 127, 128, 255, 16_383, 16_384, 1 << 21, UInt64(UInt32.max), 1 << 40, UInt64.max]
        var bytes: [UInt8] = []
        for v in values { Varint.append(v, to: &bytes) }
        #expect(bytes.count == 1 + 1 + 1 + 2 + 2 + 2 + 3 + 4 + 5 + 6 + 10)
        bytes.withUnsafeBytes { raw in
            var offset = 0
            var read: [UInt64] = []
            while let v = Varint.read(raw, &offset) { read.append(v) }
            #expect(read == values)
        }
        // A value cut short is not read.
        [UInt8(0x80), 0x80].withUnsafeBytes { raw in
            var offset = 0
            #expect(Varint.read(raw, &offset) == nil)
        }
    }

    @Test func tokenListsKeepKindsAndIds() {
        let tokens: [UInt32] = [
            MemoryToken.make(kind: MemoryToken.word, id: 1), MemoryToken.make(kind: MemoryToken.number, id: 70_000),
            MemoryToken.make(kind: MemoryToken.punctuation, id: 3),
            MemoryToken.code(InlineCode(id: 1, kind: .open, role: .strong, data: "**")),
        ]
        let stored = MemoryToken.encode(tokens)
        #expect(stored.count < tokens.count * 4 + 2)
        #expect(stored.withUnsafeBytes { MemoryToken.decode($0) } == tokens)
        #expect(tokens.map(MemoryToken.kind) == [0, 1, 2, 3])
    }

    @Test func shortPostingListsAreOneRowAndLongOnesSplitByLength() {
        // Units by length, then unit: as the import sorts them.
        let short = [(3, 10), (3, 12), (5, 7), (255, 4)].map { PostingCodec.entry(unit: UInt32($0.1), length: UInt8($0.0)) }
        let rows = PostingCodec.rows(short)
        #expect(rows.count == 1 && rows[0].length == 0)
        func read(_ rows: [(length: Int, bytes: [UInt8])], _ window: ClosedRange<Int>) -> [UInt32] {
            var units: [UInt32] = []
            for row in rows {
                row.bytes.withUnsafeBytes { PostingCodec.forEach(row: row.length, bytes: $0, window: window) { u, _ in units.append(u) } }
            }
            return units
        }
        #expect(read(rows, 0...1000) == [10, 12, 7, 4])
        #expect(read(rows, 4...6) == [7])
        #expect(read(rows, 3...3) == [10, 12])
        #expect(read(rows, 100...300) == [4], "255 stands for 255 or more")

        let long = (0..<(PostingCodec.splitThreshold + 10)).map { i in
            PostingCodec.entry(unit: UInt32(i * 3), length: UInt8(1 + i % 4))
        }.sorted()
        let split = PostingCodec.rows(long)
        #expect(split.map(\.length) == [1, 2, 3, 4])
        #expect(read(split, 2...3).count == long.filter { (2...3).contains(Int($0 >> 32)) }.count)
        let all = split.flatMap { row in row.bytes.withUnsafeBytes { PostingCodec.entries(row: row.length, bytes: $0) } }
        #expect(all == long)
    }

    @Test func sortingByLengthKeepsUnitOrder() {
        var entries = (0..<500).map { PostingCodec.entry(unit: UInt32($0), length: UInt8($0 % 7)) }
        var scratch: [UInt64] = []
        PostingCodec.sortByLength(&entries, scratch: &scratch)
        #expect(entries == entries.sorted())
        var repeated: [UInt64] = [5, 5, 6, 7, 7, 7]
        PostingCodec.removeDuplicates(&repeated)
        #expect(repeated == [5, 6, 7])
    }

    @Test func theImportDictionaryGivesOneIdPerTokenAndLanguage() {
        var dictionary = TokenDictionary(nextID: 100, capacity: 4)
        func entry(_ text: String, _ language: Language, _ kind: UInt32 = MemoryToken.word) -> Int {
            var text = text
            return text.withUTF8 { dictionary.entry($0, meta: TokenDictionary.meta(language: language.memoryIndex, kind: kind)) }
        }
        let a = entry("agenda", .fr)
        #expect(entry("agenda", .fr) == a)
        #expect(entry("agenda", .es) != a)
        #expect(entry("2030", .fr, MemoryToken.number) != entry("2030", .fr))
        for i in 0..<1000 { _ = entry("mot\(i)", .fr) }
        #expect(entry("agenda", .fr) == a, "found again after the table grew")
        #expect(dictionary.ids[a] == 100)
        #expect(dictionary.text(a) == "agenda")
        #expect(Set(dictionary.ids).count == dictionary.count)
    }
}
