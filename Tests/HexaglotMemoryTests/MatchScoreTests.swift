import Testing
import HexaglotStore
@testable import HexaglotMemory

/// The fuzzy score's properties on token sequences, and the index's bound checked against it
/// on random data.
@Suite struct MatchScoreTests {
    static func words(_ ids: [UInt32]) -> [UInt32] { ids.map { MemoryToken.make(kind: MemoryToken.word, id: $0) } }

    func score(_ q: [UInt32], _ c: [UInt32]) -> MatchScore {
        var scratch: [Int] = []
        return MatchScore.score(query: TokenParts(q), candidate: TokenParts(c), scratch: &scratch)
    }

    @Test func aSwapOfNeighboursIsOneEditAndCheaperThanTwoSubstitutions() {
        var scratch: [Int] = []
        let original = Self.words([1, 2, 3, 4, 5, 6])
        let swapped = Self.words([1, 3, 2, 4, 5, 6])
        let twoChanged = Self.words([1, 7, 8, 4, 5, 6])
        #expect(MatchScore.distance(original[...], swapped[...], scratch: &scratch) == 1)
        #expect(MatchScore.distance(original[...], twoChanged[...], scratch: &scratch) == 2)
        #expect(MatchScore.distance(original[...], swapped[...], transpositions: false, scratch: &scratch) == 2)
        #expect(score(swapped, original).value > score(twoChanged, original).value)
        #expect(score(swapped, original).value == score(Self.words([1, 9, 3, 4, 5, 6]), original).value)
        // Two swaps far apart are two edits; a word moved further is more.
        #expect(MatchScore.distance(Self.words([2, 1, 3, 4, 6, 5])[...], original[...], scratch: &scratch) == 2)
        #expect(MatchScore.distance(Self.words([3, 1, 2, 4, 5, 6])[...], original[...], scratch: &scratch) == 2)
    }

    @Test func oneEditInAShortSegmentStaysAboveTheDefaultThreshold() {
        let three = Self.words([1, 2, 3])
        #expect(score(Self.words([1, 9, 3]), three).value == 75)
        #expect(score(Self.words([1, 3]), three).value == 75)
        #expect(score(Self.words([2, 1, 3]), three).value == 75)
        // Long segments score as before: one word of 10 changed is 90, of 20 is 95.
        #expect(score(Self.words(Array(1...9) + [99]), Self.words(Array(1...10))).value == 90)
        #expect(score(Self.words(Array(1...19) + [99]), Self.words(Array(1...20))).value == 95)
        // Nothing in common scores 0, whatever the lengths; the same tokens 100.
        #expect(score(Self.words([1]), Self.words([2])).value == 0)
        #expect(score(Self.words([1, 2]), Self.words([3, 4, 5])).value == 0)
        #expect(score(three, three).value == 100)
        // Fewer edits never score lower.
        let ten = Self.words(Array(1...10))
        var last = 101
        for edits in 0...10 {
            let q = Self.words(Array(1...10).enumerated().map { $0.offset < edits ? UInt32(100 + $0.offset) : $0.element })
            let s = score(q, ten).value
            #expect(s <= last)
            last = s
        }
    }

    @Test func numbersAreEqualAsPlaceablesOnlyBesideWords() {
        let n1 = MemoryToken.make(kind: MemoryToken.number, id: 1), n2 = MemoryToken.make(kind: MemoryToken.number, id: 2)
        let page = MemoryToken.make(kind: MemoryToken.word, id: 5)
        #expect(score([n1], [n2]).value == 0)
        #expect(score([n1], [n1]).value == 100)
        let s = score([page, n1], [page, n2])
        #expect(s.base == 100)
        #expect(s.penalties.numbers == 1)
    }

    @Test func anAddedSymbolCostsAPoint() {
        let w = Self.words([1, 2])
        let percent = MemoryToken.make(kind: MemoryToken.punctuation, id: 7), stop = MemoryToken.make(kind: MemoryToken.punctuation, id: 8)
        #expect(score(w + [percent], w + [stop]).penalties.punctuation == 2)
        #expect(score(w + [percent], w).penalties.punctuation == 1)
        #expect(score(w + [percent, stop], w + [stop]).value == 99)
    }

    /// On random sequences: the score never exceeds the bound from the shared tokens, and a
    /// score at a minimum implies the length window and the shared count the index relies on.
    @Test func theIndexBoundHoldsOnRandomData() {
        var generator = SplitMix(seed: 9)
        var scratch: [Int] = []
        for _ in 0..<20_000 {
            func sequence() -> [UInt32] {
                let length = 1 + Int(generator.next() % 9)
                return (0..<length).map { _ in
                    let v = UInt32(generator.next() % 6)
                    return generator.next() % 5 == 0 ? MemoryToken.make(kind: MemoryToken.number, id: v)
                                                     : MemoryToken.make(kind: MemoryToken.word, id: v)
                }
            }
            let q = sequence()
            var c = generator.next() % 2 == 0 ? q : sequence()
            if generator.next() % 2 == 0, c.count > 1 {
                let i = Int(generator.next() % UInt64(c.count - 1))
                c.swapAt(i, i + 1)
            }
            let parts = TokenParts(q)
            let s = MatchScore.score(query: parts, candidate: TokenParts(c), scratch: &scratch).value
            // The index's count: query tokens the candidate has (numbers as one token beside words).
            func key(_ t: UInt32) -> UInt32 { parts.hasWord && t >> 30 == MemoryToken.number ? UInt32.max : t }
            let have = Set(c.map(key))
            let counted = q.filter { have.contains(key($0)) }.count
            let bound = MatchScore.bound(shared: counted, query: q.count, candidate: c.count)
            #expect(s <= bound, "\(q) \(c): \(s) > \(bound)")
            for minimum in stride(from: 1, through: 100, by: 3) where s >= minimum {
                #expect(MatchScore.lengthWindow(q.count, minimum: minimum).contains(c.count), "\(q) \(c) at \(minimum)")
                #expect(counted >= MatchScore.requiredShared(q.count, minimum: minimum), "\(q) \(c) at \(minimum)")
            }
        }
    }

    @Test func characterSimilarityIsFuzzRatio() {
        #expect(CharacterSimilarity.of("abc", "abc") == 1000)
        #expect(CharacterSimilarity.of("abc", "xyz") == 0)
        // rapidfuzz: fuzz.ratio("Insert Column Left", "Insert Column Right") = 81.08…
        #expect(CharacterSimilarity.of("Insert Column Left", "Insert Column Right") == 810)
        #expect(CaseChange.between("%not implemented", "Not implemented."))
        #expect(!CaseChange.between("not implemented", "it is not implemented."))
        #expect(!CaseChange.between("The text", "the text and The end"))
    }
}
