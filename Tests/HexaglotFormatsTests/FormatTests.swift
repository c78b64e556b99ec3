import Foundation
import Testing
import HexaglotCore
@testable import HexaglotFormats

/// Registry, plain text, files, front matter, alignment and export.
@Suite struct FormatTests {
    private func parse(_ text: String, _ language: Language = .en, file: String? = "t.md") throws -> ParsedFile {
        try MarkdownFormat().parse(text, file: file, language: language)
    }

    @Test func registryFindsFormats() {
        #expect(FormatRegistry.format(named: "markdown")?.name == "markdown")
        #expect(FormatRegistry.format(named: "TEXT")?.name == "text")
        #expect(FormatRegistry.format(forPath: "letters/CL-19-73.fr.md")?.name == "markdown")
        #expect(FormatRegistry.format(forPath: "notes.TXT")?.name == "text")
        #expect(FormatRegistry.format(forPath: "letter.DOCX")?.name == "docx")
        #expect(FormatRegistry.format(forPath: "archive.zip") == nil)
        #expect(FormatRegistry.format(forPath: ".md") == nil)
    }

    @Test func frontMatterIsReadAsText() throws {
        let text = "---\nreference: CL-19/73\ndate: 2019-12-24\ntags: [a, b]\n---\n\nText.\n"
        let parsed = try parse(text, .fr)
        #expect(parsed.frontMatter["reference"] == "CL-19/73")
        #expect(parsed.frontMatter["date"] == "2019-12-24")
        #expect(parsed.frontMatter["tags"] == "[a, b]")
        #expect(parsed.frontMatterLine == 1)
        #expect(parsed.segments.first?.line == 7)
        #expect(parsed.render() == text)
    }

    @Test func brokenFrontMatterNamesFileAndLine() throws {
        let unclosed = #expect(throws: FormatError.self) { try parse("---\ntitle: x\n\nText.\n", file: "a.md") }
        #expect(unclosed?.code == .frontMatter)
        #expect(unclosed?.description.hasPrefix("a.md:1:1: ") == true)
        let invalid = #expect(throws: FormatError.self) { try parse("---\ntitle: ok\nbad: [unclosed\n---\n", file: "b.md") }
        #expect(invalid?.code == .frontMatter)
        #expect((invalid?.location?.line ?? 0) >= 3, "\(String(describing: invalid))")
        #expect(invalid?.location?.file == "b.md")
        let list = #expect(throws: FormatError.self) { try parse("---\n- a\n- b\n---\n", file: "c.md") }
        #expect(list?.location?.line == 2)
    }

    @Test func byteOrderMarkAndCRLFRoundTrip() throws {
        let text = "\u{FEFF}---\r\ntitle: x\r\n---\r\n# Title\r\n\r\nOne.  Two.\r\n"
        let parsed = try parse(text)
        #expect(Array(parsed.render().utf8) == Array(text.utf8))
        #expect(parsed.frontMatter == ["title": "x"])
        #expect(parsed.segments.map(\.content.tagged) == ["Title", "One.", "Two."])
    }

    @Test func nonNFCInputGivesNFCSegments() throws {
        let parsed = try parse("Gene\u{300}ve.\n", .fr)
        #expect(Array(parsed.segments[0].content.plainText.unicodeScalars) == Array("Gen\u{E8}ve.".unicodeScalars))
    }

    @Test func plainTextFormat() throws {
        let text = "Line *one*\ncontinues.  \nNew segment.\n\n  Second paragraph"
        let parsed = try PlainTextFormat().parse(text, file: "t.txt", language: .en)
        #expect(parsed.render() == text)
        #expect(parsed.segments.map(\.content.tagged) == ["Line *one* continues.", "New segment.", "Second paragraph"])
        #expect(parsed.segments[0].content.codes.map(\.role) == [.lineBreak])
    }

    // MARK: - SourceFile

    private func temporaryFile(_ bytes: [UInt8]) throws -> String {
        let path = NSTemporaryDirectory() + "hexaglot-formats-\(UUID().uuidString).md"
        try Data(bytes).write(to: URL(fileURLWithPath: path))
        return path
    }

