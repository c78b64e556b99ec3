import Testing
@testable import HexaglotCore

@Suite struct SegmentRangesTests {
    @Test func parsesNumbersAndRanges() throws {
        #expect(try SegmentRanges.parse("3") == [3])
        #expect(try SegmentRanges.parse("3-7") == [3, 4, 5, 6, 7])
        #expect(try SegmentRanges.parse("1, 4-6,4") == [1, 4, 5, 6])
        #expect(try SegmentRanges.parse("0") == [0], "0 is the title")
        #expect(try SegmentRanges.parse("0-2") == [0, 1, 2])
    }

    @Test(arguments: ["", "-1", "7-3", "a", "1-", "-2", "1-2-3"])
    func refusesWhatIsNotARange(text: String) {
        #expect(throws: CoreError.self) { try SegmentRanges.parse(text) }
    }

    @Test func describesNumbersCompactly() {
        #expect(SegmentRanges.describe([7, 1, 2, 3, 9, 10]) == "1-3, 7, 9-10")
        #expect(SegmentRanges.describe([]) == "")
    }

    @Test func statusesParseAndOrder() throws {
        #expect(try TranslationStatus(parsing: " Reviewed ") == .reviewed)
        #expect(throws: CoreError.self) { try TranslationStatus(parsing: "done") }
        #expect(TranslationStatus.new < .approved)
        #expect(TranslationStatus.allCases.filter(\.isDone) == [.translated, .reviewed, .approved])
    }
}
