import Foundation
import HexaglotCore
import Testing
@testable import HexaglotFormats

/// The letter excerpt the XLIFF tests export: sentences of CL-19/73 in French with their
/// Spanish translations, one unit per status, with bold, links and a line break.
enum XLIFFSample {
    static func strong(_ id: Int, _ kind: InlineCode.Kind) -> Run {
        .code(InlineCode(id: id, kind: kind, role: .strong, data: "**"))
    }

    static func link(_ id: Int, _ kind: InlineCode.Kind, _ href: String) -> Run {
        .code(InlineCode(id: id, kind: kind, role: .link, data: kind == .open ? "[" : "](\(href))", attributes: ["href": href]))
    }

    static func lineBreak(_ id: Int) -> Run {
        .code(InlineCode(id: id, kind: .placeholder, role: .lineBreak, data: "  \n", equiv: " ", canDelete: true))
    }

    static let document: XLIFFDocument = {
        let fr = LanguageTag(.fr), es = LanguageTag(.es)
        let units = [
            XLIFFUnit(number: 1, source: "Secrétariat général (SG)", status: .new),
            XLIFFUnit(number: 2, source: "Genève, le 24 décembre 2019", target: "Ginebra, 24 de diciembre de 2019",
                      status: .rejected, notes: ["Date format: no \"le\" in Spanish & no comma <check>."]),
            XLIFFUnit(number: 3,
                      source: Content([.text("Réf.: "), strong(1, .open), .text("CL-19/73"), strong(1, .close), lineBreak(2),
                                       .text("Contact: Victoria Sukenik")]),
                      target: Content([.text("Ref.: "), strong(1, .open), .text("CL-19/73"), strong(1, .close), lineBreak(2),
                                       .text("Contacto: Victoria Sukenik")]),
                      status: .approved),
            XLIFFUnit(number: 4,
                      source: Content([.text("Courriel: "), link(1, .open, "mailto:strategy@itu.int"), .text("strategy@itu.int"),
                                       link(1, .close, "mailto:strategy@itu.int")]),
                      target: Content([.text("Correo-e: "), link(1, .open, "mailto:strategy@itu.int"), .text("strategy@itu.int"),
                                       link(1, .close, "mailto:strategy@itu.int")]),
                      status: .draft),
            XLIFFUnit(number: 5, source: "Madame, Monsieur,", target: "Muy Señora mía/Muy Señor mío:", status: .outdated),
            XLIFFUnit(number: 6,
                      source: Content([.text("Le Programme Connect 2030 définit une vision mondiale commune pour le développement du secteur des télécommunications/TIC (voir la "),
                                       link(1, .open, "#"), .text("Résolution 200"), link(1, .close, "#"),
                                       .text(" (Rév. Dubaï, 2018) de la Conférence de plénipotentiaires).")]),
                      target: Content([.text("La Agenda Conectar 2030 establece una visión mundial compartida para el desarrollo del sector de las telecomunicaciones/TIC (véase la "),
                                       link(1, .open, "#"), .text("Resolución 200"), link(1, .close, "#"),
                                       .text(" (Rev. Dubái, 2018) de la Conferencia de Plenipotenciarios).")]),
                      status: .translated,
                      candidates: [XLIFFCandidate(score: 87.5,
                                                  source: Content([.text("Le Programme Connect 2030 définit une vision mondiale commune (voir la "),
                                                                   link(1, .open, "#"), .text("Résolution 200"), link(1, .close, "#"), .text(").")]),
                                                  target: Content([.text("La Agenda Conectar 2030 establece una visión mundial compartida (véase la "),
                                                                   link(1, .open, "#"), .text("Resolución 200"), link(1, .close, "#"), .text(").")]),
                                                  origin: "CL-18/12")]),
            XLIFFUnit(number: 7,
                      source: Content([.text("Des informations sur les éditions passées sont disponibles sur le portail \"Histoire de l'UIT\" "),
                                       link(1, .open, "#"), .text("ici"), link(1, .close, "#"), .text(".")]),
                      target: Content([.text("Puede consultarse información sobre las celebraciones anteriores en el portal \"Historia de la UIT\" "),
                                       link(1, .open, "#"), .text("aquí"), link(1, .close, "#"), .text(".")]),
                      status: .reviewed,
                      candidates: [XLIFFCandidate(score: 100, source: "Des informations", target: "Información", origin: "mt")]),
        ]
        return XLIFFDocument(reference: "CL-19/73", sourceLanguage: fr, targetLanguage: es, revision: 3,
                             fingerprint: "sha256:5f1c0e9a", units: units)
    }()
}

