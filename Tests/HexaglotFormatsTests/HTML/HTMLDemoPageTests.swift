import Foundation
import HexaglotCore
import Testing
@testable import HexaglotFormats

/// The demo blog post as a page (`Letters/ICT4SDG-2019-blog/*.html`) and its translations.
@Suite struct HTMLDemoPageTests {
    static let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("Letters/ICT4SDG-2019-blog")

    static func read(_ language: Language) throws -> (text: String, parsed: ParsedFile) {
        let path = folder.appendingPathComponent("ICT4SDG-2019-blog.\(language.rawValue).html").path
        let text = try SourceFile.read(path, format: HTMLFormat())
        return (text, try HTMLFormat().parse(text, file: path, language: language))
    }

    @Test(arguments: [Language.en, .fr, .zh])
    func everyPageRoundTripsByteForByte(_ language: Language) throws {
        let (text, parsed) = try Self.read(language)
        #expect(Array(parsed.render().utf8) == Array(text.utf8))
        let document = parsed.document(metadata: DocumentMetadata(reference: "ITU-BLOG-2019-ICT4SDG-WEB", kind: .post,
                                                                   title: "Connect 2030", sourceLanguage: LanguageTag(language)))
        #expect(Array(Exporter.render(document, target: nil, translations: [:], frontMatter: nil).utf8) == Array(text.utf8))
    }

    @Test func theSourcePageSegments() throws {
        let parsed = try Self.read(.en).parsed
        let texts = parsed.segments.map(\.content.plainText)
        #expect(parsed.segments.count == 25)
        #expect(texts[0] == "Connect 2030: ICTs for every one of the 17 SDGs")  // <title>
        #expect(parsed.segments[1].blockKind == .other && texts[1].hasPrefix("Ten years before"))  // meta description
        #expect(texts.contains("Campaign poster showing the 17 SDG icons connected by a network of lines"))  // alt
        #expect(texts.contains("It rests on five strategic goals, which are also the goals of the ITU strategic plan for 2020\u{2011}2023:"))
        #expect(texts.last == "©\u{A0}ITU 2019")
        // Nothing from the style or the script block.
        #expect(!texts.contains { $0.contains("font-size") || $0.contains("brand colour") || $0.contains("min read") || $0.contains("querySelector") })
        #expect(parsed.frontMatter["reference"] == "ITU-BLOG-2019-ICT4SDG-WEB" && parsed.frontMatter["language"] == "en")
        let link = parsed.segments.flatMap(\.content.codes).first { $0.role == .link }
        #expect(link?.data == "<a href=\"#\">")
    }

    @Test func translationsPairWithTheSourceSegmentBySegment() throws {
        let source = try Self.read(.en).parsed
        let zh = try TranslationAligner.align(source: source, translation: try Self.read(.zh).parsed, translationFile: "zh.html")
        #expect(zh.count == source.segments.count)
        #expect(zh[0]?.plainText == "连通目标2030：信息通信技术助力实现全部17项可持续发展目标")
        #expect(zh[7]?.plainText == "信息通信技术（ICT）仅在169项具体目标中的少数几项里被明确提及。")
        let fr = try Self.read(.fr).parsed
        #expect(fr.frontMatter["translation-of"] == "en" && fr.frontMatter["complete"] == "false")
        let paired = try TranslationAligner.align(source: source, translation: fr, translationFile: "fr.html")
        #expect(paired[11]?.plainText == "Affiche de la campagne montrant les 17 icônes des ODD reliées par un réseau de lignes")
        // "Get in touch" is left in English in the partial French page: it pairs with itself.
        #expect(paired[21] == source.segments[21].content)
    }

    @Test func aPageWithAnotherStructureIsRefusedWithItsLine() throws {
        let source = try Self.read(.en).parsed
        let edited = try Self.read(.zh).text.replacingOccurrences(of: "<h2>联系我们</h2>", with: "<p>联系我们</p>")
        let zh = try HTMLFormat().parse(edited, file: "zh.html", language: .zh)
        #expect {
            try TranslationAligner.align(source: source, translation: zh, translationFile: "zh.html")
        } throws: { error in
            (error as? FormatError)?.code == .structureMismatch && "\(error)".hasPrefix("zh.html:46:")
        }
    }

    @Test func xliffExportCarriesTheTagsAsOriginalData() throws {
        let source = try Self.read(.en).parsed
        let zh = try TranslationAligner.align(source: source, translation: try Self.read(.zh).parsed, translationFile: nil)
        let units = source.segments.map { XLIFFUnit(number: $0.index + 1, source: $0.content, target: zh[$0.index], status: .translated) }
        let xliff = try XLIFFWriter.string(XLIFFDocument(reference: "ITU-BLOG-2019-ICT4SDG-WEB", sourceLanguage: LanguageTag(.en),
                                                         targetLanguage: LanguageTag(.zh), units: units))
        #expect(xliff.contains("<originalData>"))
        #expect(xliff.contains("&lt;strong&gt;"))
        #expect(xliff.contains("&lt;a href=\"#\"&gt;") || xliff.contains("&lt;a href=&quot;#&quot;&gt;"))
        #expect(xliff.contains("&amp;copy;"))
        let back = try XLIFFReader(data: Data(xliff.utf8), name: "post.zh.xlf").read()
        #expect(back.units.map(\.source.tagged) == source.segments.map(\.content.tagged))
        #expect(back.units.map { $0.source.codes.map(\.data) } == source.segments.map { $0.content.codes.map(\.data) })
        #expect(back.units[6].target == zh[6])
    }
}
