import Foundation
import HexaglotCore
import Testing
@testable import HexaglotText

/// The golden-rule cases of `Benchmarks/segmentation-rules/<lang>.json` (general-text rules in
/// the style of pySBD's "Golden Rules": abbreviations, initialisms, lists, ellipses, quotes,
/// book titles), each with its expected sentences. Every case must pass; the per-language score
/// printed here is the one `Benchmarks/golden-rules.py` prints for pySBD on the same files.
@Suite struct SentenceSegmenterGoldenRuleTests {
    struct Case: Decodable, Sendable {
        let rule: String
        let text: String
        let sentences: [String]
    }

    static let benchmarks = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Benchmarks")

    static func cases(_ language: Language) throws -> [Case] {
        let url = benchmarks.appendingPathComponent("segmentation-rules/\(language.rawValue).json")
        return try JSONDecoder().decode([Case].self, from: Data(contentsOf: url))
    }

    @Test(arguments: Language.allCases)
    func everyCaseSplitsAsExpected(_ language: Language) throws {
        let cases = try Self.cases(language)
        #expect(cases.count >= 20, "too few golden-rule cases for \(language.rawValue)")
        let segmenter = try SentenceSegmenter(language: language)
        var right = 0
        for c in cases {
            let got = segmenter.sentences(in: c.text).map(String.init)
            if got == c.sentences { right += 1 }
            #expect(got == c.sentences, "\(language.rawValue) [\(c.rule)]")
        }
        print("golden rules \(language.rawValue): hexaglot \(right)/\(cases.count)")
    }
}