    @Test func missingFile() {
        let error = #expect(throws: FormatError.self) { try SourceFile.read("/nonexistent/CL-00-00.fr.md") }
        #expect(error?.code == .missingFile)
        #expect(error?.description.contains("/nonexistent/CL-00-00.fr.md") == true)
    }

    @Test func utf16ByteOrderMark() throws {
        let path = try temporaryFile([0xFF, 0xFE] + Array("Hi".utf16).flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] })
        defer { try? FileManager.default.removeItem(atPath: path) }
        let error = #expect(throws: FormatError.self) { try SourceFile.read(path) }
        #expect(error?.code == .encoding)
        #expect(error?.message.contains("is UTF-16 (byte-order mark)") == true)
        #expect(error?.message.contains("iconv -f UTF-16 -t UTF-8") == true)
    }

    @Test func invalidUTF8NamesLineAndColumn() throws {
        let path = try temporaryFile(Array("Line one\nGen".utf8) + [0xE8] + Array("ve\n".utf8))
        defer { try? FileManager.default.removeItem(atPath: path) }
        let error = #expect(throws: FormatError.self) { try SourceFile.read(path) }
        #expect(error?.code == .encoding)
        #expect(error?.location == SourceLocation(file: path, line: 2, column: 4))
        #expect(error?.description.hasPrefix("\(path):2:4: invalid UTF-8") == true)
        #expect(error?.message.contains("byte offset 12") == true)
    }

    @Test func nulBytesAndUTF8BOM() throws {
        let nul = try temporaryFile(Array("a\u{0}b".utf8))
        defer { try? FileManager.default.removeItem(atPath: nul) }
        #expect(throws: FormatError.self) { try SourceFile.read(nul) }
        let bom = try temporaryFile([0xEF, 0xBB, 0xBF] + Array("Texte.\n".utf8))
        defer { try? FileManager.default.removeItem(atPath: bom) }
        let text = try SourceFile.read(bom)
        #expect(Array(text.utf8) == [0xEF, 0xBB, 0xBF] + Array("Texte.\n".utf8))
        #expect(Array(try parse(text, .fr).render().utf8) == Array(text.utf8))
    }

    // MARK: - Alignment

    @Test func alignerPairsSegmentsByStructure() throws {
        let source = try parse("# Title\n\nOne. Two.\n\n- Item.\n", .en)
        let translation = try parse("# Titre\n\nUn. Deux.\n\n- Point.\n", .fr, file: "t.fr.md")
        let aligned = try TranslationAligner.align(source: source, translation: translation, translationFile: "t.fr.md")
        #expect(aligned.count == 4)
        #expect(aligned[1]?.tagged == "Un." && aligned[2]?.tagged == "Deux." && aligned[3]?.tagged == "Point.")
        let zh = try parse("# 标题\n\n一。二。\n\n- 项目。\n", .zh)
        #expect(try TranslationAligner.align(source: source, translation: zh, translationFile: nil)[2]?.tagged == "二。")
    }

    @Test func alignerMismatchNamesFileAndLine() throws {
        let source = try parse("# Title\n\nIntro.\n\nOne. Two. Three.\n", .en)
        let translation = try parse("# Titre\n\nIntro.\n\n\nUn. Deux et trois.\n", .fr)
        let error = #expect(throws: FormatError.self) {
            try TranslationAligner.align(source: source, translation: translation, translationFile: "CL.fr.md")
        }
        #expect(error?.code == .structureMismatch)
        #expect(error?.location == SourceLocation(file: "CL.fr.md", line: 6))
        #expect(error?.message == "source block at line 5 has 3 sentences, translation block at line 6 has 2")
        let kinds = try parse("# Titre\n\n- Intro.\n", .fr)
        let kindError = #expect(throws: FormatError.self) {
            try TranslationAligner.align(source: source, translation: kinds, translationFile: "k.md")
        }
        #expect(kindError?.message.contains("is a paragraph, translation block at line 3 is a list item") == true)
    }

    // MARK: - Export

    private func document(_ parsed: ParsedFile, _ language: Language) -> Document {
        parsed.document(metadata: DocumentMetadata(reference: "X", kind: .post, title: "X", sourceLanguage: LanguageTag(language)))
    }

    @Test func exportToChineseDropsSpacesBetweenSentences() throws {
        let source = try parse("One. Two. **Three.**\n\nFour.\n", .en)
        let zh: [Int: Content] = [0: "一。", 1: "二。", 2: source.segments[2].content.replacingText("三。"), 3: "四。"]
        let out = Exporter.render(document(source, .en), target: .zh, translations: zh, frontMatter: nil)
        #expect(out == "一。二。**三。**\n\n四。\n")
        // Into French the spaces stay.
        let fr = Exporter.render(document(source, .en), target: .fr, translations: [0: "Un.", 1: "Deux."], frontMatter: nil)
        #expect(fr == "Un. Deux. **Three.**\n\nFour.\n")
    }

    @Test func exportFromChineseAddsSpaces() throws {
        let source = try parse("一。二。\n", .zh)
        #expect(source.segments.count == 2)
        let out = Exporter.render(document(source, .zh), target: .en, translations: [0: "One.", 1: "Two."], frontMatter: nil)
        #expect(out == "One. Two.\n")
        #expect(Exporter.render(document(source, .zh), target: nil, translations: [:], frontMatter: nil) == "一。二。\n")
    }

    @Test func exportReplacesFrontMatter() throws {
        let source = try parse("---\nlang: en\n---\nHello.\n", .en)
        let out = Exporter.render(document(source, .en), target: .fr, translations: [0: "Bonjour."], frontMatter: "---\nlang: fr\n---\n")
        #expect(out == "---\nlang: fr\n---\nBonjour.\n")
        let bare = try parse("Hello.\n", .en)
        #expect(Exporter.render(document(bare, .en), target: .fr, translations: [:], frontMatter: "---\nlang: fr\n---\n") == "---\nlang: fr\n---\nHello.\n")
    }
}

