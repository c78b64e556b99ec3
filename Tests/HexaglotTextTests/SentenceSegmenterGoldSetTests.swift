import Foundation
import HexaglotCore
import Testing
@testable import HexaglotText

/// The letters' gold set (`Benchmarks/segmentation-gold/<lang>.txt`) scored as
/// `Benchmarks/report.py` scores it: a paragraph is its gold sentences joined by a space (by
/// nothing in Chinese); a boundary is the count of non-whitespace characters before a
/// sentence start. Rule changes for general text must not cost the letters anything: every
/// paragraph matches except the one the gold set and the unit tests decide differently
/// ("截止日期已经延长……但请注意" breaks after the ellipsis in the gold set, "我们等了很久……但
/// 一直没有回复" does not in ``SentenceSegmenterHeldOutStyleCases``).
@Suite struct SentenceSegmenterGoldSetTests {
    static let gold = SentenceSegmenterGoldenRuleTests.benchmarks.appendingPathComponent("segmentation-gold")

    static func paragraphs(_ language: Language) throws -> [[String]] {
        let text = try String(contentsOf: gold.appendingPathComponent("\(language.rawValue).txt"), encoding: .utf8)
        return text.components(separatedBy: "\n\n").compactMap { block in
            let lines = block.split(separator: "\n").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
            return lines.isEmpty ? nil : lines
        }
    }

    static func boundaries(_ sentences: [String]) -> Set<Int> {
        var result = Set<Int>(), n = 0
        for s in sentences.dropLast() {
            n += s.unicodeScalars.filter { !$0.properties.isWhitespace }.count
            result.insert(n)
        }
        return result
    }

    @Test func goldSetF1StaysAtItsLevel() throws {
        var tp = 0, fp = 0, fn = 0
        var mismatches: [String] = []
        for language in Language.allCases {
            let segmenter = try SentenceSegmenter(language: language)
            var ltp = 0, lfp = 0, lfn = 0
            for sentences in try Self.paragraphs(language) {
                let text = sentences.joined(separator: language == .zh ? "" : " ")
                let gold = Self.boundaries(sentences)
                let got = Self.boundaries(segmenter.sentences(in: text).map(String.init))
                ltp += gold.intersection(got).count
                lfp += got.subtracting(gold).count
                lfn += gold.subtracting(got).count
                if got != gold { mismatches.append("\(language.rawValue): \(text.prefix(60))") }
            }
            print("gold set \(language.rawValue): \(ltp) right, \(lfp) false, \(lfn) missed")
            tp += ltp; fp += lfp; fn += lfn
        }
        let f1 = Double(2 * tp) / Double(2 * tp + fp + fn)
        print("gold set all: F1 \(String(format: "%.3f", f1))")
        #expect(f1 >= 0.996)
        #expect(mismatches.count <= 1, "\(mismatches)")
    }
}
