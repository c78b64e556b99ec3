import Foundation
import HexaglotCore
import Testing
@testable import HexaglotFormats

/// A translated page: its language, direction and locale, and text written safely.
@Suite struct HTMLTargetPageTests {
    static let source = """
        <!DOCTYPE html>
        <html lang="en">
        <head>
          <meta charset="utf-8">
          <meta name="hexaglot:reference" content="BLOG-1">
          <title>Save the date</title>
          <meta property="og:locale" content="en_GB">
          <meta property="og:locale:alternate" content="fr_FR">
        </head>
        <body>
        <p>Join <strong>us</strong> on 17 May.</p>
        <img src="p.png" alt='The poster'>
        <img src="q.png" alt=poster>
        </body>
        </html>

        """

    static func document(_ html: String, _ language: Language = .en) throws -> Document {
        let parsed = try HTMLFormat().parse(html, file: "post.en.html", language: language)
        return parsed.document(metadata: DocumentMetadata(reference: "BLOG-1", kind: .post, title: "Save the date",
                                                          sourceLanguage: LanguageTag(language)))
    }

    @Test func arabicExportIsRightToLeftWithLangAndLocale() throws {
        let document = try Self.document(Self.source)
        let translations: [Int: Content] = [
            0: "احفظوا التاريخ",
            1: Content([.text("انضموا "), .code(document.segments[1].content.codes[0]), .text("إلينا"),
                        .code(document.segments[1].content.codes[1]), .text(" في 17 مايو.")]),
            2: "الملصق",
        ]
        let out = Exporter.render(document, target: .ar, translations: translations, frontMatter: nil)
        #expect(out.contains("<html lang=\"ar\" dir=\"rtl\">"))
        #expect(out.contains("<meta property=\"og:locale\" content=\"ar_AR\">"))
        #expect(out.contains("<meta property=\"og:locale:alternate\" content=\"fr_FR\">"))
        #expect(out.contains("<p>انضموا <strong>إلينا</strong> في 17 مايو.</p>"))
        #expect(out.contains("<img src=\"p.png\" alt='الملصق'>"))
        #expect(out.contains("<meta name=\"hexaglot:reference\" content=\"BLOG-1\">"))
        #expect(out.contains("  <meta name=\"hexaglot:translation-of\" content=\"en\">\n</head>"))
        // The exported page reads back as a right-to-left Arabic translation of BLOG-1.
        let back = try HTMLFormat().parse(out, file: "post.ar.html", language: .ar)
        #expect(back.frontMatter["language"] == "ar")
        #expect(back.frontMatter["translation-of"] == "en")
        let paired = try TranslationAligner.align(source: try HTMLFormat().parse(Self.source, file: nil, language: .en),
                                                  translation: back, translationFile: "post.ar.html")
        #expect(paired[2]?.plainText == "الملصق")
    }

    @Test func sourceLanguageExportIsByteForByte() throws {
        let document = try Self.document(Self.source)
        #expect(Exporter.render(document, target: nil, translations: [:], frontMatter: nil) == Self.source)
        #expect(Exporter.render(document, target: .en, translations: [:], frontMatter: nil) == Self.source)
    }

    @Test func attributesAreAddedWhenMissingAndDirectionResetForOtherLanguages() throws {
        let bare = "<html><head></head><body><p>Hello.</p></body></html>"
        let out = Exporter.render(try Self.document(bare), target: .zh, translations: [0: "你好。"], frontMatter: nil)
        #expect(out == "<html lang=\"zh\"><head><meta name=\"hexaglot:reference\" content=\"BLOG-1\"><meta name=\"hexaglot:translation-of\" content=\"en\"></head><body><p>你好。</p></body></html>")
        let arabic = "<html lang=\"ar\" dir=\"rtl\"><p>مرحبا.</p></html>"
        let fromArabic = Exporter.render(try Self.document(arabic, .ar), target: .ru, translations: [0: "Привет."], frontMatter: nil)
        #expect(fromArabic == "<html lang=\"ru\" dir=\"ltr\"><p>Привет.</p></html>")
    }

    @Test func translatedTextIsEscapedWhereThePageWouldReadMarkup() throws {
        let document = try Self.document(Self.source)
        let out = Exporter.render(document, target: .fr, translations: [
            0: "R&D <b>vs</b> 3 < 4 & 5",
            2: "L'affiche \"ICT4SDG\"",
            3: "l'affiche",
        ], frontMatter: nil)
        #expect(out.contains("<title>R&amp;D &lt;b>vs&lt;/b> 3 < 4 & 5</title>"))
        #expect(out.contains("alt='L&#39;affiche \"ICT4SDG\"'"))
        #expect(out.contains("alt=\"l'affiche\">"))
        let back = try HTMLFormat().parse(out, file: nil, language: .fr)
        #expect(back.segments.map(\.content.plainText).contains("R&D <b>vs</b> 3 < 4 & 5"))
        #expect(back.segments.map(\.content.plainText).contains("L'affiche \"ICT4SDG\""))
    }
}
