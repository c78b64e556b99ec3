import Foundation
import Testing
@testable import HexaglotCore

@Suite struct ContentTests {
    let bold = InlineCode(id: 1, kind: .open, role: .strong, data: "**")
    let boldEnd = InlineCode(id: 1, kind: .close, role: .strong, data: "**")

    @Test func mergesAdjacentTextAndDropsEmptyRuns() {
        let content = Content([.text("Réf.: "), .text(""), .code(bold), .text("CL-"), .text("19/73"), .code(boldEnd)])
        #expect(content.runs.count == 4)
        #expect(content.runs[2] == .text("CL-19/73"))
        #expect(content == Content([.text("Réf.: "), .code(bold), .text("CL-19/73"), .code(boldEnd)]))
    }

    @Test func showsMarkupPlainTextAndTags() {
        let link = InlineCode(id: 2, kind: .open, role: .link, data: "[", attributes: ["href": "#"])
        let linkEnd = InlineCode(id: 2, kind: .close, role: .link, data: "](#)")
        let escape = InlineCode(id: 3, kind: .placeholder, role: .escape, data: "\\*", equiv: "*")
        let content = Content([.text("voir la "), .code(link), .text("Résolution 200"), .code(linkEnd),
                               .text(" "), .code(escape)])
        #expect(content.markup == "voir la [Résolution 200](#) \\*")
        #expect(content.plainText == "voir la Résolution 200 *")
        #expect(content.tagged == "voir la {2}Résolution 200{/2} *")
        #expect(content.codes.count == 3)
    }

    @Test func encodesTextAsStringsAndCodesAsObjects() throws {
        let content = Content([.text("Объект: "), .code(bold), .text("ВДЭИО"), .code(boldEnd)])
        let data = try JSONEncoder().encode(content)
        let json = String(decoding: data, as: UTF8.self)
        #expect(json.hasPrefix("[\"Объект: \",{"))
        #expect(try JSONDecoder().decode(Content.self, from: data) == content)
    }

    @Test func skeletonRebuildsTheFile() {
        let document = Document(
            metadata: DocumentMetadata(reference: "CL-17/24", kind: .letter, title: "Campagne", sourceLanguage: LanguageTag(.fr)),
            format: "markdown",
            skeleton: Skeleton([.literal("## "), .segment(0), .literal("\n\n"), .segment(1), .literal(" "), .segment(2), .literal("\n")]),
            segments: [
                Segment(index: 0, content: "Secrétariat général (SG)", block: 0, blockKind: .heading, line: 1),
                Segment(index: 1, content: "Madame, Monsieur,", block: 1, blockKind: .paragraph, line: 3),
                Segment(index: 2, content: "Merci.", block: 1, blockKind: .paragraph, line: 3),
            ])
        #expect(document.render() == "## Secrétariat général (SG)\n\nMadame, Monsieur, Merci.\n")
        let english = document.render { $0.index == 2 ? "Thank you." : nil }
        #expect(english == "## Secrétariat général (SG)\n\nMadame, Monsieur, Thank you.\n")
    }
}
