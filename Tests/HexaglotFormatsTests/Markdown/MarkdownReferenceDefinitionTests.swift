import Testing
import HexaglotCore
@testable import HexaglotFormats

/// Link reference definitions: taken off the start of a paragraph whatever their shape, so
/// none of their text reaches a segment, and labels matched as CommonMark matches them.
@Suite struct MarkdownReferenceDefinitionTests {
    func texts(_ markdown: String, _ language: Language) throws -> [String] {
        let parsed = try MarkdownFormat().parse(markdown, file: "t.md", language: language)
        #expect(parsed.render() == markdown, "round trip")
        return parsed.segments.map(\.content.plainText)
    }

    func links(_ markdown: String, _ language: Language) throws -> [[String: String]] {
        try MarkdownFormat().parse(markdown, file: "t.md", language: language).segments
            .flatMap(\.content.codes).filter { $0.role == .link && $0.kind == .open }.map(\.attributes)
    }

    @Test func definitionsOverSeveralLinesStayOutOfSegments() throws {
        let cases: [(Language, String, String)] = [
            (.en, "See the [circular].\n\n[circular]:\n  https://www.itu.int/cl\n  'Circular letter'\n", "See the circular."),
            (.fr, "Voir la [lettre].\n\n[lettre]: <https://www.itu.int/fr>\n\"Lettre circulaire\n du BR\"\n", "Voir la lettre."),
            (.es, "Véase la [carta].\n\n[\ncarta\n]: /es (T&iacute;tulo)\n", "Véase la carta."),
            (.ru, "См. [письмо].\n\n[письмо]: /ru \"Циркулярное\nписьмо\"\n", "См. письмо."),
            (.zh, "见[通函]。\n\n[通函]: /zh\n  '电联通函'\n", "见通函。"),
            (.ar, "انظر [الرسالة].\n\n[الرسالة]: /ar 'رسالة معممة'\n", "انظر الرسالة."),
        ]
        for (language, markdown, expected) in cases {
            #expect(try texts(markdown, language) == [expected], "\(language)")
            #expect(try links(markdown, language).first?["href"] != nil, "\(language): the link resolves")
        }
    }

    @Test func definitionsBeforeTextLeaveTheTextAParagraph() throws {
        let markdown = "[a]: /a \"A\"\n[b]: /b\n  'B'\nThe Bureau replies.\n\n[a] and [b].\n"
        #expect(try texts(markdown, .en) == ["The Bureau replies.", "a and b."])
        #expect(try links(markdown, .en).map { $0["title"] } == ["A", "B"])
    }

    @Test func aTitleThatDoesNotEndItsLineIsNotPartOfTheDefinition() throws {
        // The title starts on the next line and does not end it: the definition has no title,
        // and the line is paragraph text.
        #expect(try texts("[foo]: /url\n\"title\" ok\n", .en) == ["\"title\" ok"])
        // On the destination's line: no definition at all.
        #expect(try texts("[foo]: /url \"title\" ok\n", .en) == ["[foo]: /url \"title\" ok"])
    }

    @Test func aParagraphOfDefinitionsOnlyIsNoSetextHeading() throws {
        #expect(try texts("[foo]: /url\n===\n", .en) == ["==="])
    }

    @Test func labelsMatchByUnicodeCaseFolding() throws {
        // ẞ folds to "ss"; Greek final sigma and Cyrillic capitals fold like their small letters.
        #expect(try links("[ẞ]\n\n[SS]: /de\n", .en) == [["href": "/de"]])
        #expect(try links("[ΟΔΟΣ]\n\n[οδος]: /el\n", .en) == [["href": "/el"]])
        #expect(try links("[Письмо  МСЭ]\n\n[письмо мсэ]: /ru\n", .ru) == [["href": "/ru"]])
        #expect(try links("[Lettre Circulaire]\n\n[lettre\ncirculaire]: /fr\n", .fr) == [["href": "/fr"]])
    }

    @Test func escapedBracketsInALabel() throws {
        #expect(try texts("[foo][ref\\[]\n\n[ref\\[]: /uri\n", .en) == ["foo"])
        #expect(try links("[foo][ref\\[]\n\n[ref\\[]: /uri\n", .en) == [["href": "/uri"]])
    }

    @Test func destinationsAndTitlesAreUnescaped() throws {
        let attributes = try links("[a]\n\n[a]: /url\\*x \"T&eacute;l&#233; \\\"x\\\"\"\n", .fr)
        #expect(attributes == [["href": "/url*x", "title": "Télé \"x\""]])
    }
}
