import Foundation
import HexaglotCore
import Testing
@testable import HexaglotFormats

/// Bad TMX: each error is one FormatError with the right code, the file and the line.
@Suite struct TMXBadInputTests {
    private func failure(_ bytes: [UInt8], name: String = "bad.tmx") -> FormatError? {
        do {
            _ = try TMXReader(bytes: bytes, name: name).readAll()
            return nil
        } catch let error as FormatError {
            return error
        } catch {
            Issue.record("not a FormatError: \(error)")
            return nil
        }
    }

    private func check(_ text: String, _ code: FormatError.Code, line: Int, column: Int? = nil, _ phrase: String,
                       sourceLocation: Testing.SourceLocation = #_sourceLocation) {
        check(Array(text.utf8), code, line: line, column: column, phrase, sourceLocation: sourceLocation)
    }

    private func check(_ bytes: [UInt8], _ code: FormatError.Code, line: Int, column: Int? = nil, _ phrase: String,
                       sourceLocation: Testing.SourceLocation = #_sourceLocation) {
        guard let e = failure(bytes) else {
            Issue.record("accepted, or failed without a FormatError", sourceLocation: sourceLocation)
            return
        }
        #expect(e.code == code, "\(e)", sourceLocation: sourceLocation)
        #expect(e.location?.file == "bad.tmx", "\(e)", sourceLocation: sourceLocation)
        #expect(e.location?.line == line, "\(e)", sourceLocation: sourceLocation)
        if let column { #expect(e.location?.column == column, "\(e)", sourceLocation: sourceLocation) }
        #expect(e.message.contains(phrase), "\(e)", sourceLocation: sourceLocation)
        #expect(e.description.hasPrefix("bad.tmx:\(line):"), sourceLocation: sourceLocation)
    }

    private let unit = """
        <tu tuid="1">
          <tuv xml:lang="en"><seg>Connect 2030</seg></tuv>
          <tuv xml:lang="fr"><seg>Connect 2030</seg></tuv>
        </tu>
        """

    @Test func truncatedInsideAUnit() {
        let text = TMXDoc.body(unit + "\n" + unit)
        // Cut in the middle of the second unit's French segment (line 11).
        let cut = text.range(of: "<seg>Connect", options: .backwards)!.upperBound
        check(String(text[..<cut]), .syntax, line: 11, "the file ends inside <seg> opened at line 11")
        let cutInTag = text.range(of: "<tuv xml:la", options: .backwards)!.upperBound
        check(String(text[..<cutInTag]), .syntax, line: 11, "the file ends in the middle of a tag, inside <tu> opened at line 9")
    }

    @Test func truncatedGoldenFile() throws {
        let bytes = try TMXGolden.bytes(TMXGolden.input)
        let cut = bytes[(bytes.count / 2)...].firstIndex(of: UInt8(ascii: ">"))! + 1
        let e = try #require(failure(Array(bytes[..<cut])))
        #expect(e.code == .syntax && e.message.contains("the file ends inside <"), "\(e)")
        #expect(e.location?.line == bytes[..<cut].filter { $0 == 0x0A }.count + 1)
    }

    @Test func aTagThatIsNoLanguageIsRefusedAndAForeignOneKept() throws {
        check(TMXDoc.body("<tu>\n<tuv xml:lang=\"english\"><seg>ITU</seg></tuv></tu>"), .syntax, line: 6,
              "unknown language \"english\"")
        check(TMXDoc.body("<tu>\n<tuv xml:lang=\"12\"><seg>ITU</seg></tuv></tu>"), .syntax, line: 6, "unknown language \"12\"")
        let units = try TMXReader(bytes: Array(TMXDoc.body("<tu><tuv xml:lang=\"pt-BR\"><seg>UIT</seg></tuv></tu>").utf8),
                                  name: "ok.tmx", chunkSize: 1 << 16).readAll().units
        #expect(units.first?.foreignVariants.map(\.tag) == ["pt-BR"])
    }

    @Test func mismatchedTags() {
        check(TMXDoc.body("<tu>\n<tuv xml:lang=\"en\"><seg>ITU\n</tuv></tu>"), .syntax, line: 7, column: 1,
              "</tuv> does not close <seg> opened at line 6")
    }

    @Test func eptWithoutBpt() {
        check(TMXDoc.body("<tu>\n<tuv xml:lang=\"en\">\n<seg>ITU <ept i=\"1\">&lt;/b&gt;</ept></seg></tuv></tu>"), .syntax, line: 7,
              column: 10, "<ept i=\"1\"> has no <bpt i=\"1\"> before it")
    }

    @Test func bptWithoutEpt() {
        check(TMXDoc.body("<tu><tuv xml:lang=\"en\">\n<seg>ITU\n<bpt i=\"4\">&lt;b&gt;</bpt></seg></tuv></tu>"), .syntax, line: 7,
              "<bpt i=\"4\"> has no <ept i=\"4\">")
    }

    @Test func undefinedEntity() {
        check(TMXDoc.body("<tu><tuv xml:lang=\"fr\">\n<seg>UIT&nbsp;2030</seg></tuv></tu>"), .syntax, line: 6, column: 9,
              "undefined entity &nbsp;")
        check(TMXDoc.body("<tu><tuv xml:lang=\"fr\"><seg>R&D</seg></tuv></tu>"), .syntax, line: 5, "a bare '&'")
        check(TMXDoc.body("<tu tuid=\"a&b;\"></tu>"), .syntax, line: 5, "undefined entity &b;")
    }

    @Test func billionLaughsIsRefused() {
        let text = """
            <?xml version="1.0"?>
            <!DOCTYPE tmx [
              <!ENTITY lol "lol">
              <!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">
              <!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">
            ]>
            <tmx version="1.4"><header/><body><tu><tuv xml:lang="en"><seg>&lol3;</seg></tuv></tu></body></tmx>
            """
        check(text, .syntax, line: 3, column: 3, "entity declarations are refused: Hexaglot never expands or fetches entities")
    }

    @Test func externalEntityIsRefused() {
        let text = """
            <?xml version="1.0"?>
            <!DOCTYPE tmx [
            <!-- a comment ] with a bracket -->
            <!ELEMENT tmx ANY>
            <!ENTITY xxe SYSTEM "file:///etc/passwd">
            ]>
            <tmx version="1.4"><header/><body><tu><tuv xml:lang="en"><seg>&xxe;</seg></tuv></tu></body></tmx>
            """
        check(text, .syntax, line: 5, "entity declarations are refused")
        let parameter = "<?xml version=\"1.0\"?>\n<!DOCTYPE tmx [\n%remote;\n]>\n<tmx/>"
        check(parameter, .syntax, line: 3, "undefined parameter entity %remote;")
    }

    @Test func aDoctypeWithOnlyAnExternalIdentifierIsAccepted() throws {
        for doctype in ["<!DOCTYPE tmx SYSTEM \"tmx14.dtd\">", "<!DOCTYPE tmx PUBLIC \"-//LISA OSCAR:1998//DTD for Translation Memory eXchange//EN\" 'tmx14.dtd'>",
                        "<!DOCTYPE tmx>", "<!DOCTYPE tmx [ <!ELEMENT tmx ANY> <?pi x?> ]>"] {
            let text = TMXDoc.body(unit, declaration: "<?xml version=\"1.0\"?>" + doctype)
            #expect(try TMXReader(data: Data(text.utf8), name: "ok.tmx").readAll().units.count == 1, "\(doctype)")
        }
    }

    @Test func invalidUTF8() {
        var bytes = Array(TMXDoc.body(unit).utf8)
        let at = bytes.firstIndex(of: UInt8(ascii: "C"))!  // "Connect" on line 6, column 27
        bytes[at] = 0xE9
        check(bytes, .encoding, line: 6, column: 27, "invalid UTF-8 (bytes 0xE9")
        // Bytes of a cut UTF-8 sequence after the root element.
        check(Array(TMXDoc.body(unit).utf8) + [0xE2, 0x82], .syntax, line: 11, "text after the end of the root element")
    }

    @Test func forbiddenCharacters() {
        check(TMXDoc.body("<tu><tuv xml:lang=\"en\"><seg>ITU\u{1}</seg></tuv></tu>"), .encoding, line: 5, column: 32, "U+0001")
        check(TMXDoc.body("<tu><tuv xml:lang=\"en\"><seg>ITU&#x1;</seg></tuv></tu>"), .encoding, line: 5, "a character reference to U+0001")
        check(TMXDoc.body("<tu><tuv xml:lang=\"en\"><seg>ITU\u{FFFF}</seg></tuv></tu>"), .encoding, line: 5, "U+FFFF")
        check(Array(TMXDoc.body("<tu>\0</tu>").utf8), .encoding, line: 5, "NUL byte")
    }

    @Test func tuvWithoutLanguage() {
        check(TMXDoc.body("<tu>\n  <tuv><seg>ITU</seg></tuv></tu>"), .syntax, line: 6, column: 3, "<tuv> without xml:lang")
        check(TMXDoc.body("<tu>\n<tuv xml:lang=\"en\">\n</tuv></tu>"), .syntax, line: 6, "has no <seg>")
        check(TMXDoc.body("<tu>\n<tuv xml:lang=\"fr-\"><seg/></tuv></tu>"), .syntax, line: 6, "malformed language tag \"fr-\"")
    }

    @Test func badDate() {
        check(TMXDoc.body("<tu>\n<tuv xml:lang=\"en\" creationdate=\"2024-13-01\"><seg/></tuv></tu>"), .syntax, line: 6,
              "creationdate=\"2024-13-01\" is not a TMX date")
        check(TMXDoc.body("<tu changedate=\"20240230T120000Z\"></tu>"), .syntax, line: 5, "changedate")
    }

    @Test func notTMX() {
        check("<?xml version=\"1.0\"?>\n<html><body/></html>", .syntax, line: 2, "not a TMX file: the root element is <html>")
        check("Connect 2030 Agenda\n", .syntax, line: 1, "text before the root element: this is not an XML file")
        check("", .syntax, line: 1, "no root element")
        check("<tmx version=\"1.4\">\n<header/>\n</tmx>", .syntax, line: 3, "<tmx> has no <body>")
    }

    @Test func malformedMarkup() {
        check(TMXDoc.body("<tu tuid=\"1\" tuid=\"2\"></tu>"), .syntax, line: 5, "attribute tuid appears twice")
        check(TMXDoc.body("<tu tuid=1></tu>"), .syntax, line: 5, "not in quotes")
        check(TMXDoc.body("<tu><tuv xml:lang=\"en\"><seg>1 < 2</seg></tuv></tu>"), .syntax, line: 5, "'<' does not start a tag")
        check(TMXDoc.body("<tu><tuv xml:lang=\"en\"><seg>Hello <b>ITU</b></seg></tuv></tu>"), .syntax, line: 5,
              "<b> in <seg>: TMX inline markup is")
        check(TMXDoc.body("<tu>stray text</tu>"), .syntax, line: 5, "text directly inside <tu>")
        check(TMXDoc.body("") + "<tmx/>", .syntax, line: 8, "a second root element")
        check(TMXDoc.body("") + "trailing", .syntax, line: 8, "text after the end of the root element")
        check(TMXDoc.body("<tu><tuv xml:lang=\"en\"><seg><it>x</it></seg></tuv></tu>"), .syntax, line: 5, "pos=\"begin\"")
        check(TMXDoc.body("<!-- never closed"), .syntax, line: 8, "a comment (<!--) that is never closed")
        check(" <?xml version=\"1.0\"?><tmx/>", .syntax, line: 1, "XML declaration")
    }

    @Test func hostileShapesAreRefused() {
        let deep = String(repeating: "<hi>", count: 300) + "x" + String(repeating: "</hi>", count: 300)
        check(TMXDoc.body("<tu><tuv xml:lang=\"en\"><seg>\(deep)</seg></tuv></tu>"), .syntax, line: 5, "nested more than 256 deep")
        let many = (1...40).map { "a\($0)=\"v\"" }.joined(separator: " ")
        check(TMXDoc.body("<tu \(many) a33=\"again\"></tu>"), .syntax, line: 5, "attribute a33 appears twice")
    }

    @Test func declaredEncodingsAreReadOrRefusedClearly() throws {
        // A legacy TMX in ISO-8859-1, declared as such, is read (libxml2 decodes it).
        let latin1 = TMXDoc.body("<tu><tuv xml:lang=\"fr\"><seg>Genève, réf.</seg></tuv></tu>",
                                 declaration: "<?xml version=\"1.0\" encoding=\"ISO-8859-1\"?>")
        let bytes = latin1.unicodeScalars.map { UInt8($0.value) }
        let units = try TMXReader(bytes: bytes, name: "latin1.tmx").readAll().units
        #expect(units.first?.variants.first?.content.plainText == "Genève, réf.")
        check(TMXDoc.body(unit, declaration: "<?xml version=\"1.0\" encoding=\"UTF-16\"?>"), .encoding, line: 1,
              "labelled UTF-16 but has UTF-8 content")
        check(TMXDoc.body(unit, declaration: "<?xml version=\"1.0\" encoding=\"X-KLINGON\"?>"), .encoding, line: 1,
              "the encoding X-KLINGON is not supported")
        guard let e = failure([0xFF, 0xFE, 0, 0, 0x3C, 0, 0, 0]) else { Issue.record("truncated UTF-32 accepted"); return }
        #expect(e.code == .encoding || e.code == .syntax, "\(e)")
    }

    @Test func unpairedSurrogateInUTF16() {
        var bytes = TMXGolden.utf16(Array(TMXDoc.body(unit).utf8), bigEndian: false)
        // Replace the "C" of the first "Connect" (line 6) with a lone high surrogate.
        let units = stride(from: 2, to: bytes.count, by: 2).first { bytes[$0] == UInt8(ascii: "C") && bytes[$0 + 1] == 0 }!
        bytes[units] = 0x00
        bytes[units + 1] = 0xD8
        check(bytes, .encoding, line: 6, column: 27, "bytes that cannot be decoded from the file's encoding (0x00 0xD8")
        // Cut in the middle of a character inside the document: refused, never read short.
        let valid = TMXGolden.utf16(Array(TMXDoc.body(unit).utf8), bigEndian: true)
        #expect(failure(Array(valid.dropLast(21))) != nil)
    }

    @Test func missingFile() {
        #expect {
            _ = try TMXReader(path: "/nonexistent/memory.tmx")
        } throws: { ($0 as? FormatError)?.code == .missingFile }
    }
}
