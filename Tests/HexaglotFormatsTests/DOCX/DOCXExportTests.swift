import Foundation
import Testing
import HexaglotCore
@testable import HexaglotFormats

/// Writing Word documents: part-by-part round trip, translated parts marked with their
/// language (right to left for Arabic), LibreOffice reading the result, XLIFF codes.
@Suite struct DOCXExportTests {
    typealias P = DOCXTestPackages

    /// The French letter with each segment replaced by its translation from the `language` file.
    func translated(_ language: String, _ target: Language) throws -> (source: ParsedFile, written: DOCXPackage, bytes: [UInt8]) {
        let bytes = try P.letter("fr")
        let source = try P.parse(bytes, language: .fr)
        let translation = try P.parse(try P.letter(language), language: target)
        let contents = try TranslationAligner.align(source: source, translation: translation, translationFile: "t.docx")
        let written = try DOCXFormat().write(source.document(metadata: P.metadata()), translations: contents, target: target, package: bytes)
        return (source, try DOCXPackage(bytes: written, file: nil), written)
    }

    @Test(arguments: ["fr", "en", "ar"])
    func everyPartOfTheLetterComesBackByteForByte(_ language: String) throws {
        let bytes = try P.letter(language)
        let lang = Language(rawValue: language)!
        let parsed = try P.parse(bytes, language: lang)
        let written = try DOCXFormat().write(parsed.document(metadata: P.metadata(lang)), translations: [:], target: nil, package: bytes)
        let original = try DOCXPackage(bytes: bytes, file: nil)
        let copy = try DOCXPackage(bytes: written, file: nil)
        #expect(copy.parts.map(\.path) == original.parts.map(\.path))
        for (a, b) in zip(copy.parts, original.parts) { #expect(a.bytes == b.bytes, "\(a.path)") }
    }

    @Test func aTranslatedLetterIsMarkedWithItsLanguageAndOnlyTranslatedPartsChange() throws {
        let (_, written, _) = try translated("en", .en)
        let original = try DOCXPackage(bytes: try P.letter("fr"), file: nil)
        let document = String(decoding: written.bytes(of: "word/document.xml")!, as: UTF8.self)
        #expect(document.contains("Ref: </w:t></w:r><w:r><w:rPr><w:b/><w:bCs/><w:lang w:val=\"en-GB\"/></w:rPr><w:t xml:space=\"preserve\">CL-17/24"))
        #expect(!document.contains("Réf.") && !document.contains("w:bidi"))
        let styles = String(decoding: written.bytes(of: "word/styles.xml")!, as: UTF8.self)
        #expect(styles.contains("<w:lang w:val=\"en-GB\"/>") && !styles.contains("fr-FR"))
        for path in ["word/_rels/document.xml.rels", "[Content_Types].xml", "_rels/.rels"] {
            #expect(written.bytes(of: path) == original.bytes(of: path), "\(path)")
        }
        let custom = String(decoding: written.bytes(of: "docProps/custom.xml")!, as: UTF8.self)
        #expect(custom.contains("name=\"translation-of\"><vt:lpwstr>fr<") && custom.contains("name=\"language\"><vt:lpwstr>en<"))
        // Imported again, it is a translation of the letter.
        let again = try P.parse(try written.zipped(), language: .en)
        #expect(again.frontMatter["translation-of"] == "fr" && again.frontMatter["reference"] == "TEST/1")
    }

    @Test func anArabicExportRunsRightToLeft() throws {
        let (_, written, _) = try translated("ar", .ar)
        let document = String(decoding: written.bytes(of: "word/document.xml")!, as: UTF8.self)
        let tree = try DOCXXMLTree(bytes: Array(document.utf8), file: nil, part: "word/document.xml")
        var paragraphs = 0, runs = 0
        func visit(_ node: DOCXXMLTree.Node) {
            if node.isW("p") {
                paragraphs += 1
                #expect(node.firstChild(w: "pPr")?.firstChild(w: "bidi") != nil, "a paragraph without w:bidi")
            }
            if node.isW("r") {
                runs += 1
                let rPr = node.firstChild(w: "rPr")
                #expect(rPr?.firstChild(w: "rtl") != nil, "a run without w:rtl")
                #expect(rPr?.firstChild(w: "lang")?.wAttribute("bidi") == "ar-SA")
                // Schema order: w:rtl before w:lang.
                let names = rPr?.children.filter { $0.kind == .element }.map(\.localName) ?? []
                #expect(names.firstIndex(of: "rtl")! < names.firstIndex(of: "lang")!)
            }
            node.children.forEach(visit)
        }
        tree.nodes.forEach(visit)
        #expect(paragraphs > 10 && runs > 20)
        #expect(document.contains("<w:tblPr><w:bidiVisual/><w:tblW "))
        #expect(document.contains("المرجع: "))
    }

    @Test func libreOfficeReadsATranslatedLetterInOrder() throws {
        guard let office = ["/usr/bin/libreoffice", "/usr/bin/soffice", "/usr/local/bin/libreoffice"].first(where: FileManager.default.isExecutableFile) else {
            print("SKIPPED: libreoffice is not installed (.ci/setup --tests installs libreoffice-writer-nogui); the LibreOffice check did not run")
            return
        }
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("hexaglot-docx-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        for (language, target) in [("en", Language.en), ("ar", .ar)] {
            let (_, _, bytes) = try translated(language, target)
            let input = folder.appendingPathComponent("letter.\(language).docx")
            try Data(bytes).write(to: input)
            let process = Process()
            process.executableURL = URL(fileURLWithPath: office)
            process.arguments = ["--headless", "-env:UserInstallation=file://\(folder.path)/profile", "--convert-to", "txt:Text",
                                 "--outdir", folder.path, input.path]
            process.standardOutput = FileHandle.nullDevice
            process.standardError = FileHandle.nullDevice
            try process.run()
            process.waitUntilExit()
            let text = try String(contentsOf: folder.appendingPathComponent("letter.\(language).txt"), encoding: .utf8)
            let expected = language == "en"
                ? ["International Telecommunication Union", "Ref: CL-17/24", "E-mail: paul.conneally@itu.int", "Dear Sir/Madam,",
                   "December 2016 (CL-16/62)", "(http://itu.int/ICT4SDG)", "Yours faithfully,", "Secretary-General"]
                : ["الاتحاد الدولي للاتصالات", "المرجع: CL-17/24", "حضرات السادة والسيدات،", "CL-16/62"]
            var at = text.startIndex
            for piece in expected {
                let found = text.range(of: piece, range: at..<text.endIndex)
                #expect(found != nil, "\(language): \(piece) missing or out of order in LibreOffice's text")
                if let found { at = found.upperBound }
            }
            #expect(!text.contains("Réf.") && !text.contains("Madame, Monsieur"))
        }
    }

    @Test func xliffOfAWordDocumentCarriesItsCodesAsOriginalData() throws {
        let parsed = try P.parse(try P.letter("fr"), language: .fr)
        let units = parsed.segments.map { XLIFFUnit(number: $0.number, source: $0.content, target: nil, status: .new, notes: [], candidates: []) }
        let file = XLIFFDocument(reference: "CL-17/24-word", sourceLanguage: LanguageTag(.fr), targetLanguage: LanguageTag(.en),
                                 revision: 1, fingerprint: nil, units: units)
        let xml = String(decoding: try XLIFFWriter.data(file), as: UTF8.self)
        #expect(xml.contains("<originalData>"))
        #expect(xml.contains("&lt;/w:t&gt;&lt;/w:r&gt;&lt;w:r&gt;&lt;w:rPr&gt;&lt;w:b/&gt;"))
        #expect(xml.contains("w:footnoteReference"))
        // And it reads back with the same text and the same codes' markup.
        let read = try XLIFFReader(data: Data(xml.utf8), name: "letter.xlf").read()
        #expect(read.units.map(\.source.tagged) == units.map(\.source.tagged))
        #expect(read.units.map { $0.source.codes.map(\.data) } == units.map { $0.source.codes.map(\.data) })
    }
}
