import Foundation
import HexaglotCore
import Testing
@testable import HexaglotFormats

/// The XML cursor under the TMX, XLIFF and TBX readers: libxml2's tokens across chunk boundaries.
@Suite struct XMLCursorTests {
    private func tokens(_ text: String, chunk: Int = 1 << 20, maxRead: Int = .max) throws -> [String] {
        let scanner = XMLCursor(source: MemoryByteSource(Array(text.utf8), maxRead: maxRead), file: "t.xml", what: "XML",
                                chunkSize: chunk)
        var out: [String] = []
        while true {
            switch try scanner.next() {
            case .startTag:
                out.append("<" + ([scanner.name] + scanner.attributes.map { "\($0.name)=\($0.value)" }).joined(separator: " ") + ">")
            case .endTag:
                out.append("</\(scanner.name)>")
            case .text:
                out.append(scanner.text())
            case .endOfDocument:
                return out
            }
        }
    }

    @Test func tokensCommentsCDATAAndLineEnds() throws {
        let xml = "<?xml version='1.0' encoding='utf-8'?>\r\n<!-- c --><?pi data?>\n<a x='1 &amp; 2' y=\"l1\r\nl2\tz &#x41;\">t\r\nu\rv<![CDATA[<raw> &amp;\r\n]]><b/>&#233;&#x4E2D;</a>\n<!-- after -->\n"
        // Text and a CDATA section next to it are one text token.
        let expected = ["<a x=1 & 2 y=l1 l2 z A>", "t\nu\nv<raw> &amp;\n", "<b>", "</b>", "é中", "</a>"]
        let got = try tokens(xml)
        #expect(got == expected, "\(got.map { Array($0.unicodeScalars).map { String($0.value, radix: 16) } })")
        for maxRead in [1, 2, 3, 5, 8] {
            #expect(try tokens(xml, chunk: 16, maxRead: maxRead) == expected, "reads of \(maxRead)")
        }
    }

    @Test func aTokenLongerThanTheBufferGrowsIt() throws {
        let long = String(repeating: "Connect 2030 — 连通2030 — ", count: 5_000)
        let xml = "<a v=\"\(long)\">\(long)<!--\(long)--></a>"
        #expect(try tokens(xml, chunk: 16, maxRead: 4096) == ["<a v=\(long)>", long, "</a>"])
    }

    @Test func columnsCountCharactersAcrossChunks() throws {
        let xml = "<a>\n<b>يحدد برنامج 连通2030 &bad;</b></a>"
        for (chunk, maxRead) in [(1 << 20, Int.max), (16, 1), (32, 3)] {
            do {
                _ = try tokens(xml, chunk: chunk, maxRead: maxRead)
                Issue.record("accepted &bad;")
            } catch let e as FormatError {
                #expect(e.location == HexaglotCore.SourceLocation(file: "t.xml", line: 2, column: 23), "\(e)")
            }
        }
    }

    @Test func whitespaceOutsideTheRootIsDropped() throws {
        #expect(try tokens("\n\n  <a/>  \n") == ["<a>", "</a>"])
    }
}
