import Foundation
import HexaglotCore

/// Reads an XLIFF file into an ``XLIFFDocument``: XLIFF 2.0/2.1 (what ``XLIFFWriter`` writes,
/// and what CAT tools give back) and XLIFF 1.2.
///
/// XLIFF 2: one `<file>` (`original` is the reference), its Hexaglot metadata (revision,
/// fingerprint), and per `<unit>` one `<segment>` with `source`, optional `target`,
/// `state`/`subState` (``XLIFFStatus``), `<notes>`, `<mtc:matches>`; inline codes as
/// ``XLIFFCodes`` says, `<mrk>` annotations unwrapped, `<sm/>`/`<em/>` dropped, `<cp>` read
/// as its character. Elements of other namespaces (other modules, tool extensions) are skipped.
///
/// XLIFF 1.2: `<file source-language target-language original>`, `<trans-unit id>` with
/// `<source>`, `<target state>`, `<note>`, `<alt-trans match-quality origin>`; inline `<g>`
/// (a pair, data ""), `<x/>` (placeholder), `<bx/>`/`<ex/>` (open/close, paired by `rid`,
/// else `id`), `<ph>`, `<it>` (placeholders with their content as data), `<bpt>`/`<ept>`
/// (open/close, content as data), `<mrk>` unwrapped. Roles come from `ctype`
/// (`bold` → strong, `italic` → emphasis, `link`/`x-link` → link, `lb` → lineBreak).
///
/// The segment number comes from the segment id (`s12`, `12`) or else the unit id (`u12`,
/// `12`). Errors are one ``FormatError`` with the file and line: `.syntax` for malformed or
/// truncated XML, DTD entity declarations (never expanded, see ``XMLCursor``), a root that is
/// not `<xliff>`, an unsupported version, a missing attribute (`srcLang`, `trgLang`, unit
/// `id`, inline `id`), a unit id with no segment number in it, a duplicate unit, a unit of more
/// than one segment, an inline code whose `dataRef` names no `<data>` or whose `startRef`
/// names no `<sc>`, a `<sc>` never ended; `.encoding` for bytes that are not UTF-8/UTF-16;
/// `.missingFile` when the file cannot be read.
public struct XLIFFReader: Sendable {
    private enum Input: Sendable {
        case file(String)
        case bytes([UInt8], name: String?)
    }

    private let input: Input

    /// A reader of the file at `path`; throws ``FormatError/Code/missingFile`` if there is none.
    public init(path: String) throws {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
            throw FormatError(.missingFile, "\(path): no such file")
        }
        if isDirectory.boolValue { throw FormatError(.missingFile, "\(path): is a directory, not a file") }
        self.input = .file(path)
    }

    /// A reader of XLIFF in memory; `name` stands for the file in errors.
    public init(data: Data, name: String? = nil) {
        self.input = .bytes([UInt8](data), name: name)
    }

    public func read() throws -> XLIFFDocument {
        let raw: XMLByteSource
        let name: String?
        switch input {
        case .file(let path):
            raw = try FileByteSource(path: path)
            name = path
        case .bytes(let bytes, let n):
            raw = MemoryByteSource(bytes)
            name = n
        }
        let cursor = XMLNamespaceCursor(XMLCursor(source: raw, file: name, what: "XLIFF"))
        guard try cursor.next() == .startTag else { throw cursor.scanner.error("the file has no root element") }
        guard cursor.local == "xliff" else {
            throw cursor.scanner.error("the root element is <\(cursor.scanner.name)>, not <xliff>: this is not an XLIFF file")
        }
        let version = cursor.attribute("version") ?? ""
        if version.hasPrefix("2.") || cursor.namespace == XLIFFWriter.core {
            return try XLIFF2Parser(cursor).parseDocument(version: version)
        }
        if version.hasPrefix("1.") {
            return try XLIFF12Parser(cursor).parseDocument(version: version)
        }
        throw cursor.scanner.error("XLIFF version \"\(version)\" is not supported: Hexaglot reads XLIFF 1.2, 2.0 and 2.1")
    }
}

/// What the XLIFF 1.2 and 2 parsers share: languages, segment numbers, duplicate checks.
class XLIFFParserBase {
    let cursor: XMLNamespaceCursor
    var scanner: XMLCursor { cursor.scanner }
    private var unitLines: [Int: (id: String, line: Int)] = [:]

    init(_ cursor: XMLNamespaceCursor) { self.cursor = cursor }

    func required(_ attribute: String, of element: String) throws -> String {
        guard let value = cursor.attribute(attribute), !value.isEmpty else {
            throw scanner.error("<\(element)> without the \(attribute) attribute")
        }
        return value
    }

    func language(_ attribute: String, of element: String) throws -> LanguageTag {
        let text = try required(attribute, of: element)
        do {
            return try LanguageTag(parsing: text)
        } catch let e as CoreError {
            throw scanner.error("\(attribute)=\"\(text)\": \(e.message)")
        }
    }

    /// The segment number in an id such as `s12`, `u12`, `tu12` or `12` (`s0`: the title).
    static func number(in id: String) -> Int? {
        let digits = id.drop { !$0.isASCII || !$0.isNumber }
        guard !digits.isEmpty, id.prefix(id.count - digits.count).allSatisfy({ $0.isLetter }),
              digits.allSatisfy({ $0.isASCII && $0.isNumber }), digits.count <= 9,
              let n = Int(digits), n >= 0 else { return nil }
        return n
    }

    /// Checks that `number` (from `id`, at `line`) is new.
    func claim(_ number: Int, id: String, line: Int, column: Int) throws {
        if let first = unitLines[number] {
            throw scanner.error("duplicate unit id \"\(id)\": segment \(number) is already unit \"\(first.id)\" at line \(first.line)",
                                line: line, column: column)
        }
        unitLines[number] = (id, line)
    }

    /// Reads text up to the end of the current element; child elements are skipped.
    func text(of element: String) throws -> String {
        var s = ""
        while true {
            switch try cursor.next() {
            case .text: s += scanner.text()
            case .startTag: try cursor.skipElement()
            case .endTag, .endOfDocument: return s
            }
        }
    }

    /// Numbers for inline ids within one unit: decimal ids keep their value, others get fresh ones.
    struct InlineIDs {
        private var assigned: [String: Int] = [:]
        private var nextFree = 1_000_000

        mutating func number(for id: String) -> Int {
            if let n = XLIFFCodes.number(id) { return n }
            if let n = assigned[id] { return n }
            nextFree += 1
            assigned[id] = nextFree
            return nextFree
        }
    }
}