enum XLIFFFiles {
    static let bundle = Golden.bundleDirectory.appendingPathComponent("xliff")
    static let source = Golden.sourceDirectory.appendingPathComponent("xliff")
    static let schemas = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .appendingPathComponent("Schemas/xliff")

    static func text(_ name: String) throws -> String {
        try String(contentsOf: bundle.appendingPathComponent(name), encoding: .utf8)
    }

    static func read(_ text: String, name: String = "bad.xlf") throws -> XLIFFDocument {
        try XLIFFReader(data: Data(text.utf8), name: name).read()
    }

    static func failure(_ text: String) -> FormatError? {
        do {
            _ = try read(text)
            return nil
        } catch let e as FormatError {
            return e
        } catch {
            return nil
        }
    }
}

@Suite struct XLIFFWriterTests {
    @Test func letterMatchesGoldenFile() throws {
        let written = try XLIFFWriter.string(XLIFFSample.document)
        let name = "CL-19-73.fr-es.xlf"
        if Golden.updating {
            try FileManager.default.createDirectory(at: XLIFFFiles.source, withIntermediateDirectories: true)
            try written.write(to: XLIFFFiles.source.appendingPathComponent(name), atomically: true, encoding: .utf8)
        }
        let expected = try XLIFFFiles.text(name)
        #expect(written == expected)
    }

    @Test func statesAndSubStates() throws {
        let written = try XLIFFWriter.string(XLIFFSample.document)
        #expect(written.contains("<segment id=\"s1\" state=\"initial\">"))
        #expect(written.contains("<segment id=\"s2\" state=\"initial\" subState=\"hexaglot:rejected\">"))
        #expect(written.contains("<segment id=\"s3\" state=\"final\">"))
        #expect(written.contains("<segment id=\"s4\" state=\"initial\" subState=\"hexaglot:draft\">"))
        #expect(written.contains("<segment id=\"s5\" state=\"initial\" subState=\"hexaglot:outdated\">"))
        #expect(written.contains("<segment id=\"s6\" state=\"translated\">"))
        #expect(written.contains("<segment id=\"s7\" state=\"reviewed\">"))
    }

