import HexaglotCore
import Testing
@testable import HexaglotText

/// The libxml2 reader: tokens, namespaces, positions, chunking, and what it refuses.
@Suite struct XMLReaderTests {
    private struct Event: Equatable {
        var token: XMLReader.Token
        var name: String
        var text: String
    }

    private func events(_ xml: String, chunk: Int = 64 << 10) throws -> [Event] {
        let bytes = Array(xml.utf8)
        var offset = 0
        let reader = XMLReader(file: "t.xml", chunkSize: chunk) { buffer in
            let n = min(buffer.count, bytes.count - offset)
            for i in 0..<n { buffer[i] = bytes[offset + i] }
            offset += n
            return n
        }
        var out: [Event] = []
        while true {
            let t = try reader.next()
            switch t {
            case .startTag, .endTag: out.append(Event(token: t, name: reader.name, text: ""))
            case .text: out.append(Event(token: t, name: "", text: reader.text()))
            case .endOfDocument: return out
            }
        }
    }

    private func refusal(_ xml: String, file: StaticString = #filePath) -> TextError? {
        refusal(Array(xml.utf8))
    }

    private func refusal(_ bytes: [UInt8], limits: XMLReader.Limits = XMLReader.Limits()) -> TextError? {
        let reader = XMLReader(bytes: bytes, file: "bad.xml", limits: limits)
        do {
            while try reader.next() != .endOfDocument {}
            return nil
        } catch let e as TextError {
            return e
        } catch {
            return nil
        }
    }

