import HexaglotCore
import Testing
@testable import HexaglotText

/// On any text, the segmenter's breaks are ordered, inside the text, and lose nothing.
@Suite struct SegmenterPropertyTests {
    static let pieces = [
        "Word", "word", ".", ". ", "? ", "! ", "...", "…", " ", "\n", "\n\n", "\u{00A0}", "\u{202F}", "Mr.", "Rév.", "т. е.",
        "núm.", "No.", "e.g.", "(", ")", "«", "»", "“", "”", "\"", "'", "1.", "2)", "a)", "IV.", "3,5", "1 000", "itu.int",
        "a@b.org", "http://itu.int/x.", "中文", "。", "！", "？", "；", "「", "」", "（", "）", "……", "مرحبا", "؟", "،", "١٬٠٠٠",
        "Привет", "г.", "2018 г.", "🙂", "e\u{301}", "\u{200B}", "\t", "U.S.", "A.", "ITU-T.", "ё",
    ]

    @Test func breaksAreOrderedAndLoseNothing() throws {
        var state: UInt64 = 19
        func next() -> Int {
            state = state &* 6364136223846793005 &+ 1442695040888963407
            return Int(truncatingIfNeeded: state >> 33)
        }
        for language in Language.allCases {
            let segmenter = try SentenceSegmenter(language: language)
            for _ in 0..<300 {
                var text = ""
                for _ in 0..<(next() % 30) { text += Self.pieces[next() % Self.pieces.count] }
                let breaks = segmenter.breaks(in: text)
                #expect(zip(breaks, breaks.dropFirst()).allSatisfy { $0 < $1 }, "\(language): \(text.debugDescription)")
                #expect(breaks.allSatisfy { $0 > text.startIndex && $0 < text.endIndex }, "\(language): \(text.debugDescription)")
                let sentences = segmenter.sentences(in: text)
                let kept = sentences.joined().filter { !$0.isWhitespace }
                #expect(kept == text.filter { !$0.isWhitespace }, "\(language): \(text.debugDescription)")
            }
        }
    }
}