    @Test func everyStatusReadsBackAsItself() throws {
        for status in TranslationStatus.allCases {
            for target in [nil, Content(), Content(text: "Hola")] as [Content?] {
                let (state, subState) = XLIFFStatus.state(for: status, hasTarget: !(target?.isEmpty ?? true))
                #expect(XLIFFStatus.status(state: state, subState: subState, targetHasText: !(target?.isEmpty ?? true)) == status,
                        "\(status) with target \(String(describing: target))")
            }
        }
        // A tool that finalised a draft without clearing subState: the state wins.
        #expect(XLIFFStatus.status(state: "final", subState: "hexaglot:draft", targetHasText: true) == .approved)
    }

    @Test func escapesMarkupAndForbiddenCharacters() throws {
        var doc = XLIFFSample.document
        doc.units = [XLIFFUnit(number: 1, source: "a < b & c > d \"q\"\u{1}", target: "x]]>y\r", status: .translated)]
        let written = try XLIFFWriter.string(doc)
        #expect(written.contains("<source>a &lt; b &amp; c &gt; d \"q\"<cp hex=\"0001\"/></source>"))
        #expect(written.contains("<target>x]]&gt;y&#13;</target>"))
        #expect(try XLIFFFiles.read(written).units == doc.units)
        doc.units[0].notes = ["bell \u{7}"]
        #expect(throws: FormatError.self) { try XLIFFWriter.string(doc) }
    }

    @Test func scoresAreDecimals() {
        #expect(XLIFFWriter.score(95) == "95")
        #expect(XLIFFWriter.score(87.5) == "87.5")
        #expect(XLIFFWriter.score(87.25) == "87.25")
        #expect(XLIFFWriter.score(0.05) == "0.05")
        #expect(XLIFFWriter.score(1e-9) == "0")
        #expect(XLIFFWriter.score(140) == "100")
    }

    /// The export validates against the OASIS XLIFF 2.1 schemas (core, matches, metadata)
    /// with xmllint, when xmllint is installed (Debian: libxml2-utils).
    @Test func validatesAgainstOASISSchemas() throws {
        guard let xmllint = ["/usr/bin/xmllint", "/usr/local/bin/xmllint", "/opt/homebrew/bin/xmllint"]
            .first(where: FileManager.default.isExecutableFile(atPath:)) else {
            print("xmllint not found: install libxml2-utils to validate the XLIFF export")
            return
        }
        var doc = XLIFFSample.document
        doc.units.append(XLIFFRoundTripTests.awkwardUnit)
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("hexaglot-\(UUID().uuidString).xlf")
        defer { try? FileManager.default.removeItem(at: file) }
        try XLIFFWriter.write(doc, to: file.path)
        let process = Process()
        process.executableURL = URL(fileURLWithPath: xmllint)
        process.arguments = ["--noout", "--nonet", "--schema",
                             XLIFFFiles.schemas.appendingPathComponent("hexaglot-xliff-2.1.xsd").path, file.path]
        let pipe = Pipe()
        process.standardError = pipe
        process.standardOutput = pipe
        try process.run()
        let output = String(decoding: pipe.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        #expect(process.terminationStatus == 0, "\(output)")
        #expect(output.contains("validates"), "\(output)")
    }
}

@Suite struct XLIFFRoundTripTests {
    /// Codes that cross, a close without its open, an open without its close, an empty-data
    /// code, a placeholder with equiv, attributes, and a non-deletable code.
    static let awkwardUnit = XLIFFUnit(
        number: 8,
        source: Content([
            .code(InlineCode(id: 1, kind: .open, role: .emphasis, data: "*")), .text("a"),
            .code(InlineCode(id: 2, kind: .open, role: .strong, data: "**")), .text("b"),
            .code(InlineCode(id: 1, kind: .close, role: .emphasis, data: "*")), .text("c"),
            .code(InlineCode(id: 2, kind: .close, role: .strong, data: "**")),
            .code(InlineCode(id: 3, kind: .placeholder, role: .escape, data: "\\*", equiv: "*", canDelete: true)),
            .code(InlineCode(id: 4, kind: .close, role: .html, data: "</span>")),
            .code(InlineCode(id: 5, kind: .placeholder, role: .image, data: "![logo](logo.png \"ITU\")",
                             attributes: ["href": "logo.png", "title": "ITU"])),
            .code(InlineCode(id: 6, kind: .open, role: .other, data: "")),
            .code(InlineCode(id: 7, kind: .placeholder, role: .code, data: "`x<y`", equiv: "")),
        ]),
        target: Content([.code(InlineCode(id: 2, kind: .open, role: .strong, data: "**")), .text("b"),
                         .code(InlineCode(id: 2, kind: .close, role: .strong, data: "**"))]),
        status: .translated)

    @Test func writeThenReadGivesTheSameUnits() throws {
        var doc = XLIFFSample.document
        doc.units.append(Self.awkwardUnit)
        let read = try XLIFFFiles.read(try XLIFFWriter.string(doc), name: "export.xlf")
        #expect(read == doc)
        #expect(read.units.last!.source.codes == Self.awkwardUnit.source.codes)
    }

