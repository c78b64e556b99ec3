import Foundation
import Testing
import HexaglotCore
@testable import HexaglotFormats

/// Segments of Word documents: the demo letter in its languages, run merging, inline codes,
/// what is never translated.
@Suite struct DOCXFormatTests {
    typealias P = DOCXTestPackages

    @Test func theWordLetterInFrenchEnglishAndArabic() throws {
        let fr = try P.parse(try P.letter("fr"), language: .fr)
        let en = try P.parse(try P.letter("en"), language: .en)
        let ar = try P.parse(try P.letter("ar"), language: .ar)
        let tagged = fr.segments.map(\.content.tagged)
        // The core title first, then the letterhead table, cell by cell.
        #expect(tagged.first?.hasPrefix("Informations actualisées sur la campagne") == true)
        #expect(fr.segments[0].blockKind == .heading)
        #expect(tagged[1] == "Union internationale des télécommunications")
        #expect(fr.segments[1].blockKind == .tableCell)
        // The bold reference: one code pair, the label outside it; each line of the cell its own segment.
        #expect(tagged.contains("Réf.: {1}CL-17/24{/1}"))
        #expect(tagged.contains("Contact: M. Paul Conneally"))
        #expect(tagged.contains("Courriel: {1}paul.conneally@itu.int{/1}"))
        #expect(en.segments.map(\.content.tagged).contains("Ref: {1}CL-17/24{/1}"))
        #expect(ar.segments.map(\.content.tagged).contains("المرجع: {1}CL-17/24{/1}"))
        // The hyperlink is a link code; the footnote reference a placeholder inside its sentence.
        let email = try #require(fr.segments.first { $0.content.tagged.hasPrefix("Courriel") })
        #expect(email.content.codes.first?.role == .link)
        let footnoted = try #require(fr.segments.first { $0.content.plainText.contains("(CL-16/62)") })
        #expect(footnoted.content.tagged.hasSuffix("(CL-16/62){1/}."))
        #expect(footnoted.content.codes.first?.data.contains("w:footnoteReference") == true)
        // Body, footnote and footer text, in that order, once each; no markup left in any text.
        #expect(tagged.contains("Lettre circulaire CL-16/62 du 9 décembre 2016."))
        #expect(tagged.last == "Place des Nations, CH-1211 Genève 20, Suisse")
        for segment in fr.segments + en.segments + ar.segments {
            for case .text(let t) in segment.content.runs { #expect(!t.contains("<") && !t.contains("w:"), "\(t)") }
        }
        // The translations have the structure of the source: they align sentence for sentence.
        for translation in [en, ar] {
            let aligned = try TranslationAligner.align(source: fr, translation: translation, translationFile: "t.docx")
            #expect(aligned.count == fr.segments.count)
        }
        #expect(ar.segments.map(\.content.tagged).contains { $0.contains("CL-16/62") && $0.contains("{1/}") })
        // The custom properties are read as front matter.
        #expect(fr.frontMatter["reference"] == "CL-17/24-word")
        #expect(en.frontMatter["translation-of"] == "fr")
    }

    @Test func runsSplitByWordAreMergedAndCodesMarkOnlyFormatChanges() throws {
        // "Réf.: " over three runs (revision ids, a spell-check mark, a language change, a
        // rendered page break), then the reference in bold over two runs.
        let body = """
            <w:p w:rsidR="00A1"><w:pPr><w:jc w:val="left"/></w:pPr>\
            <w:r w:rsidR="00A1"><w:t>R</w:t></w:r><w:proofErr w:type="spellStart"/>\
            <w:r w:rsidRPr="00B2"><w:rPr><w:lang w:val="fr-CH"/></w:rPr><w:t>éf</w:t></w:r><w:proofErr w:type="spellEnd"/>\
            <w:r><w:rPr><w:noProof/></w:rPr><w:lastRenderedPageBreak/><w:t xml:space="preserve">.: </w:t></w:r>\
            <w:r w:rsidR="00C3"><w:rPr><w:b/></w:rPr><w:t>CL-19</w:t></w:r>\
            <w:r w:rsidR="00D4"><w:rPr><w:b/><w:lang w:val="en-GB"/></w:rPr><w:t>/73</w:t></w:r></w:p>
            """
        let parsed = try P.parse(try P.body(body))
        #expect(parsed.segments.map(\.content.tagged) == ["Réf.: {1}CL-19/73{/1}"])
        let codes = parsed.segments[0].content.codes
        #expect(codes.map(\.role) == [.strong, .other])
        #expect(codes[0].data == "</w:t></w:r><w:r><w:rPr><w:b/></w:rPr><w:t xml:space=\"preserve\">")
    }

    @Test func formattingAroundTheWholeSegmentStaysInTheSkeleton() throws {
        let body = """
            <w:p><w:r><w:rPr><w:b/></w:rPr><w:t>Objet: le campagne.</w:t></w:r></w:p>\
            <w:p><w:hyperlink r:id="rId9"><w:r><w:rPr><w:rStyle w:val="Hyperlink"/></w:rPr><w:t>Le site.</w:t></w:r></w:hyperlink>\
            <w:r><w:t xml:space="preserve"> Une autre phrase.</w:t></w:r></w:p>
            """
        let parsed = try P.parse(try P.body(body))
        #expect(parsed.segments.map(\.content.tagged) == ["Objet: le campagne.", "Le site.", "Une autre phrase."])
        #expect(parsed.segments.allSatisfy { $0.content.codes.isEmpty })
    }

    @Test func tabsLineBreaksAndTextBoxes() throws {
        let body = """
            <w:p><w:r><w:t>Nom</w:t><w:tab/><w:t>Zhao</w:t></w:r></w:p>\
            <w:p><w:r><w:t>Houlin Zhao</w:t><w:br/><w:t>Secrétaire général</w:t></w:r></w:p>\
            <w:p><w:r><w:t xml:space="preserve">Avant la boîte. </w:t></w:r><w:r><w:pict><v:shape xmlns:v="urn:schemas-microsoft-com:vml"><v:textbox>\
            <w:txbxContent><w:p><w:r><w:t>Dans la boîte.</w:t></w:r></w:p></w:txbxContent></v:textbox></v:shape></w:pict></w:r>\
            <w:r><w:t>Après la boîte.</w:t></w:r></w:p>
            """
        let parsed = try P.parse(try P.body(body))
        #expect(parsed.segments.map(\.content.tagged) == [
            "Nom{1/}Zhao", "Houlin Zhao", "Secrétaire général", "Avant la boîte.", "Dans la boîte.", "Après la boîte.",
        ])
        #expect(parsed.segments[0].content.codes.first?.equiv == "\t")
    }

    @Test func fieldCodesHiddenTextBookmarksAndCommentsAreNotTranslated() throws {
        let body = """
            <w:p><w:bookmarkStart w:id="0" w:name="debut"/><w:r><w:t xml:space="preserve">Voir la page </w:t></w:r>\
            <w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText xml:space="preserve"> PAGEREF debut </w:instrText></w:r>\
            <w:r><w:fldChar w:fldCharType="separate"/></w:r><w:r><w:t>3</w:t></w:r><w:r><w:fldChar w:fldCharType="end"/></w:r>\
            <w:r><w:rPr><w:vanish/></w:rPr><w:t xml:space="preserve"> note cachée</w:t></w:r>\
            <w:commentRangeStart w:id="1"/><w:r><w:t xml:space="preserve"> du document</w:t></w:r><w:commentRangeEnd w:id="1"/>\
            <w:r><w:commentReference w:id="1"/></w:r><w:r><w:t>.</w:t></w:r><w:bookmarkEnd w:id="0"/></w:p>\
            <w:p><w:fldSimple w:instr=" DATE \\@ &quot;d MMMM yyyy&quot; "><w:r><w:t>31 mai 2017</w:t></w:r></w:fldSimple></w:p>
            """
        let parsed = try P.parse(try P.body(body))
        let text = parsed.segments.map(\.content.plainText)
        #expect(text == ["Voir la page 3 du document.", "31 mai 2017"])
        #expect(!text.joined().contains("PAGEREF") && !text.joined().contains("cachée"))
        // The field's instruction is the opening code, its end mark the closing one.
        let codes = parsed.segments[0].content.codes
        #expect(codes.first?.kind == .open && codes.first?.data.contains("PAGEREF") == true)
        #expect(parsed.segments[0].content.tagged.hasPrefix("Voir la page {1}3{/1}"))
    }

    @Test func trackedChangesAreRefusedOrAcceptedOnRequest() throws {
        let body = """
            <w:p><w:r><w:t xml:space="preserve">Le texte </w:t></w:r><w:del w:id="1" w:author="A" w:date="2017-05-30T00:00:00Z">\
            <w:r><w:delText>supprimé </w:delText></w:r></w:del><w:ins w:id="2" w:author="A" w:date="2017-05-30T00:00:00Z">\
            <w:r><w:t>ajouté</w:t></w:r></w:ins><w:r><w:t>.</w:t></w:r></w:p>
            """
        let bytes = try P.body(body)
        let error = try #require(throws: FormatError.self) { try P.parse(bytes) }
        #expect(error.code == .trackedChanges)
        #expect(error.message.contains("test.docx [word/document.xml]") && error.message.contains("w:del") && error.message.contains("--accept-revisions"))
        let accepted = try P.parse(bytes, accept: true)
        #expect(accepted.segments.map(\.content.tagged) == ["Le texte ajouté."])
        // The part holding revisions is written from its skeleton even for the source.
        let written = try DOCXFormat(acceptRevisions: true).write(accepted.document(metadata: P.metadata()), translations: [:],
                                                                    target: nil, package: bytes)
        let xml = String(decoding: try DOCXPackage(bytes: written, file: nil).bytes(of: "word/document.xml") ?? [], as: UTF8.self)
        #expect(!xml.contains("w:del") && !xml.contains("supprimé") && xml.contains("ajouté"))
    }

    @Test func headersFootnotesAndTheCoreTitleAreSegmentedInReadingOrder() throws {
        let rels = """
            <?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">\
            <Relationship Id="rId1" Type="\(P.rel)/footer" Target="footer1.xml"/>\
            <Relationship Id="rId2" Type="\(P.rel)/header" Target="header1.xml"/>\
            <Relationship Id="rId3" Type="\(P.rel)/endnotes" Target="endnotes.xml"/></Relationships>
            """
        let packageRels = """
            <?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">\
            <Relationship Id="rId1" Type="\(P.rel)/officeDocument" Target="/word/document.xml"/>\
            <Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/></Relationships>
            """
        let core = """
            <?xml version="1.0" encoding="UTF-8"?><cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" \
            xmlns:dc="http://purl.org/dc/elements/1.1/"><dc:title>Журнал &amp; отчёт</dc:title></cp:coreProperties>
            """
        func part(_ root: String, _ text: String) -> String {
            "<?xml version=\"1.0\"?><w:\(root) xmlns:w=\"\(P.w)\"><w:p><w:r><w:t>\(text)</w:t></w:r></w:p></w:\(root)>"
        }
        let bytes = try P.package([
            ("_rels/.rels", packageRels), ("word/_rels/document.xml.rels", rels),
            ("word/document.xml", P.document("<w:p><w:r><w:t>Основной текст.</w:t></w:r></w:p>")),
            ("word/header1.xml", part("hdr", "Верхний колонтитул")), ("word/footer1.xml", part("ftr", "Нижний колонтитул")),
            ("word/endnotes.xml", part("endnotes", "Концевая сноска.")), ("docProps/core.xml", core),
        ])
        let parsed = try P.parse(bytes, language: .ru)
        #expect(parsed.segments.map(\.content.tagged) == [
            "Журнал & отчёт", "Верхний колонтитул", "Основной текст.", "Концевая сноска.", "Нижний колонтитул",
        ])
        // Translated title and footer: the core title is escaped again, the other parts copied.
        let written = try DOCXFormat().write(parsed.document(metadata: P.metadata(.ru)),
                                             translations: [0: Content(text: "Journal & report"), 4: Content(text: "Footer")],
                                             target: .en, package: bytes)
        let package = try DOCXPackage(bytes: written, file: nil)
        let original = try DOCXPackage(bytes: bytes, file: nil)
        #expect(String(decoding: package.bytes(of: "docProps/core.xml")!, as: UTF8.self).contains("<dc:title>Journal &amp; report</dc:title>"))
        #expect(String(decoding: package.bytes(of: "word/footer1.xml")!, as: UTF8.self).contains("Footer"))
        for path in ["word/document.xml", "word/header1.xml", "word/endnotes.xml", "word/_rels/document.xml.rels"] {
            #expect(package.bytes(of: path) == original.bytes(of: path), "\(path) should be copied byte for byte")
        }
    }
}
