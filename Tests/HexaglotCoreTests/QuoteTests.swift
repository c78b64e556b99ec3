import Testing
@testable import HexaglotCore

/// User values in error messages stay short and on one line.
@Suite struct QuoteTests {
    @Test func aLongValueIsCutWithItsLength() {
        #expect(Quote.user("fr") == "'fr'")
        let long = String(repeating: "é", count: 2_000_000)
        let shown = Quote.user(long)
        #expect(shown.count < 80 && shown.hasPrefix("'éééé") && shown.contains("2000000 characters"))
        #expect(Quote.clipped("a\nb") == "a b")
    }

    @Test func aMessageKeepsItsWordsButNotAHugeOne() {
        let name = String(repeating: "a", count: 5000)
        let message = Quote.clippingLongWords("unexpected <\(name)> in <body>")
        #expect(message.hasPrefix("unexpected <aaa") && message.hasSuffix(" in <body>") && message.count < 150)
        let path = "/tmp/hexaglot-cli-3F2504E0-4F89-11D3-9A0C-0305E82C3301/Letters/CL-19-73/CL-19-73.fr.md"
        #expect(Quote.clippingLongWords("cannot write \(path): no space") == "cannot write \(path): no space")
    }

    @Test func segmentRangesRefuseEmptyParts() throws {
        #expect(throws: CoreError.self) { try SegmentRanges.parse("1,,2") }
        #expect(throws: CoreError.self) { try SegmentRanges.parse(",3") }
        #expect(throws: CoreError.self) { try SegmentRanges.parse("3,") }
        #expect(try SegmentRanges.parse("1, 4-5") == [1, 4, 5])
    }
}