    @Test func crossingCodesBecomeStartAndEndCodes() throws {
        var doc = XLIFFSample.document
        doc.units = [Self.awkwardUnit]
        let written = try XLIFFWriter.string(doc)
        #expect(written.contains("<sc id=\"1\" dataRef=\"d1\""))
        #expect(written.contains("<ec startRef=\"1\" dataRef=\"d1\""))
        #expect(written.contains("<pc id=\"2\""))
        #expect(written.contains("<ec id=\"4\" isolated=\"yes\""))
        #expect(written.contains("<sc id=\"6\" dataRef=\"d6\" isolated=\"yes\""))
        #expect(written.contains("hxg:href=\"logo.png\" hxg:title=\"ITU\""))
    }

    @Test func catToolEditsAreReadBack() throws {
        let doc = try XLIFFFiles.read(try XLIFFFiles.text("CL-19-73.fr-es.cat-edited.xlf"), name: "edited.xlf")
        #expect(doc.reference == "CL-19/73")
        #expect(doc.revision == 3 && doc.fingerprint == "sha256:5f1c0e9a")
        let byNumber = Dictionary(uniqueKeysWithValues: doc.units.map { ($0.number, $0) })
        // Unit 5: target changed and state set to final (the tool left the subState alone).
        #expect(byNumber[5]?.status == .approved)
        #expect(byNumber[5]?.target == "Muy señor mío o señora mía:")
        // Unit 2: a note added by the reviewer.
        #expect(byNumber[2]?.notes == ["Date format: no \"le\" in Spanish & no comma <check>.", "Fixed, thanks — JP"])
        #expect(byNumber[2]?.status == .translated)
        // Unit 4: codes in the edited target keep the exported InlineCode values.
        let original = XLIFFSample.document.units[3]
        #expect(byNumber[4]?.target?.codes == original.target?.codes)
        #expect(byNumber[4]?.target?.plainText == "Correo electrónico: strategy@itu.int")
        // Unit 1: the tool used its own prefix and a new translation.
        #expect(byNumber[1]?.status == .translated && byNumber[1]?.target == "Secretaría General (SG)")
    }

    @Test func xliff12FromAnOlderTool() throws {
        let doc = try XLIFFFiles.read(try XLIFFFiles.text("CL-19-73.fr-es.v12.xlf"), name: "old.xlf")
        #expect(doc.version == "1.2" && doc.reference == "CL-19/73")
        #expect(doc.sourceLanguage.tag == "fr-FR" && doc.targetLanguage.language == .es)
        #expect(doc.units.map(\.number) == [1, 2, 3, 4])
        #expect(doc.units.map(\.status) == [.translated, .approved, .reviewed, .new])
        let u2 = doc.units[1]
        #expect(u2.source.tagged == "Réf.: {1}CL-19/73{/1}{2/}Contact: Victoria Sukenik")
        #expect(u2.source.codes.map(\.role) == [.strong, .strong, .other])
        #expect(u2.target?.tagged == "Ref.: {1}CL-19/73{/1}{2/}Contacto: Victoria Sukenik")
        let u3 = doc.units[2]
        #expect(u3.source.tagged == "Courriel: {3}strategy@itu.int{/3}")
        #expect(u3.source.codes.map(\.data) == ["<a href=\"mailto:strategy@itu.int\">", "</a>"])
        #expect(u3.notes == ["Keep the address."])
        #expect(u3.candidates.first?.score == 80 && u3.candidates.first?.target == "Correo: strategy@itu.int")
    }
}

@Suite struct XLIFFBadInputTests {
    private func check(_ text: String, line: Int, _ phrase: String, sourceLocation: Testing.SourceLocation = #_sourceLocation) {
        guard let e = XLIFFFiles.failure(text) else {
            Issue.record("accepted, or failed without a FormatError", sourceLocation: sourceLocation)
            return
        }
        #expect(e.code == .syntax, "\(e)", sourceLocation: sourceLocation)
        #expect(e.location?.file == "bad.xlf", "\(e)", sourceLocation: sourceLocation)
        #expect(e.location?.line == line, "\(e)", sourceLocation: sourceLocation)
        #expect(e.message.contains(phrase), "\(e)", sourceLocation: sourceLocation)
        #expect(e.description.hasPrefix("bad.xlf:\(line):"), "\(e)", sourceLocation: sourceLocation)
    }

