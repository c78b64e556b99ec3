import Testing
import HexaglotCore
@testable import HexaglotFormats

/// How Markdown inline markup becomes typed codes.
@Suite struct InlineCodeTests {
    private func segments(_ text: String, _ language: Language = .fr) throws -> [Segment] {
        let parsed = try MarkdownFormat().parse(text, file: "test.md", language: language)
        #expect(parsed.render() == text)
        return parsed.segments
    }

    @Test func boldAroundReference() throws {
        let s = try segments("Réf.: **CL-19/73**\n")
        #expect(s.count == 1)
        let codes = s[0].content.codes
        #expect(codes.map(\.kind) == [.open, .close])
        #expect(codes.allSatisfy { $0.role == .strong && $0.data == "**" && $0.id == 1 })
        #expect(s[0].content.tagged == "Réf.: {1}CL-19/73{/1}")
    }

    @Test func linkToAnchor() throws {
        let s = try segments("voir la [Résolution 200](#) de la Conférence\n")
        let codes = s[0].content.codes
        #expect(codes.count == 2)
        #expect(codes[0].kind == .open && codes[0].role == .link && codes[0].data == "[")
        #expect(codes[0].attributes["href"] == "#")
        #expect(codes[1].kind == .close && codes[1].data == "](#)" && codes[1].id == codes[0].id)
        #expect(s[0].content.plainText == "voir la Résolution 200 de la Conférence")
    }

    @Test func mailtoLinkWithTitle() throws {
        let s = try segments("Courriel: [ict4sdg@itu.int](mailto:ict4sdg@itu.int \"Écrire\").\n")
        let codes = s[0].content.codes
        #expect(codes[0].attributes == ["href": "mailto:ict4sdg@itu.int", "title": "Écrire"])
        #expect(codes[1].data == "](mailto:ict4sdg@itu.int \"Écrire\")")
    }

    @Test func autolinkAndHashtag() throws {
        let s = try segments("Le microsite (<http://itu.int/ICT4SDG>) et le hashtag #ICT4SDG.\n")
        let codes = s[0].content.codes
        #expect(codes.count == 1)
        #expect(codes[0].kind == .placeholder && codes[0].role == .autolink)
        #expect(codes[0].equiv == "http://itu.int/ICT4SDG" && codes[0].data == "<http://itu.int/ICT4SDG>")
        #expect(s[0].content.tagged == "Le microsite ({1/}) et le hashtag #ICT4SDG.")
    }

    @Test func referenceLinkImageCodeAndEscapes() throws {
        let text = "See [the agenda][c2030], ![logo](logo.png) and `x*y` \\* &amp; &#8212; done.\n\n[c2030]: https://itu.int/c2030\n"
        let s = try segments(text, .en)
        #expect(s.count == 1)
        let codes = s[0].content.codes
        #expect(codes.map(\.role) == [.link, .link, .image, .image, .code, .escape, .escape, .escape])
        #expect(codes[1].data == "][c2030]" && codes[0].attributes["href"] == "https://itu.int/c2030")
        #expect(codes[2].data == "![" && codes[3].data == "](logo.png)")
        #expect(codes[4].equiv == "x*y")
        #expect(codes[5...].map { $0.equiv ?? "" } == ["*", "&", "—"])
    }

    @Test func unmatchedDelimitersStayText() throws {
        let s = try segments("5 * 3 = 15, snake_case_name, a ** b and [not a link].\n", .en)
        #expect(s[0].content.codes.isEmpty)
        #expect(s[0].content.tagged == "5 * 3 = 15, snake_case_name, a ** b and [not a link].")
    }

    @Test func nestedEmphasisAndHTML() throws {
        let s = try segments("***Both*** and <b>bold *inside*</b> and <b>*bad</b>*.\n", .en)
        let content = s[0].content
        #expect(content.tagged == "{1}{2}Both{/2}{/1} and {3}bold {4}inside{/4}{/3} and {5/}{6}bad{7/}{/6}.")
        #expect(content.codes[0].role == .emphasis && content.codes[1].role == .strong)
    }

    @Test func softBreakIsDeletableLineBreakCode() throws {
        let s = try segments("> First line\n> second line.\n", .en)
        let code = try #require(s[0].content.codes.first)
        #expect(code.role == .lineBreak && code.data == "\n> " && code.equiv == " " && code.canDelete)
        #expect(s[0].blockKind == .quote)
    }

    @Test func hardBreaksSplitLetterHeader() throws {
        let text = "Réf.: CL-17/24  \nContact: M. Paul Conneally\\\nCourriel: [paul.conneally@itu.int](mailto:paul.conneally@itu.int)\n"
        let s = try segments(text)
        #expect(s.map(\.content.tagged) == ["Réf.: CL-17/24", "Contact: M. Paul Conneally", "Courriel: {1}paul.conneally@itu.int{/1}"])
        #expect(s.map(\.line) == [1, 2, 3])
        #expect(Set(s.map(\.block)) == [0])
    }

    @Test func hardBreakInsidePairDoesNotSplit() throws {
        let s = try segments("**Réf.:  \nCL-17/24**\n")
        #expect(s.count == 1)
        #expect(s[0].content.codes.map(\.role) == [.strong, .lineBreak, .strong])
    }

    @Test func emptyAndCodeOnlyBlocksAreSkeleton() throws {
        let parsed = try MarkdownFormat().parse("-\n\n![](divider.png)\n\n`code`\n\n- item\n-", file: nil, language: .en)
        #expect(parsed.segments.map(\.content.tagged) == ["item"])
        #expect(parsed.render() == "-\n\n![](divider.png)\n\n`code`\n\n- item\n-")
    }

    @Test func blocksHeadingsAndLines() throws {
        let text = "Title\n=====\n\n# Heading #\n\n1. One.\n   Two.\n\n| a | b |\n|---|---|\n| c |   |\n"
        let s = try segments(text, .en)
        #expect(s.map(\.blockKind) == [.heading, .heading, .listItem, .listItem, .tableCell, .tableCell, .tableCell])
        #expect(s.map(\.block) == [0, 1, 2, 2, 3, 4, 5])
        #expect(s.map(\.line) == [1, 4, 6, 7, 9, 9, 11])
    }
}

/// Found by the round-trip property test: a link whose text is emphasised, followed by more text.
@Suite struct LinkWithEmphasisTests {
    @Test(arguments: ["[*a*](#) y", "x [**Resolution 200**](https://www.itu.int/res200) of the Conference.", "[_a_]()x"])
    func keepsTheLinkCloseCode(text: String) throws {
        let parsed = try MarkdownFormat().parse(text, file: nil, language: .en)
        #expect(parsed.render() == text)
        let codes = parsed.segments.flatMap(\.content.codes)
        #expect(codes.filter { $0.role == .link }.map(\.kind) == [.open, .close])
        #expect(codes.filter { $0.role == .strong || $0.role == .emphasis }.map(\.kind) == [.open, .close])
    }
}
