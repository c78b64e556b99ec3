import Foundation
import HexaglotCore
import Testing
@testable import HexaglotFormats

/// Any text at all, however odd its markup, comes back byte for byte and never traps.
@Suite struct RoundTripPropertyTests {
    /// A small deterministic generator (SplitMix64), so a failure can be replayed.
    struct Generator {
        var state: UInt64
        mutating func next() -> UInt64 {
            state &+= 0x9E3779B97F4A7C15
            var z = state
            z = (z ^ (z >> 30)) &* 0xBF58476D1CE4E5B9
            z = (z ^ (z >> 27)) &* 0x94D049BB133111EB
            return z ^ (z >> 31)
        }
        mutating func pick<T>(_ items: [T]) -> T { items[Int(next() % UInt64(items.count))] }
    }

    static let pieces = [
        "*", "**", "_", "__", "~~", "[", "]", "(", ")", "![", "](#)", "](http://itu.int \"t\")", "`", "``", "<", ">",
        "<b>", "</b>", "<!-- c -->", "\\", "\\*", "&amp;", "&#8212;", "&nope;", "# ", "## ", "- ", "* ", "+ ", "1. ", "2) ",
        "> ", "| a | b |\n|---|---|\n", "|", "\n", "\n\n", "  \n", "\\\n", "\r\n", "\t", " ", "    ", "---\n", "```\n", "~~~\n",
        "word", "Word.", "Rév. Dubaï", "Réf.: ", "CL-19/73", "itu.int", "<http://itu.int>", "a@b.org", "é", "ё", "中文。",
        "؟", "١٬٠٠٠", "\u{FEFF}", "\u{301}", "e\u{301}", "🙂", "...", "…", "«", "»", "“", "”", "¿", "¡", "Mr. ", "No. 5",
    ]

    @Test func randomMarkupRoundTrips() throws {
        var g = Generator(state: 2030)
        for format in FormatRegistry.all {
            for iteration in 0..<1500 {
                var text = ""
                for _ in 0..<Int(g.next() % 40) { text += g.pick(Self.pieces) }
                // Non-NFC input is normalized by design; the property holds for NFC text.
                guard text.isNFCForTests else { continue }
                let language = g.pick(Language.allCases)
                let parsed: ParsedFile
                do {
                    parsed = try format.parse(text, file: "fuzz-\(iteration)", language: language)
                } catch let error as FormatError where error.code == .frontMatter {
                    continue
                }
                #expect(parsed.render() == text, "\(format.name) #\(iteration) [\(language)]: \(text.debugDescription)")
                for segment in parsed.segments {
                    #expect(!segment.content.plainText.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty
                            || segment.content.codes.isEmpty == false,
                            "\(format.name) #\(iteration): empty segment in \(text.debugDescription)")
                }
            }
        }
    }
}

extension String {
    var isNFCForTests: Bool {
        self == self.precomposedStringWithCanonicalMapping
    }
}