extension Content {
    /// The same codes with the text between the first pair replaced (test helper).
    func replacingText(_ text: String) -> Content {
        var replaced = false
        return Content(runs.compactMap { run in
            if case .text = run {
                if replaced { return nil }
                replaced = true
                return .text(text)
            }
            return run
        })
    }
}

/// One registry for every kind of file: documents by their format, and the interchange formats.
@Suite struct FormatRegistryKindTests {
    @Test func everyKnownFileHasOneKind() {
        #expect(FormatRegistry.kind(forPath: "Letters/CL-19-73/CL-19-73.fr.md") == .document("markdown"))
        #expect(FormatRegistry.kind(forPath: "notes.TXT") == .document("text"))
        #expect(FormatRegistry.kind(forPath: "Glossaries/connect2030.tbx") == .glossary)
        #expect(FormatRegistry.kind(forPath: "CL-19-73.ru.xlf") == .bilingual)
        #expect(FormatRegistry.kind(forPath: "CL-19-73.ru.XLIFF") == .bilingual)
        #expect(FormatRegistry.kind(forPath: "memory.tmx") == .memory)
        #expect(FormatRegistry.kind(forPath: "letter.docx") == .document("docx"))
        #expect(FormatRegistry.kind(forPath: "letter.pdf") == nil)
        #expect(FormatRegistry.kind(forPath: ".tmx") == nil)
        let extensions = FormatRegistry.fileExtensions(documents: true, [.glossary, .bilingual])
        #expect(extensions.contains("md") && extensions.contains("tbx") && extensions.contains("xliff") && !extensions.contains("tmx"))
    }
}

/// A CSV file is a glossary when named, but a folder import does not pick it up.
@Suite struct GlossaryFormatRegistryTests {
    @Test func csvIsAGlossaryFoundOnlyWhenNamed() throws {
        #expect(FormatRegistry.kind(forPath: "Glossaries/connect2030.CSV") == .glossary)
        #expect(FormatRegistry.interchangeFormat(forPath: "terms.csv")?.name == "csv")
        #expect(FormatRegistry.interchangeFormat(forPath: "Glossaries/connect2030.tbx")?.name == "tbx")
        #expect(FormatRegistry.interchangeFormat(forPath: "letter.md") == nil)
        #expect(FormatRegistry.fileExtensions(documents: false, [.glossary]) == ["tbx", "csv"])
        #expect(FormatRegistry.fileExtensions(documents: false, [.glossary], inFolders: true) == ["tbx"])
        #expect(!FormatRegistry.fileExtensions(documents: true, [.glossary, .bilingual], inFolders: true).contains("csv"))
    }
}
