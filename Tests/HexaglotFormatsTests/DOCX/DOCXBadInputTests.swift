import Foundation
import Testing
import HexaglotCore
@testable import HexaglotFormats

/// Word packages that are refused, each with one error naming the file and the part.
@Suite struct DOCXBadInputTests {
    typealias P = DOCXTestPackages

    func refusal(_ bytes: [UInt8], limits: DOCXPackage.Limits = DOCXPackage.Limits()) throws -> FormatError {
        try #require(throws: FormatError.self) {
            try DOCXFormat(limits: limits).parse(package: bytes, file: "bad.docx", language: .en)
        }
    }

    @Test func bytesThatAreNotAZipArchive() throws {
        let e = try refusal(Array("Dear Sir/Madam,\n".utf8))
        #expect(e.code == .package && e.message.contains("bad.docx") && e.message.contains("not a ZIP archive"))
        // A ZIP signature with a damaged archive behind it.
        let damaged = try refusal([0x50, 0x4B, 0x03, 0x04] + Array(repeating: 0x41, count: 64))
        #expect(damaged.code == .package && damaged.message.contains("bad.docx"))
    }

    @Test func aZipThatIsNotAWordDocument() throws {
        // A ZIP of a plain text file: no content types.
        let plain = try DOCXPackage(parts: [DOCXPackage.Part(path: "notes.txt", bytes: Array("hello".utf8), modified: P.date, isDirectory: false)]).zipped()
        let e = try refusal(plain)
        #expect(e.code == .package && e.message.contains("bad.docx is not a Word document") && e.message.contains("[Content_Types].xml"))
        // Content types and package relationships, but the main document they name is not there.
        let e2 = try refusal(try P.package([("notes.txt", "hello")]))
        #expect(e2.code == .package && e2.message.contains("main document"))
    }

    @Test func aMissingPart() throws {
        // The relationships name word/document.xml, which is not in the archive.
        let e = try refusal(try P.package([("word/styles.xml", "<w:styles xmlns:w=\"\(P.w)\"/>")]))
        #expect(e.code == .package && e.message.contains("word/document.xml") && e.message.contains("missing"))
        // A footer named in the document's relationships but absent.
        let rels = """
            <Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">\
            <Relationship Id="rId1" Type="\(P.rel)/footer" Target="footer1.xml"/></Relationships>
            """
        let e2 = try refusal(try P.package([("word/document.xml", P.document("<w:p><w:r><w:t>Text.</w:t></w:r></w:p>")),
                                            ("word/_rels/document.xml.rels", rels)]))
        #expect(e2.code == .package && e2.message.contains("word/footer1.xml") && e2.message.contains("missing"))
    }

    @Test func aZipBombIsRefusedByTheDeclaredAndTheActualSize() throws {
        // 4 MB of one letter deflate to a few kilobytes; the limit here is 1 MB a part.
        let limits = DOCXPackage.Limits(part: 1 << 20, total: 8 << 20)
        let huge = P.document("<w:p><w:r><w:t>" + String(repeating: "A", count: 4 << 20) + "</w:t></w:r></w:p>")
        let bomb = try P.package([("word/document.xml", huge)])
        #expect(bomb.count < 64 << 10)
        let e = try refusal(bomb, limits: limits)
        #expect(e.code == .package && e.message.contains("word/document.xml") && e.message.contains("zip bomb"))
        // The same archive with sizes in its headers that lie (small): refused while inflating.
        var lying = bomb
        let small: [UInt8] = [0x00, 0x10, 0x00, 0x00]  // 4096
        var k = 0
        while k + 30 < lying.count {
            if lying[k] == 0x50, lying[k + 1] == 0x4B, lying[k + 2] == 0x03, lying[k + 3] == 0x04 { lying.replaceSubrange((k + 22)..<(k + 26), with: small) }
            if lying[k] == 0x50, lying[k + 1] == 0x4B, lying[k + 2] == 0x01, lying[k + 3] == 0x02 { lying.replaceSubrange((k + 24)..<(k + 28), with: small) }
            k += 1
        }
        let e2 = try refusal(lying, limits: limits)
        #expect(e2.code == .package && e2.message.contains("bad.docx") && e2.message.contains("word/document.xml"))
    }

    @Test(arguments: ["../evil.xml", "/etc/evil.xml", "word/../../evil.xml", "word\\..\\evil.xml", "C:/evil.xml"])
    func pathTraversalEntryNames(_ name: String) throws {
        let bytes = try P.package([("word/document.xml", P.document("<w:p><w:r><w:t>Text.</w:t></w:r></w:p>")), (name, "x")])
        let e = try refusal(bytes)
        #expect(e.code == .package && e.message.contains("path traversal") && e.message.contains("bad.docx"))
    }

    @Test func aMalformedXMLPart() throws {
        let e = try refusal(try P.body("<w:p><w:r><w:t>Unclosed</w:r></w:p>"))
        #expect(e.code == .syntax && e.description.contains("bad.docx [word/document.xml]"))
        // An entity declaration is refused by the XML reader before anything is expanded.
        let doctype = """
            <?xml version="1.0"?><!DOCTYPE w:document [<!ENTITY lol "lol">]><w:document xmlns:w="\(P.w)"><w:body><w:p><w:r><w:t>&lol;</w:t></w:r></w:p></w:body></w:document>
            """
        let e2 = try refusal(try P.package([("word/document.xml", doctype)]))
        #expect(e2.code == .syntax && e2.description.contains("[word/document.xml]"))
    }

    @Test func aTranslationWhoseCodesBreakTheXMLIsRefusedOnExport() throws {
        let bytes = try P.body("<w:p><w:r><w:t xml:space=\"preserve\">Réf.: </w:t></w:r><w:hyperlink r:id=\"rId1\"><w:r><w:t>CL-19/73</w:t></w:r></w:hyperlink><w:r><w:t xml:space=\"preserve\"> suite</w:t></w:r></w:p>")
        let parsed = try P.parse(bytes)
        let codes = parsed.segments[0].content.codes
        #expect(codes.count == 2)
        // The closing code dropped: the hyperlink would never be closed.
        let broken = Content([.text("Ref: "), .code(codes[0]), .text("CL-19/73 continued")])
        let e = try #require(throws: FormatError.self) {
            try DOCXFormat().write(parsed.document(metadata: P.metadata()), translations: [0: broken], target: .en, package: bytes)
        }
        #expect(e.message.contains("[word/document.xml]") && e.message.contains("inline codes"))
    }
}
