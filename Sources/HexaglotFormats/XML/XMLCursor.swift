import HexaglotCore
import HexaglotText

/// ``XMLReader`` for a format reader: errors as ``FormatError`` ("malformed TMX: …"), bytes
/// from an ``XMLByteSource`` with progress reports.
///
/// TMX, XLIFF and TBX all read through it, so they refuse the same XML the same way; see
/// ``XMLReader`` for what is refused (entity declarations, undefined entities, limits).
final class XMLCursor {
    typealias Token = XMLReader.Token
    typealias Attribute = XMLReader.Attribute

    let reader: XMLReader
    /// The format named in messages: "TMX", "XLIFF", "TBX".
    let what: String

    var file: String? { reader.file }
    /// The qualified name of the current start or end tag, as written.
    var name: String { reader.name }
    var localName: String { reader.localName }
    var namespace: String { reader.namespace }
    var attributes: [Attribute] { reader.attributes }
    var attributeCount: Int { reader.attributeCount }
    var line: Int { reader.line }
    var column: Int { reader.column }
    var depth: Int { reader.depth }

    /// - Parameters:
    ///   - what: the format named in messages ("malformed TMX: …").
    ///   - progress: called after each read with the bytes read and the input's size.
    init(source: XMLByteSource, file: String?, what: String, chunkSize: Int = 1 << 20,
         progress: ((Int64, Int64) -> Void)? = nil) {
        self.what = what
        self.reader = XMLReader(file: file, chunkSize: chunkSize) { buffer in
            let n = try source.read(into: buffer)
            progress?(source.bytesConsumed, source.totalBytes)
            return n
        }
    }

    func next() throws -> Token {
        do {
            return try reader.next()
        } catch let e as TextError {
            throw FormatError(e, what: what)
        }
    }

    /// The current text token.
    func text() -> String { reader.text() }

    /// Whether the current text token is only spaces, tabs and line ends.
    func textIsWhitespace() -> Bool { reader.textIsWhitespace() }

    /// The current start tag's attribute named `name` as written (`xml:lang`, `tuid`).
    func attribute(_ name: String) -> String? { reader.attribute(name) }

    /// The name, as written, of the current start tag's attribute at `index`.
    func attributeName(at index: Int) -> String { reader.attributeName(at: index) }

    /// The value of the current start tag's attribute at `index`.
    func attributeValue(at index: Int) -> String { reader.attributeValue(at: index) }

    /// The current start tag's attribute `local` in `namespace` ("" for none).
    func attribute(_ local: String, namespace: String) -> String? { reader.attribute(local, namespace: namespace) }

    /// Skips the rest of the element whose start tag was just read.
    func skipElement() throws {
        let target = depth - 1
        while depth > target {
            if try next() == .endOfDocument { return }
        }
    }

    /// The place of the current token.
    func location() -> SourceLocation { reader.location }

    /// A syntax error at the current token: "malformed TMX: …".
    func error(_ message: String) -> FormatError {
        FormatError(.syntax, "malformed \(what): \(Quote.clippingLongWords(message, longest: 60))", at: location())
    }

    /// A syntax error at a place recorded earlier.
    func error(_ message: String, line: Int, column: Int?) -> FormatError {
        FormatError(.syntax, "malformed \(what): \(Quote.clippingLongWords(message, longest: 60))",
                    at: SourceLocation(file: file, line: line, column: column))
    }
}

extension FormatError {
    /// The XML reader's refusal as a format error: `.encoding` for bytes that are not text,
    /// `.syntax` ("malformed TMX: …") for the rest.
    init(_ e: TextError, what: String) {
        if e.code == .xmlEncoding {
            self.init(.encoding, e.message, at: e.location)
        } else {
            self.init(.syntax, "malformed \(what): \(e.message)", at: e.location)
        }
    }
}
