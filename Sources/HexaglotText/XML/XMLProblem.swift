import CXML
import HexaglotCore

/// What libxml2 (or the reader's own limits) refused, in a translator's terms.
///
/// One table from libxml2's error codes to messages; a code not in it keeps libxml2's own
/// message. Every name or value quoted from the document is cut to ``quoteLimit`` characters,
/// so a 2 MB element name never fills a terminal.
struct XMLProblem {
    let message: String
    let isEncoding: Bool

    /// The most characters of a name or value a message quotes.
    static let quoteLimit = 40

    /// - Parameters:
    ///   - open: the innermost element open where the error was found, with its line.
    ///   - sawRoot: whether the root element had started.
    init(_ info: hx_xml_error_info, limits: XMLReader.Limits, open: (name: String, line: Int)?, sawRoot: Bool) {
        let first = Self.quote(info.first)
        let second = Self.quote(info.second)
        let context = info.context.map { String(cString: $0) } ?? ""
        let original = Quote.clipped(info.message.map { String(cString: $0) } ?? "", limit: 160)
        let startsMarkup = context.drop { $0 == " " || $0 == "\t" }.hasPrefix("<")
        let blankContext = context.allSatisfy { $0 == " " || $0 == "\t" || $0 == "\n" || $0 == "\r" }
        var encoding = false
        let text: String
        switch Int(info.code) {
        case Int(HX_XML_ERR_ENTITY_DECLARATION):
            text = "entity declarations are refused: Hexaglot never expands or fetches entities (<!ENTITY \(first)>)"
        case Int(HX_XML_ERR_TOO_DEEP):
            text = "elements nested more than \(limits.depth) deep (at <\(first)>)"
        case Int(HX_XML_ERR_NAME_TOO_LONG):
            text = "a name longer than \(limits.name) bytes"
        case Int(HX_XML_ERR_TEXT_TOO_LONG):
            text = "one text longer than \(limits.text >> 20) MiB"
        case Int(HX_XML_ERR_OUT_OF_MEMORY):
            text = "out of memory"
        case 4, 5, 77, Int(HX_XML_ERR_NOT_WELL_FORMED), Int(HX_XML_ERR_TRUNCATED):
            // XML_ERR_DOCUMENT_EMPTY, XML_ERR_DOCUMENT_END, XML_ERR_TAG_NOT_FINISHED: libxml2
            // uses them for a file that ends early as well as for content outside the root.
            if !sawRoot {
                text = blankContext ? "the file has no root element: it is empty or not XML"
                                    : "text before the root element: this is not an XML file"
            } else if let open {
                let truncatedInTag = Int(info.code) == Int(HX_XML_ERR_TRUNCATED) && info.number != 0
                let inTag = startsMarkup || truncatedInTag ? "in the middle of a tag, " : ""
                text = "the file ends \(inTag)inside <\(Quote.clipped(open.name, limit: Self.quoteLimit))> opened at line \(open.line): it is truncated, or an end tag is missing"
            } else if Int(info.code) == 5 {
                text = startsMarkup ? "a second root element after the end of the root element"
                                    : "text after the end of the root element"
            } else {
                text = original.isEmpty ? "not well-formed XML" : original
            }
        case 26 where original.contains("PEReference"), 27 where original.contains("PEReference"):
            text = "undefined parameter entity %\(first);: parameter-entity references are refused (nothing is ever fetched)"
        case 26, 27: // XML_ERR_UNDECLARED_ENTITY, XML_WAR_UNDECLARED_ENTITY
            text = "undefined entity &\(first);: only &lt; &gt; &amp; &quot; &apos; and numeric character references are allowed"
        case 22, 23: // XML_ERR_ENTITYREF_NO_NAME, XML_ERR_ENTITYREF_SEMICOL_MISSING
            text = "a bare '&' that starts no reference (write &amp; for a literal '&')"
        case 68 where original.contains("EntityRef"), 68 where original.contains("xmlParseEntityRef"):
            text = "a bare '&' that starts no reference (write &amp; for a literal '&')"
        case 68 where original.contains("StartTag"), 72:
            text = "'<' does not start a tag (write &lt; for a literal '<')"
        case 76: // XML_ERR_TAG_NAME_MISMATCH: str1 the open element, int1 its line, str2 the end tag
            text = "</\(second)> does not close <\(first)> opened at line \(info.number)"
        case 42: // XML_ERR_ATTRIBUTE_REDEFINED
            text = "attribute \(first) appears twice"
        case 203: // XML_NS_ERR_ATTRIBUTE_REDEFINED
            text = "attribute \(first) appears twice (under two prefixes of one namespace)"
        case 39, 41: // XML_ERR_ATTRIBUTE_NOT_STARTED, XML_ERR_ATTRIBUTE_WITHOUT_VALUE
            text = "an attribute value that is not in quotes"
        case 38: // XML_ERR_LT_IN_ATTRIBUTE
            text = "'<' inside an attribute value (write &lt;)"
        case 45: // XML_ERR_COMMENT_NOT_FINISHED
            text = "a comment (<!--) that is never closed"
        case 80: // XML_ERR_HYPHEN_IN_COMMENT
            text = "'--' inside a comment"
        case 62: // XML_ERR_MISPLACED_CDATA_END
            text = "']]>' in text (write ]]&gt;)"
        case 63: // XML_ERR_CDATA_NOT_FINISHED
            text = "a CDATA section that is never closed"
        case 61: // XML_ERR_DOCTYPE_NOT_FINISHED
            text = "a DOCTYPE that is never closed or holds a malformed declaration"
        case 64: // XML_ERR_RESERVED_XML_NAME
            text = "the XML declaration (<?xml …?>) must be the very first thing in the file"
        case 96: // XML_ERR_VERSION_MISSING
            text = "the XML declaration has no version"
        case 78: // XML_ERR_STANDALONE_VALUE
            text = "standalone in the XML declaration must be \"yes\" or \"no\""
        case 89: // XML_ERR_ENTITY_LOOP
            text = "an entity that refers to itself (entity loop)"
        case 201 where original.contains(" for "): // on an attribute: str2 is the attribute's local name
            text = "the prefix '\(first)' of the attribute \(first):\(second) is not declared (xmlns:\(first)=\"…\" is missing)"
        case 201: // XML_NS_ERR_UNDEFINED_NAMESPACE: str1 the prefix, str2 the local name
            text = "the prefix '\(first)' of <\(first):\(second)> is not declared (xmlns:\(first)=\"…\" is missing)"
        case 9, 6, 7, 8: // XML_ERR_INVALID_CHAR and character references to forbidden characters
            encoding = true
            let value = Int(info.number)
            if original.contains("UTF-8"), let bytes = original.range(of: "Bytes:") {
                text = "invalid UTF-8 (bytes \(original[bytes.upperBound...].trimmingSpaces())): convert the file to UTF-8 or declare its encoding"
            } else if original.contains("CharRef") {
                text = "a character reference to \(Self.codePoint(value)), which XML does not allow"
            } else if value == 0 {
                text = "a NUL byte, which XML does not allow"
            } else if value > 0 {
                text = "the character \(Self.codePoint(value)), which XML does not allow"
            } else {
                text = original
            }
        case 81: // XML_ERR_INVALID_ENCODING: "Input is not proper UTF-8 … Bytes: 0xE9 0x20 …"
            encoding = true
            if let bytes = original.range(of: "Bytes:") {
                text = "invalid UTF-8 (bytes \(original[bytes.upperBound...].trimmingSpaces())): convert the file to UTF-8 or declare its encoding"
            } else {
                text = "invalid text in the declared encoding: \(original)"
            }
        case Int(HX_XML_ERR_CONVERSION):
            // libxml2 says "input conversion failed due to input error, bytes 0x00 0xD8 0x6F 0x00".
            encoding = true
            let bytes = original.split(separator: " ").drop { !$0.hasPrefix("0x") }.prefix { $0.hasPrefix("0x") }
            let shown = bytes.isEmpty ? "" : " (" + bytes.joined(separator: " ") + ")"
            text = "bytes that cannot be decoded from the file's encoding\(shown): an unpaired UTF-16 surrogate, or a damaged file"
        case 31, 32: // XML_ERR_UNKNOWN_ENCODING, XML_ERR_UNSUPPORTED_ENCODING
            encoding = true
            text = "the encoding \(first.isEmpty ? "declared" : first) is not supported: convert the file to UTF-8"
        case 110: // XML_ERR_NAME_TOO_LONG
            text = "a name longer than \(limits.name) bytes"
        case 1 where original.contains("depth"):
            text = "elements nested more than \(limits.depth) deep"
        default:
            text = original.isEmpty ? "not well-formed XML" : original
        }
        message = text
        isEncoding = encoding
    }

    private static func codePoint(_ value: Int) -> String {
        let hex = String(value, radix: 16, uppercase: true)
        return "U+" + String(repeating: "0", count: max(0, 4 - hex.count)) + hex
    }

    private static func quote(_ p: UnsafePointer<CChar>?) -> String {
        Quote.clipped(p.map { String(cString: $0) } ?? "", limit: quoteLimit)
    }

}

private extension Substring {
    func trimmingSpaces() -> Substring {
        var s = self
        while s.first == " " { s = s.dropFirst() }
        while s.last == " " { s = s.dropLast() }
        return s
    }
}
