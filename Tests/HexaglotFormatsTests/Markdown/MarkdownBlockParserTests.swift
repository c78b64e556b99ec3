import Testing
import HexaglotCore
@testable import HexaglotFormats

/// Block structure details the CommonMark suite pins down, in the six languages.
@Suite struct MarkdownBlockParserTests {
    func texts(_ markdown: String, _ language: Language) throws -> [String] {
        let parsed = try MarkdownFormat().parse(markdown, file: "t.md", language: language)
        #expect(parsed.render() == markdown, "round trip")
        return parsed.segments.map(\.content.plainText)
    }

    /// The text of each block, its segments joined by a space.
    func blocks(_ markdown: String, _ language: Language) throws -> [String] {
        let parsed = try MarkdownFormat().parse(markdown, file: "t.md", language: language)
        #expect(parsed.render() == markdown, "round trip")
        var result: [(Int, String)] = []
        for segment in parsed.segments {
            if result.last?.0 == segment.block {
                result[result.count - 1].1 += " " + segment.content.plainText
            } else {
                result.append((segment.block, segment.content.plainText))
            }
        }
        return result.map(\.1)
    }

    @Test func anIndentedLineContinuesAParagraph() throws {
        let cases: [(Language, String)] = [
            (.en, "Dear Sir"), (.fr, "Madame"), (.es, "Señora"), (.ru, "Уважаемый"), (.zh, "尊敬的"), (.ar, "السيد"),
        ]
        for (language, word) in cases {
            // Not a thematic break, an ATX heading or a setext underline when indented 4 spaces.
            #expect(try blocks("\(word)\n    ***\n", language) == ["\(word) ***"], "\(language)")
            #expect(try blocks("\(word)\n    # \(word)\n", language) == ["\(word) # \(word)"], "\(language)")
            #expect(try blocks("\(word)\n    ---\n", language) == ["\(word) ---"], "\(language)")
            #expect(try blocks("\(word)\n\t===\n", language) == ["\(word) ==="], "\(language)")
        }
        // Without the indent they are what they look like.
        #expect(try texts("Dear Sir\n---\n", .en) == ["Dear Sir"])
        #expect(try MarkdownFormat().parse("Dear Sir\n---\n", file: nil, language: .en).segments.first?.blockKind == .heading)
    }

    @Test func listItemIndentIsRelativeToItsContainer() throws {
        // Spec example 261: the item's second paragraph sits four columns in, after two quotes.
        #expect(try texts("   > > 1.  one\n>>\n>>     two\n", .en) == ["one", "two"])
        let parsed = try MarkdownFormat().parse("   > > 1.  one\n>>\n>>     two\n", file: nil, language: .en)
        #expect(parsed.segments.map(\.blockKind) == [.listItem, .listItem])
    }

    @Test func anEscapedMarkBeforeALinkStaysInTheSegment() throws {
        // "\!" then a link: ICU ends a sentence after the "!", which has no text of its own.
        #expect(try texts("\\![Circular](/cl)\n\n", .en) == ["!Circular"])
        #expect(try texts("Voir ceci. `code`\n", .fr) == ["Voir ceci. code"])
    }
}
