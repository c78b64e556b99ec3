import Foundation
import HexaglotCore
import Testing
@testable import HexaglotFormats

/// What an HTML page's segments are, in the six languages.
@Suite struct HTMLFormatTests {
    static func parse(_ html: String, _ language: Language, file: String = "page.html") throws -> ParsedFile {
        try HTMLFormat().parse(html, file: file, language: language)
    }

    static func tagged(_ parsed: ParsedFile) -> [String] { parsed.segments.map(\.content.tagged) }

    static func page(_ lang: String, head: String = "", body: String) -> String {
        """
        <!DOCTYPE html>
        <html lang="\(lang)">
        <head>
          <meta charset="utf-8">
        \(head)</head>
        <body>
        \(body)
        </body>
        </html>

        """
    }

    @Test func englishPageTitleMetaBlocksAndAttributes() throws {
        let html = Self.page("en", head: """
              <title>World Telecommunication Day</title>
              <meta name="description" content="ITU celebrates on 17 May. Join us.">
              <meta property="og:title" content="WTISD 2020">
              <meta property="og:description" content="Connect 2030.">
              <meta property="og:image" content="https://itu.int/poster.png">
              <meta name="keywords" content="ITU, SDG">

            """, body: """
            <h1>Save the date</h1>
            <p>ITU celebrates <strong>WTISD</strong> on 17 May. See <a href="https://itu.int">the site</a>.</p>
            <figure><img src="p.png" alt="The poster"><figcaption>Poster of the day</figcaption></figure>
            <table><caption>Goals</caption><tr><th>SDG</th><td>Quality education</td></tr></table>
            <dl><dt>ICT</dt><dd>Information and communication technologies</dd></dl>
            <blockquote>Connecting the world.</blockquote>
            """)
        let parsed = try Self.parse(html, .en)
        #expect(Self.tagged(parsed) == [
            "World Telecommunication Day", "ITU celebrates on 17 May.", "Join us.", "WTISD 2020", "Connect 2030.",
            "Save the date", "ITU celebrates {1}WTISD{/1} on 17 May.", "See {1}the site{/1}.",
            "The poster", "Poster of the day", "Goals", "SDG", "Quality education", "ICT",
            "Information and communication technologies", "Connecting the world.",
        ])
        #expect(parsed.segments.map(\.blockKind) == [
            .heading, .other, .other, .other, .other, .heading, .paragraph, .paragraph, .other, .paragraph, .paragraph,
            .tableCell, .tableCell, .listItem, .listItem, .quote,
        ])
        // The two sentences of the description are one block; each attribute is a block of its own.
        #expect(parsed.segments[1].block == parsed.segments[2].block)
        #expect(parsed.segments[2].block != parsed.segments[3].block)
        #expect(parsed.render() == html)
        let link = parsed.segments[7].content.codes[0]
        #expect(link.role == .link && link.kind == .open && link.data == "<a href=\"https://itu.int\">")
        #expect(link.attributes["href"] == "https://itu.int")
        #expect(parsed.frontMatter["language"] == "en")
    }

    @Test func inlineElementsAreTypedCodesWithTheirExactBytes() throws {
        let html = "<p>Mobile <EM class='x'>health</EM> and H<sub>2</sub>O,<br/>then <span\ndata-x=\"1\">tele</span>medicine <img src=i.png>.</p>"
        let parsed = try Self.parse(html, .en)
        #expect(parsed.segments.count == 1)
        let codes = parsed.segments[0].content.codes
        #expect(codes.map(\.data) == ["<EM class='x'>", "</EM>", "<sub>", "</sub>", "<br/>", "<span\ndata-x=\"1\">", "</span>", "<img src=i.png>"])
        #expect(codes.map(\.kind) == [.open, .close, .open, .close, .placeholder, .open, .close, .placeholder])
        #expect(codes.map(\.role) == [.emphasis, .emphasis, .html, .html, .lineBreak, .html, .html, .image])
        #expect(parsed.segments[0].content.plainText == "Mobile health and H2O, then telemedicine .")
        #expect(parsed.render() == html)
    }

    @Test func scriptStylePreCodeAndCommentsAreNeverSegmented() throws {
        let html = Self.page("en", head: """
              <style>p::before { content: "Do not translate."; }</style>
              <script>var s = "<p>Hello world.</p>"; if (a < b && c) { alert('Bye now.'); }</script>

            """, body: """
            <!-- <p>A commented paragraph.</p> -->
            <pre>Keep   this text.
              As it is.</pre>
            <pre><code>hexaglot import Letters/</code></pre>
            <div><code>hexaglot export CL-19/73</code></div>
            <p>Run <code>hexaglot init</code> first.<!-- not this --></p>
            <noscript><p>Enable scripts.</p></noscript>
            <textarea>Type here.</textarea>
            <p translate="no">ITU-D Study Group 1</p>
            <p>The <span translate="no">Connect 2030</span> Agenda.</p>
            <script>document.write("<p>Late text.</p>")
            """)
        let parsed = try Self.parse(html, .en)
        #expect(Self.tagged(parsed) == ["Run {1/} first.", "The {1/} Agenda."])  // the comment after the sentence: skeleton
        #expect(parsed.segments[0].content.codes[0].role == .code)
        #expect(parsed.segments[0].content.codes[0].equiv == "hexaglot init")
        #expect(parsed.segments[1].content.plainText == "The Connect 2030 Agenda.")
        #expect(parsed.render() == html)
    }

    @Test func unclosedTagsHaveADocumentedResult() throws {
        let cases: [(String, [String])] = [
            ("<p>One <b>two", ["One {1/}two"]),                              // an open tag never closed: a placeholder
            ("<ul><li>First<li>Second</ul>", ["First", "Second"]),           // implied end tags
            ("<p>Para one<p>Para two", ["Para one", "Para two"]),
            ("<p>Text</i> here</p>", ["Text{1/} here"]),                    // a stray end tag: a placeholder
            ("<p><b><i>Both</b> done</i></p>", ["{1}{2/}Both{/1} done{3/}"]), // misnested: pairs kept nested
            ("<p>Before <a href=\"x", ["Before"]),                          // a tag cut by the end of the file
            ("<p>Before <!-- never closed <p>Hidden.", ["Before"]),         // a comment cut by the end of the file: kept
            ("<p>Before</p><script>alert('x')", ["Before"]),
            ("<title>Only a title", ["Only a title"]),
            ("<p>a < b and c <3 d &", ["a < b and c <3 d &"]),            // `<` not before a letter is text
        ]
        for (html, expected) in cases {
            let parsed = try Self.parse(html, .en)
            #expect(Self.tagged(parsed) == expected, "\(html)")
            #expect(parsed.render() == html, "\(html)")
        }
    }

    @Test func chineseSentencesAndFullWidthPunctuation() throws {
        let html = Self.page("zh", head: "  <title>连通目标2030</title>\n", body: """
            <p>2015年，世界各国领导人通过了<strong>2030年可持续发展议程</strong>。信息通信技术仅在少数几项里被明确提及。然而，很难想象有哪一项目标可以实现？</p>
            <img src="p.png" alt="宣传活动海报">
            """)
        let parsed = try Self.parse(html, .zh)
        #expect(Self.tagged(parsed) == [
            "连通目标2030", "2015年，世界各国领导人通过了{1}2030年可持续发展议程{/1}。", "信息通信技术仅在少数几项里被明确提及。",
            "然而，很难想象有哪一项目标可以实现？", "宣传活动海报",
        ])
        #expect(parsed.render() == html)
    }

    @Test func arabicRussianAndFrenchPages() throws {
        let ar = Self.page("ar", body: "<p dir=\"rtl\">يحتفل الاتحاد الدولي للاتصالات في 17 مايو. هل ستنضم إلينا؟</p>")
        #expect(Self.tagged(try Self.parse(ar, .ar)) == ["يحتفل الاتحاد الدولي للاتصالات في 17 مايو.", "هل ستنضم إلينا؟"])
        let ru = Self.page("ru", body: "<p>См. <a href=\"#\">Резолюцию 200 (Пересм. Дубай, 2018 г.)</a>. Это важно.</p>")
        #expect(Self.tagged(try Self.parse(ru, .ru)) == ["См. {1}Резолюцию 200 (Пересм. Дубай, 2018 г.){/1}.", "Это важно."])
        let fr = Self.page("fr", body: "<p>Réf.&nbsp;: CL-19/73. L&rsquo;UIT vous invite.</p>")
        let parsed = try Self.parse(fr, .fr)
        #expect(parsed.segments.map(\.content.plainText) == ["Réf.\u{A0}: CL-19/73.", "L\u{2019}UIT vous invite."])
        #expect(parsed.render() == fr)
    }

    @Test func spanishCharacterReferencesStandForTheirCharacters() throws {
        let html = "<html lang=\"es\"><title>Informaci&oacute;n</title><p>La campa&ntilde;a &#171;ICT4SDG&#x00BB; del a&ntildeo &#150; y la Uni&oacute;n.</p>"
            + "<img alt=\"Cartel de la campa&ntilde;a\" src=\"x.png?a=1&copy=2\"></html>"
        let parsed = try Self.parse(html, .es)
        #expect(parsed.segments.map(\.content.plainText) == [
            "Información", "La campaña «ICT4SDG» del año – y la Unión.", "Cartel de la campaña",
        ])
        let escapes = parsed.segments[1].content.codes
        #expect(escapes.allSatisfy { $0.role == .escape && $0.kind == .placeholder && $0.canDelete })
        #expect(escapes.map(\.data) == ["&ntilde;", "&#171;", "&#x00BB;", "&ntilde", "&#150;", "&oacute;"])
        #expect(parsed.segments[0].content.tagged == "Información")
        #expect(parsed.render() == html)
    }

    @Test func metadataForImportComesFromThePage() throws {
        let html = Self.page("fr-CH", head: """
              <meta name="hexaglot:reference" content="ITU-BLOG-2019">
              <meta name="Hexaglot:Translation-Of" content="en">

            """, body: "<p>Bonjour.</p>")
        let parsed = try Self.parse(html, .fr)
        #expect(parsed.frontMatter == ["language": "fr-CH", "reference": "ITU-BLOG-2019", "translation-of": "en"])
        #expect(parsed.frontMatterLines["reference"] == 5)
        #expect(parsed.frontMatterLine == nil)
        let keys = try FrontMatterKeys(parsed, file: "p.html")
        #expect(keys["translation-of"] == "en")
    }

    @Test func theRegistryReadsHTMLByExtension() {
        #expect(FormatRegistry.format(forPath: "Letters/post.fr.HTML")?.name == "html")
        #expect(FormatRegistry.format(forPath: "post.htm")?.name == "html")
        #expect(FormatRegistry.kind(forPath: "post.en.html") == .document("html"))
    }
}