    @Test func tokensInOrderWithTextJoinedAcrossChunks() throws {
        let xml = "<?xml version=\"1.0\"?>\n<tmx><seg>Réf.: CL-19/73 &amp; Genève, 17&#160;mai</seg><br/><![CDATA[a<b]]></tmx>\n"
        for chunk in [16, 17, 64 << 10] {
            let got = try events(xml, chunk: chunk)
            #expect(got == [
                Event(token: .startTag, name: "tmx", text: ""),
                Event(token: .startTag, name: "seg", text: ""),
                Event(token: .text, name: "", text: "Réf.: CL-19/73 & Genève, 17\u{A0}mai"),
                Event(token: .endTag, name: "seg", text: ""),
                Event(token: .startTag, name: "br", text: ""),
                Event(token: .endTag, name: "br", text: ""),
                Event(token: .text, name: "", text: "a<b"),
                Event(token: .endTag, name: "tmx", text: ""),
            ], "chunk \(chunk)")
        }
    }

    @Test func attributesAreDecodedAndNamespacesResolved() throws {
        let xml = """
        <xliff xmlns="urn:oasis:names:tc:xliff:document:2.0" xmlns:mtc="urn:oasis:names:tc:xliff:matches:2.0" srcLang="fr">
        <unit id="a&amp;b &lt;c&gt; &#x4E2D;" mtc:ref="#m1" xml:lang="zh"/></xliff>
        """
        let reader = XMLReader(bytes: Array(xml.utf8), file: nil)
        #expect(try reader.next() == .startTag)
        #expect(reader.localName == "xliff" && reader.namespace == "urn:oasis:names:tc:xliff:document:2.0")
        #expect(reader.attribute("srcLang") == "fr")
        #expect(reader.attribute("mtc", namespace: XMLReader.xmlnsNamespace) == "urn:oasis:names:tc:xliff:matches:2.0")
        #expect(try reader.next() == .text)   // the line end
        #expect(try reader.next() == .startTag)
        #expect(reader.line == 2 && reader.column == 1)
        #expect(reader.attribute("id") == "a&b <c> 中")
        #expect(reader.attribute("ref", namespace: "urn:oasis:names:tc:xliff:matches:2.0") == "#m1")
        #expect(reader.attribute("lang", namespace: XMLReader.xmlNamespace) == "zh")
        #expect(reader.attribute("xml:lang") == "zh")
    }

    @Test func attributesAreReadOneByOneOrAllAndOnlyForTheirStartTag() throws {
        let xml = """
        <tmx version="1.4"><tu tuid="غ-7" creationid="Анна"><tuv xml:lang="zh-CN" x-ok='是'>文本</tuv></tu></tmx>
        """
        let reader = XMLReader(bytes: Array(xml.utf8), file: nil)
        #expect(try reader.next() == .startTag)
        #expect(try reader.next() == .startTag)
        #expect(reader.attributeCount == 2)
        #expect(reader.attributeName(at: 0) == "tuid" && reader.attributeValue(at: 0) == "غ-7")
        #expect(reader.attributeName(at: 1) == "creationid" && reader.attributeValue(at: 1) == "Анна")
        #expect(reader.attribute("creationid") == "Анна" && reader.attribute("creation") == nil && reader.attribute("tuidx") == nil)
        #expect(try reader.next() == .startTag)
        #expect(reader.attributes.map(\.name) == ["xml:lang", "x-ok"])
        #expect(reader.attributes.map(\.value) == ["zh-CN", "是"])
        #expect(reader.attributes.first?.namespace == XMLReader.xmlNamespace && reader.attributes.first?.localName == "lang")
        #expect(try reader.next() == .text)
        #expect(reader.attributeCount == 0 && reader.attributes.isEmpty && reader.attribute("xml:lang") == nil)
        #expect(try reader.next() == .endTag)
        #expect(reader.name == "tuv" && reader.attributeCount == 0)
    }

    @Test func positionsCountCharactersNotBytesAcrossLongTagsAndText() throws {
        // Tags and text longer than eight bytes, with and without non-ASCII or line feeds, so
        // that the word-at-a-time count meets every case.
        let xml = "<tmx a=\"ascii only, long enough\"><tu b=\"Москва, 北京, القاهرة\"\n  c=\"d\">"
            + "Текст на русском языке\n北京 second line</tu><seg>español, français, 中文 и русский</seg></tmx>"
        let reader = XMLReader(bytes: Array(xml.utf8), file: nil)
        #expect(try reader.next() == .startTag)
        #expect(reader.line == 1 && reader.column == 1)
        #expect(try reader.next() == .startTag)
        #expect(reader.line == 1 && reader.column == 34)
        #expect(try reader.next() == .text)
        #expect(reader.line == 2)
        #expect(try reader.next() == .endTag)
        #expect(reader.line == 3 && reader.column == 15)
        #expect(try reader.next() == .startTag)
        #expect(reader.line == 3 && reader.column == 20)
        #expect(try reader.next() == .text)
        #expect(reader.line == 3 && reader.column == 25)
        #expect(try reader.next() == .endTag)
        #expect(reader.line == 3 && reader.column == 56)
    }

    @Test func utf16WithByteOrderMarkIsRead() throws {
        let xml = "<?xml version=\"1.0\" encoding=\"UTF-16\"?><t>Москва 北京 القاهرة</t>"
        var bytes: [UInt8] = [0xFF, 0xFE]
        for unit in xml.utf16 { bytes += [UInt8(unit & 0xFF), UInt8(unit >> 8)] }
        let reader = XMLReader(bytes: bytes, file: nil)
        #expect(try reader.next() == .startTag)
        #expect(try reader.next() == .text)
        #expect(reader.text() == "Москва 北京 القاهرة")
    }

    @Test func entityDeclarationsAreRefusedBeforeAnythingIsExpanded() {
        let laughs = """
        <?xml version="1.0"?>
        <!DOCTYPE lolz [
         <!ENTITY lol "lol">
         <!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">
        ]>
        <lolz>&lol2;</lolz>
        """
        let e = refusal(laughs)
        #expect(e?.code == .xmlSyntax)
        #expect(e?.message.contains("entity declarations are refused") == true, "\(String(describing: e))")
        #expect(e?.location?.line == 3)
        let xxe = "<!DOCTYPE t [<!ENTITY xxe SYSTEM \"file:///etc/passwd\">]><t>&xxe;</t>"
        #expect(refusal(xxe)?.message.contains("entity declarations are refused") == true)
        let parameter = "<!DOCTYPE t [<!ENTITY % p SYSTEM \"http://example.invalid/x.dtd\"> %p;]><t/>"
        #expect(refusal(parameter)?.message.contains("entity declarations are refused") == true)
    }

    @Test func undefinedEntitiesAreErrorsEvenWithAnExternalSubset() {
        let e = refusal("<!DOCTYPE tmx SYSTEM \"tmx14.dtd\">\n<tmx><seg>&itu; Connect 2030 Agenda</seg></tmx>")
        #expect(e?.message.contains("undefined entity &itu;") == true, "\(String(describing: e))")
        #expect(e?.location?.line == 2)
        #expect(refusal("<t>UIT&nbsp;2030</t>")?.message.contains("undefined entity &nbsp;") == true)
        #expect(refusal("<t>R&D</t>")?.message.contains("bare '&'") == true)
    }

    @Test func malformedDocumentsAreRefusedWithTheirPlace() {
        let mismatch = refusal("<tmx>\n<tuv>\n<seg>ITU\n</tuv></tmx>")
        #expect(mismatch?.message == "</tuv> does not close <seg> opened at line 3", "\(String(describing: mismatch))")
        #expect(mismatch?.location?.line == 4)
        #expect(refusal("<t>1 < 2</t>")?.message.contains("'<' does not start a tag") == true)
        #expect(refusal("<t a=\"1\" a=\"2\"/>")?.message == "attribute a appears twice")
        #expect(refusal("")?.message.contains("no root element") == true)
        #expect(refusal("Connect 2030")?.message.contains("text before the root element") == true)
        #expect(refusal("<t/><u/>")?.message.contains("second root element") == true)
        #expect(refusal("<t/>trailing")?.message.contains("text after the end of the root element") == true)
        #expect(refusal("<t><!-- a -- b --></t>") != nil)
        #expect(refusal("<t>]]></t>") != nil)
        #expect(refusal("<?xml encoding=\"UTF-8\"?><t/>") != nil)
        #expect(refusal("<?xml version=\"1.0\" standalone=\"maybe\"?><t/>") != nil)
        #expect(refusal("<t><p:x/></t>")?.message.contains("the prefix 'p'") == true)
        let truncated = refusal("<tmx>\n<body>\n<seg>Conn")
        #expect(truncated?.message.contains("ends inside") == true || truncated?.message.contains("<seg>") == true,
                "\(String(describing: truncated))")
    }

    @Test func encodingProblemsAreEncodingErrors() {
        let bad = refusal(Array("<t>Gen".utf8) + [0xE9] + Array("ve</t>".utf8))
        #expect(bad?.code == .xmlEncoding)
        #expect(bad?.message.contains("invalid UTF-8") == true, "\(String(describing: bad))")
        #expect(refusal("<t>ITU\u{1}</t>")?.code == .xmlEncoding)
        #expect(refusal("<t>ITU&#x1;</t>")?.message.contains("U+0001") == true)
        #expect(refusal("<t>ITU&#x000000000041;</t>") == nil, "leading zeros are well-formed")
    }

    @Test func limitsBoundDepthNamesAndText() {
        let deep = String(repeating: "<a>", count: 300) + String(repeating: "</a>", count: 300)
        #expect(refusal(deep)?.message.contains("nested more than 256 deep") == true)
        let longName = String(repeating: "n", count: 2_000_000)
        let e = refusal("<\(longName)/>")
        #expect(e != nil)
        #expect((e?.description.count ?? .max) < 300, "the message quotes at most a few dozen characters")
        let text = "<t>" + String(repeating: "x", count: 5000) + "</t>"
        #expect(refusal(Array(text.utf8), limits: XMLReader.Limits(text: 4096))?.message.contains("one text longer") == true)
    }
}