    private func file(_ units: String) -> String {
        """
        <?xml version="1.0" encoding="UTF-8"?>
        <xliff xmlns="urn:oasis:names:tc:xliff:document:2.0" version="2.1" srcLang="fr" trgLang="es">
          <file id="f1" original="CL-19/73">
        \(units)
          </file>
        </xliff>
        """
    }

    @Test func truncated() throws {
        let text = try XLIFFFiles.text("CL-19-73.fr-es.xlf")
        let cut = text.range(of: "<source>Madame")!.upperBound
        let line = text[..<cut].filter { $0 == "\n" }.count + 1
        check(String(text[..<cut]), line: line, "the file ends inside <source>")
    }

    @Test func externalEntity() {
        let text = """
            <?xml version="1.0"?>
            <!DOCTYPE xliff [
              <!ENTITY xxe SYSTEM "file:///etc/passwd">
            ]>
            <xliff xmlns="urn:oasis:names:tc:xliff:document:2.0" version="2.1" srcLang="fr" trgLang="es">
            <file id="f1" original="x"><unit id="u1"><segment><source>&xxe;</source></segment></unit></file></xliff>
            """
        check(text, line: 3, "entity")
    }

    @Test func brokenCodeReference() {
        check(file("""
                <unit id="u1">
                  <originalData><data id="d1">**</data></originalData>
                  <segment id="s1"><source>a <pc id="1" dataRefStart="d1" dataRefEnd="d1">b</pc></source>
                  <target><pc id="1" dataRefStart="d1" dataRefEnd="d9">b</pc></target></segment>
                </unit>
            """), line: 7, "broken inline code: <pc id=\"1\"> refers to dataRefEnd=\"d9\"")
        check(file("""
                <unit id="u1"><segment id="s1"><source>a</source>
                <target>x <ec startRef="4"/></target></segment></unit>
            """), line: 5, "<ec startRef=\"4\"> has no <sc id=\"4\">")
        check(file("""
                <unit id="u1"><segment id="s1">
                <source>x <sc id="4"/> y</source></segment></unit>
            """), line: 5, "<sc id=\"4\"> has no <ec startRef=\"4\">")
    }

    @Test func duplicateAndUnknownIDs() {
        check(file("""
                <unit id="u1"><segment id="s1"><source>a</source></segment></unit>
                <unit id="u2"><segment id="s2"><source>b</source></segment></unit>
                <unit id="u1"><segment id="s1"><source>c</source></segment></unit>
            """), line: 6, "duplicate unit id \"u1\": segment 1 is already unit \"u1\" at line 4")
        check(file("""
                <unit id="title"><segment><source>a</source></segment></unit>
            """), line: 4, "unknown unit id \"title\"")
    }

    @Test func missingAttributes() {
        check("""
            <xliff xmlns="urn:oasis:names:tc:xliff:document:2.0" version="2.1" srcLang="fr">
            <file id="f1" original="x"/></xliff>
            """, line: 1, "<xliff> without the trgLang attribute")
        check(file("""
                <unit><segment><source>a</source></segment></unit>
            """), line: 4, "<unit> without the id attribute")
        check(file("""
                <unit id="u1"><segment><source>a <ph dataRef="d1"/></source></segment></unit>
            """), line: 4, "<ph> without the id attribute")
    }

    @Test func notXLIFF() {
        check("<tmx version=\"1.4\"/>", line: 1, "not <xliff>")
        check("<xliff version=\"3.0\" srcLang=\"fr\"/>", line: 1, "version \"3.0\" is not supported")
    }
}
