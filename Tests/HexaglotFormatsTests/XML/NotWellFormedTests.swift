import Foundation
import HexaglotCore
import Testing
@testable import HexaglotFormats

/// Not-well-formed XML, in the spirit of James Clark's `not-wf` suite, wrapped as TMX.
///
/// libxml2's verdict is the reference: each case is checked with `xmllint --noout --nonet`
/// first (it must reject it, so a case that is in fact well-formed cannot slip in), then the
/// TMX reader must refuse it with a `FormatError` naming the file and a line. Namespace errors,
/// which xmllint reports but does not fail on, are refused too: a prefix that is not declared
/// would be written back out by `tm export` and break every reader downstream.
@Suite struct NotWellFormedTests {
    /// Where a case's text goes in the wrapping TMX.
    enum Place { case prolog, segment, unitAttributes, afterRoot, whole }

    struct Case: CustomStringConvertible, Sendable {
        let name: String
        let place: Place
        let text: String
        var description: String { name }
    }

    static let rejected: [Case] = [
        // The XML declaration.
        Case(name: "declaration without version", place: .prolog, text: #"<?xml encoding="UTF-8"?>"#),
        Case(name: "declaration out of order", place: .prolog, text: #"<?xml encoding="UTF-8" version="1.0"?>"#),
        Case(name: "standalone maybe", place: .prolog, text: #"<?xml version="1.0" standalone="maybe"?>"#),
        Case(name: "standalone before encoding", place: .prolog, text: #"<?xml version="1.0" standalone="yes" encoding="UTF-8"?>"#),
        Case(name: "declaration in capitals", place: .prolog, text: #"<?XML version="1.0"?>"#),
        Case(name: "declaration not first", place: .prolog, text: "\n" + #"<?xml version="1.0"?>"#),
        Case(name: "no space between pseudo-attributes", place: .prolog, text: #"<?xml version="1.0"encoding="UTF-8"?>"#),
        Case(name: "mismatched quotes in declaration", place: .prolog, text: #"<?xml version="1.0'?>"#),
        Case(name: "declaration never closed", place: .prolog, text: #"<?xml version="1.0""#),
        Case(name: "declaration inside the body", place: .segment, text: #"<?xml version="1.0"?>"#),
        // Comments, processing instructions, CDATA.
        Case(name: "double hyphen in comment", place: .segment, text: "a<!-- a -- b -->b"),
        Case(name: "comment ending in three hyphens", place: .segment, text: "a<!-- a --->b"),
        Case(name: "comment never closed", place: .segment, text: "a<!-- a"),
        Case(name: "comment inside a tag", place: .unitAttributes, text: #"tuid="1" <!-- x -->"#),
        Case(name: "processing instruction never closed", place: .segment, text: "<?pi x"),
        Case(name: "processing instruction without target", place: .segment, text: "<? x?>"),
        Case(name: "CDATA never closed", place: .segment, text: "<![CDATA[x"),
        Case(name: "CDATA with a space", place: .segment, text: "<![CDATA [x]]>"),
        Case(name: "CDATA in lower case", place: .segment, text: "<![cdata[x]]>"),
        // Text and references.
        Case(name: "]]> in text", place: .segment, text: "a ]]> b"),
        Case(name: "bare <", place: .segment, text: "a < b"),
        Case(name: "bare &", place: .segment, text: "a & b"),
        Case(name: "reference without semicolon", place: .segment, text: "a &amp b"),
        Case(name: "space after &", place: .segment, text: "& amp;"),
        Case(name: "undefined entity", place: .segment, text: "&itu;"),
        Case(name: "reference to NUL", place: .segment, text: "&#0;"),
        Case(name: "reference beyond Unicode", place: .segment, text: "&#x110000;"),
        Case(name: "reference to a surrogate", place: .segment, text: "&#xD800;"),
        Case(name: "reference to U+FFFE", place: .segment, text: "&#xFFFE;"),
        Case(name: "reference to a control character", place: .segment, text: "&#1;"),
        Case(name: "letter in a decimal reference", place: .segment, text: "&#1a;"),
        Case(name: "capital X in a hex reference", place: .segment, text: "&#X41;"),
        Case(name: "control character U+0001", place: .segment, text: "a\u{01}b"),
        Case(name: "form feed", place: .segment, text: "a\u{0C}b"),
        // Tags and attributes.
        Case(name: "mismatched end tag", place: .segment, text: #"<bpt i="1">x</ept>"#),
        Case(name: "element never closed", place: .segment, text: "<ph>x"),
        Case(name: "duplicate attribute", place: .unitAttributes, text: #"tuid="1" tuid="2""#),
        Case(name: "attribute without value", place: .unitAttributes, text: "tuid"),
        Case(name: "unquoted attribute value", place: .unitAttributes, text: "tuid=1"),
        Case(name: "no space between attributes", place: .unitAttributes, text: #"tuid="1"x="2""#),
        Case(name: "< in attribute value", place: .unitAttributes, text: #"tuid="a<b""#),
        Case(name: "bare & in attribute value", place: .unitAttributes, text: #"tuid="a&b""#),
        Case(name: "name starting with a digit", place: .segment, text: "<1ph/>"),
        Case(name: "space inside />", place: .segment, text: #"<ph x="1"/ >"#),
        Case(name: "attribute on an end tag", place: .segment, text: #"<ph>x</ph x="1">"#),
        // Document type declarations.
        Case(name: "DOCTYPE after the root", place: .afterRoot, text: "<!DOCTYPE tmx>"),
        Case(name: "two DOCTYPEs", place: .prolog, text: "<?xml version=\"1.0\"?>\n<!DOCTYPE tmx>\n<!DOCTYPE tmx>"),
        Case(name: "empty ELEMENT declaration", place: .prolog, text: "<?xml version=\"1.0\"?>\n<!DOCTYPE tmx [<!ELEMENT>]>"),
        Case(name: "bad default in ATTLIST", place: .prolog, text: "<?xml version=\"1.0\"?>\n<!DOCTYPE tmx [<!ATTLIST tmx version CDATA #BOGUS>]>"),
        Case(name: "unknown declaration", place: .prolog, text: "<?xml version=\"1.0\"?>\n<!DOCTYPE tmx [<!FOO bar>]>"),
        Case(name: "internal subset never closed", place: .prolog, text: "<?xml version=\"1.0\"?>\n<!DOCTYPE tmx [<!ELEMENT tmx ANY>"),
        Case(name: "DOCTYPE in lower case", place: .prolog, text: "<?xml version=\"1.0\"?>\n<!doctype tmx>"),
        Case(name: "parameter entity inside markup", place: .prolog, text: "<?xml version=\"1.0\"?>\n<!DOCTYPE tmx [<!ELEMENT tmx (%x;)>]>"),
        // Outside the root element.
        Case(name: "text after the root", place: .afterRoot, text: "text"),
        Case(name: "second root element", place: .afterRoot, text: "<tmx/>"),
        Case(name: "reference after the root", place: .afterRoot, text: "&#65;"),
        Case(name: "CDATA after the root", place: .afterRoot, text: "<![CDATA[x]]>"),
        Case(name: "two byte-order marks", place: .whole, text: "\u{FEFF}\u{FEFF}"),
        Case(name: "encoding declared UTF-16 over UTF-8 bytes", place: .prolog, text: #"<?xml version="1.0" encoding="UTF-16"?>"#),
        Case(name: "empty file", place: .whole, text: ""),
        Case(name: "declaration only", place: .whole, text: "<?xml version=\"1.0\"?>\n"),
    ]

    /// Namespace errors: xmllint reports them and still exits 0; Hexaglot refuses them.
    static let namespaceErrors: [Case] = [
        Case(name: "undeclared element prefix", place: .segment, text: "<x:ph/>"),
        Case(name: "undeclared attribute prefix", place: .segment, text: #"<ph x:a="1"/>"#),
        Case(name: "prefix bound to the empty name", place: .unitAttributes, text: #"xmlns:x="""#),
        Case(name: "xml prefix rebound", place: .unitAttributes, text: #"xmlns:xml="urn:other""#),
        Case(name: "two colons in a name", place: .segment, text: #"<a:b:c xmlns:a="urn:a"/>"#),
        Case(name: "one attribute twice through two prefixes", place: .segment,
             text: #"<ph xmlns:a="urn:x" xmlns:b="urn:x" a:k="1" b:k="2"/>"#),
    ]

    /// Well-formed documents a strict reader must still take.
    static let accepted: [Case] = [
        Case(name: "decimal reference with many leading zeros", place: .segment, text: "&#00000000000065;"),
        Case(name: "hex reference with many leading zeros", place: .segment, text: "&#x00000000000041;"),
        Case(name: "single hyphens in a comment", place: .segment, text: "a<!-- ok - ok -->b"),
        Case(name: "CDATA holding < and &", place: .segment, text: "<![CDATA[a < b & c]]>"),
        Case(name: "processing instruction", place: .segment, text: "a<?pi data?>b"),
        Case(name: "DOCTYPE without internal subset", place: .prolog, text: "<?xml version=\"1.0\"?>\n<!DOCTYPE tmx>"),
        Case(name: "standalone yes", place: .prolog, text: #"<?xml version="1.0" encoding="UTF-8" standalone="yes"?>"#),
        Case(name: "> and ]] apart in text", place: .segment, text: "a > b ]] > c"),
    ]

    static func document(_ c: Case) -> [UInt8] {
        let declaration = #"<?xml version="1.0" encoding="UTF-8"?>"#
        if c.place == .whole { return Array(c.text.utf8) + (c.text.hasPrefix("\u{FEFF}") ? Array(body(declaration).utf8) : []) }
        let prolog = c.place == .prolog ? c.text : declaration
        let seg = c.place == .segment ? c.text : "Connect 2030"
        let attributes = c.place == .unitAttributes ? c.text : #"tuid="1""#
        let after = c.place == .afterRoot ? c.text : ""
        return Array(body(prolog, seg: seg, attributes: attributes).utf8) + Array(after.utf8)
    }

    static func body(_ prolog: String, seg: String = "Connect 2030", attributes: String = #"tuid="1""#) -> String {
        """
        \(prolog)
        <tmx version="1.4">
        <header creationtool="t" creationtoolversion="1" segtype="sentence" o-tmf="t" adminlang="en" srclang="en" datatype="plaintext"/>
        <body>
        <tu \(attributes)>
        <tuv xml:lang="en"><seg>\(seg)</seg></tuv>
        <tuv xml:lang="fr"><seg>Connect 2030</seg></tuv>
        </tu>
        </body>
        </tmx>

        """
    }

    /// xmllint's exit status and whether it printed an error, or nil when xmllint is missing.
    static func xmllint(_ bytes: [UInt8]) throws -> (status: Int32, complained: Bool)? {
        let tool = "/usr/bin/xmllint"
        guard FileManager.default.isExecutableFile(atPath: tool) else { return nil }
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("nwf-\(UUID().uuidString).tmx")
        try Data(bytes).write(to: file)
        defer { try? FileManager.default.removeItem(at: file) }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: tool)
        process.arguments = ["--noout", "--nonet", file.path]
        let errors = Pipe()
        process.standardError = errors
        try process.run()
        let text = errors.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return (process.terminationStatus, !text.isEmpty)
    }

    static func refusal(_ bytes: [UInt8]) -> FormatError? {
        do {
            _ = try TMXReader(bytes: bytes, name: "nwf.tmx").readAll()
            return nil
        } catch let error as FormatError {
            return error
        } catch {
            return nil
        }
    }

    @Test(arguments: rejected)
    func refusedAsLibxml2Does(_ c: Case) throws {
        let bytes = Self.document(c)
        let reference = try #require(try Self.xmllint(bytes), "xmllint is missing: .ci/setup --tests installs libxml2-utils")
        #expect(reference.status != 0, "xmllint accepts this case: it does not belong in the not-wf set")
        let error = try #require(Self.refusal(bytes), "accepted a document libxml2 rejects")
        #expect(error.location?.file == "nwf.tmx" && (error.location?.line ?? 0) >= 1, "\(error)")
        #expect(error.description.count < 400, "\(error)")
    }

    @Test(arguments: namespaceErrors)
    func namespaceErrorsRefused(_ c: Case) throws {
        let bytes = Self.document(c)
        let reference = try #require(try Self.xmllint(bytes))
        #expect(reference.complained, "xmllint has nothing to say about this case")
        let error = try #require(Self.refusal(bytes), "accepted a namespace error")
        #expect(error.location?.line == 6 || error.location?.line == 5, "\(error)")
    }

    @Test(arguments: accepted)
    func wellFormedAccepted(_ c: Case) throws {
        let bytes = Self.document(c)
        let reference = try #require(try Self.xmllint(bytes))
        #expect(reference.status == 0 && !reference.complained)
        let units = try TMXReader(bytes: bytes, name: "wf.tmx").readAll()
        #expect(units.units.count == 1)
    }

    @Test func undeclaredAttributePrefixIsNamedAsAnAttribute() throws {
        let c = Self.namespaceErrors[1]
        let error = try #require(Self.refusal(Self.document(c)))
        #expect(error.message.contains("the attribute x:a"), "\(error)")
    }

    @Test func leadingZerosReadAsTheCharacter() throws {
        let units = try TMXReader(bytes: Self.document(Self.accepted[0]), name: "wf.tmx").readAll().units
        #expect(units.first?.variants.first?.content.plainText == "A")
    }
}
