import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
import HexaglotCore

/// Turns XMLParser's failures into one ``FormatError`` with the file, line and column.
///
/// On Linux, `XMLParser.parse()` may return true after libxml2 recovered from an error, so
/// readers record the first error their delegate sees and check it, not only the return value.
enum XMLParseError {
    /// A readable reason for a libxml2 / NSXMLParser error code.
    static func reason(_ code: Int) -> String {
        switch code {
        case 4: return "the document is empty"
        case 5: return "the document ends too early, or has content after its root element"
        case 9: return "a character that XML does not allow"
        case 23, 24, 38, 39, 41: return "a malformed attribute"
        case 26: return "an undeclared entity"
        case 27, 28, 29: return "a malformed entity reference"
        case 68, 73: return "a tag is not closed with '>'"
        case 76: return "a closing tag does not match the opening tag"
        case 77: return "the document ends before an element is closed"
        case 89, 94: return "an XML declaration that is not at the very start"
        case 111: return "an entity that refers to itself"
        default: return "malformed XML (parser error \(code))"
        }
    }

    /// The error for the parser's current position.
    static func at(_ parser: XMLParser, file: String?, code: Int, what: String) -> FormatError {
        FormatError(.syntax, "malformed \(what): \(reason(code))",
                    at: SourceLocation(file: file, line: max(1, parser.lineNumber),
                                       column: parser.columnNumber > 0 ? parser.columnNumber : nil))
    }
}
