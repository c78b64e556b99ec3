import Foundation
import HexaglotCore
@testable import HexaglotFormats

/// Small Word packages written in the tests, part by part, and the demo letter's files.
enum DOCXTestPackages {
    static let w = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
    static let rel = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
    static let date = Date(timeIntervalSince1970: 1_500_000_000)

    static let repository = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent()

    /// The demo letter CL-17/24 as a Word file, in `language` (fr, en, ar).
    static func letter(_ language: String) throws -> [UInt8] {
        try SourceFile.readBytes(repository.appendingPathComponent("Letters/CL-17-24/CL-17-24.\(language).docx").path)
    }

    static let contentTypes = """
        <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
        <Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>
        """
    static let packageRels = """
        <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
        <Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="\(rel)/officeDocument" Target="word/document.xml"/></Relationships>
        """

    /// A document.xml whose body is `body`.
    static func document(_ body: String) -> String {
        """
        <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
        <w:document xmlns:w="\(w)" xmlns:r="\(rel)"><w:body>\(body)<w:sectPr/></w:body></w:document>
        """
    }

    /// A package of `parts` (path, text), with the content types and package relationships
    /// first unless `parts` gives its own.
    static func package(_ parts: [(String, String)]) throws -> [UInt8] {
        var all: [(String, String)] = []
        if !parts.contains(where: { $0.0 == "[Content_Types].xml" }) { all.append(("[Content_Types].xml", contentTypes)) }
        if !parts.contains(where: { $0.0 == "_rels/.rels" }) { all.append(("_rels/.rels", packageRels)) }
        all += parts
        let package = DOCXPackage(parts: all.map {
            DOCXPackage.Part(path: $0.0, bytes: Array($0.1.utf8), modified: date, isDirectory: false)
        })
        return try package.zipped()
    }

    /// A package whose main document has `body`.
    static func body(_ body: String) throws -> [UInt8] {
        try package([("word/document.xml", document(body))])
    }

    static func parse(_ bytes: [UInt8], language: Language = .fr, accept: Bool = false) throws -> ParsedFile {
        try DOCXFormat(acceptRevisions: accept).parse(package: bytes, file: "test.docx", language: language)
    }

    static func metadata(_ language: Language = .fr) -> DocumentMetadata {
        DocumentMetadata(reference: "TEST/1", kind: .letter, title: "test", sourceLanguage: LanguageTag(language))
    }
}
