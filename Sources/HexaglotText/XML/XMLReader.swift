#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import CXML
import HexaglotCore

/// A streaming XML pull reader: libxml2's parser behind the `CXML` shim, the one XML parser
/// of Hexaglot (TMX, XLIFF, TBX, SRX).
///
/// It pulls bytes from `read` in chunks (64 KiB), so a file of any size streams through, and
/// hands out start tags (``name``, ``localName``, ``namespace``, ``attributes``), end tags (an
/// empty-element tag gives both) and text (``text()``; CDATA sections come as text, adjacent
/// pieces joined). Comments and processing instructions are skipped, as is white space
/// outside the root element. Namespaces are resolved: every name carries its URI, and a
/// prefix that is not declared is an error.
///
/// What is refused, each as one ``TextError`` (``TextError/Code/xmlSyntax`` or
/// ``TextError/Code/xmlEncoding``) naming the file, line and column, with what libxml2 found
/// put in a translator's terms (``XMLProblem``): anything not well-formed; any entity
/// declaration, general or parameter, so nothing is ever expanded ("billion laughs",
/// quadratic blowup) or fetched (external entities, XXE); a reference to any entity but the
/// five predefined ones; elements nested deeper than ``Limits/depth``, names longer than
/// ``Limits/name`` and one text longer than ``Limits/text``. No DTD is loaded, nothing is read
/// from the network, attribute defaults of an internal subset are not applied, and XInclude
/// is never processed. UTF-8 and UTF-16 (with a byte-order mark or a declaration) are read,
/// and the other encodings libxml2 knows when they are declared.
public final class XMLReader {
    public enum Token: Sendable, Equatable {
        case startTag, endTag, text, endOfDocument
    }

    /// One attribute of a start tag; namespace declarations (`xmlns`, `xmlns:p`) are attributes
    /// too, in the namespace `http://www.w3.org/2000/xmlns/`, before the others.
    public struct Attribute: Sendable, Equatable {
        /// As written: `xml:lang`, `mtc:ref`, `id`.
        public var name: String
        public var localName: String
        /// The namespace URI, or "" for an unprefixed attribute.
        public var namespace: String
        public var value: String
    }

    /// Bounds that keep a hostile document from exhausting the stack or memory.
    public struct Limits: Sendable {
        public var depth: Int
        public var name: Int
        public var text: Int
        public init(depth: Int = 256, name: Int = 1024, text: Int = 64 << 20) {
            self.depth = depth
            self.name = name
            self.text = text
        }
    }

    /// The namespace of `xml:lang` and `xml:space`.
    public static let xmlNamespace = "http://www.w3.org/XML/1998/namespace"
    /// The namespace of namespace declarations.
    public static let xmlnsNamespace = "http://www.w3.org/2000/xmlns/"

    public let file: String?
    public let limits: Limits
    /// The qualified name of the current start or end tag, as written.
    public var name: String { current.name }
    public var localName: String { current.localName }
    /// The namespace URI of the current start or end tag, or "".
    public var namespace: String { current.namespace }
    /// The attributes of the current start tag, in document order, made when asked:
    /// ``attribute(_:)`` and ``attributeCount`` with ``attributeName(at:)`` and
    /// ``attributeValue(at:)`` read one without making the others.
    public var attributes: [Attribute] {
        (0..<attributeCount).map { i in
            let x = rawAttributes![i]
            let name = names.string(x.name, x.name_length)
            return Attribute(name: name, localName: x.local == x.name ? name : names.string(x.local, x.local_length),
                             namespace: names.string(x.uri, x.uri_length), value: XMLReader.value(x))
        }
    }
    /// How many attributes the current start tag has (0 for other tokens).
    public var attributeCount: Int { current.attributeCount }
    /// Where the current token starts: the `<` of a tag, the first character of a text.
    public var line: Int { current.line }
    public var column: Int { current.column }
    /// Elements open, the current start tag's included.
    public var depth: Int { current.depth }

    // The reader is used from one thread and never re-entered: its state opts out of dynamic
    // exclusivity checks, which cost a tenth of the reading time. The public properties read
    // it through getters: another module reading a stored property directly checks every access.
    @exclusivity(unchecked) private var current = Current()
    private let handle: OpaquePointer
    private let read: (UnsafeMutableRawBufferPointer) throws -> Int
    private let chunk: UnsafeMutableRawBufferPointer
    @exclusivity(unchecked) private var textBuffer: [UInt8] = []
    /// The event libxml2 gave last; a tag waits here while the text before it is delivered.
    @exclusivity(unchecked) private var pending = hx_xml_event()
    @exclusivity(unchecked) private var hasPending = false
    /// The current text when it is one piece still in libxml2's chunk; else it is in `textBuffer`.
    @exclusivity(unchecked) private var textStart: UnsafeRawPointer?
    @exclusivity(unchecked) private var textCount = 0
    @exclusivity(unchecked) private var fedLast = false
    @exclusivity(unchecked) private var started = false
    /// The current start tag's attributes, in libxml2's event: valid until the next call of `next`.
    @exclusivity(unchecked) private var rawAttributes: UnsafePointer<hx_xml_attribute>?
    /// Open elements, for "the file ends inside <seg> opened at line 12": names as libxml2's
    /// dictionary keeps them (valid as long as the reader), so an element costs no string.
    @exclusivity(unchecked) private var open: [OpenElement] = []
    /// Names and namespace URIs read so far, so that a name met again costs no new string.
    @exclusivity(unchecked) private var names = NameCache()
    @exclusivity(unchecked) private var sawRoot = false


    /// - Parameters:
    ///   - file: names the input in errors.
    ///   - chunkSize: how many bytes each call of `read` may fill.
    ///   - read: fills the start of the buffer with the next bytes; returns how many, 0 at the end.
    public init(file: String?, limits: Limits = Limits(), chunkSize: Int = 64 << 10,
                read: @escaping (UnsafeMutableRawBufferPointer) throws -> Int) {
        self.file = file
        self.limits = limits
        self.read = read
        self.chunk = .allocate(byteCount: max(16, chunkSize), alignment: 16)
        guard let handle = hx_xml_open(nil, Int32(clamping: limits.depth), Int32(clamping: limits.name),
                                       Int64(limits.text)) else {
            fatalError("out of memory opening the XML reader")
        }
        self.handle = handle
    }

    /// A reader of bytes in memory.
    public convenience init(bytes: [UInt8], file: String?, limits: Limits = Limits()) {
        var offset = 0
        self.init(file: file, limits: limits) { buffer in
            let n = min(buffer.count, bytes.count - offset)
            if n > 0 {
                bytes.withUnsafeBytes { buffer.copyMemory(from: UnsafeRawBufferPointer(rebasing: $0[offset..<(offset + n)])) }
            }
            offset += n
            return n
        }
    }

    deinit {
        hx_xml_close(handle)
        chunk.deallocate()
    }

    /// The next token; ``Token/endOfDocument`` once the root element has ended.
    public func next() throws -> Token {
        if hasPending {
            hasPending = false
            return deliver(pending)
        }
        rawAttributes = nil
        current.attributeCount = 0
        if !textBuffer.isEmpty { textBuffer.removeAll(keepingCapacity: true) }
        textStart = nil
        textCount = 0
        var textLine = 0, textColumn = 0
        while true {
            let kind = hx_xml_next(handle, &pending)
            switch Int(kind) {
            case Int(HX_XML_NEED_INPUT):
                // Text read so far lives in the chunk that is about to be replaced: keep a copy.
                if let start = textStart {
                    textBuffer.append(contentsOf: UnsafeRawBufferPointer(start: start, count: textCount))
                    textStart = nil
                }
                try feed()
            case Int(HX_XML_TEXT):
                let piece = UnsafeRawBufferPointer(start: pending.text, count: Int(pending.text_length))
                if textStart == nil && textBuffer.isEmpty {
                    (textLine, textColumn) = (Int(pending.line), Int(pending.column))
                    textStart = piece.baseAddress
                    textCount = piece.count
                } else {
                    if let start = textStart {
                        textBuffer.append(contentsOf: UnsafeRawBufferPointer(start: start, count: textCount))
                        textStart = nil
                    }
                    textBuffer.append(contentsOf: piece)
                }
            case Int(HX_XML_START), Int(HX_XML_END):
                // A tag after text waits, as libxml2 gave it: nothing is fed before it is delivered.
                if textStart != nil || !textBuffer.isEmpty {
                    hasPending = true
                    return deliverText(line: textLine, column: textColumn)
                }
                return deliver(pending)
            case Int(HX_XML_DONE):
                if textStart != nil || !textBuffer.isEmpty { return deliverText(line: textLine, column: textColumn) }
                rawAttributes = nil
                current.attributeCount = 0
                return .endOfDocument
            default:
                throw failure()
            }
        }
    }

    /// The current text token.
    public func text() -> String {
        if let start = textStart { return String(decoding: UnsafeRawBufferPointer(start: start, count: textCount), as: UTF8.self) }
        return String(decoding: textBuffer, as: UTF8.self)
    }

    /// Whether the current text token is only spaces, tabs and line ends.
    public func textIsWhitespace() -> Bool {
        func blank(_ b: UInt8) -> Bool { b == 0x20 || b == 0x09 || b == 0x0A || b == 0x0D }
        if let start = textStart { return UnsafeRawBufferPointer(start: start, count: textCount).allSatisfy(blank) }
        return textBuffer.allSatisfy(blank)
    }

    /// The value of the current start tag's attribute named `name` as written (`xml:lang`).
    public func attribute(_ name: String) -> String? {
        for i in 0..<attributeCount where XMLReader.equal(rawAttributes![i].name, rawAttributes![i].name_length, name) {
            return XMLReader.value(rawAttributes![i])
        }
        return nil
    }

    /// The value of the current start tag's attribute `localName` in `namespace` ("" for none).
    public func attribute(_ localName: String, namespace: String) -> String? {
        for i in 0..<attributeCount {
            let x = rawAttributes![i]
            if XMLReader.equal(x.local, x.local_length, localName) && XMLReader.equal(x.uri, x.uri_length, namespace) {
                return XMLReader.value(x)
            }
        }
        return nil
    }

    /// The name, as written, of the current start tag's attribute at `index` (< ``attributeCount``).
    public func attributeName(at index: Int) -> String {
        precondition(index >= 0 && index < attributeCount, "attribute index out of range")
        return names.string(rawAttributes![index].name, rawAttributes![index].name_length)
    }

    /// The value of the current start tag's attribute at `index` (< ``attributeCount``).
    public func attributeValue(at index: Int) -> String {
        precondition(index >= 0 && index < attributeCount, "attribute index out of range")
        return XMLReader.value(rawAttributes![index])
    }

    /// Skips the rest of the element whose start tag was just read.
    public func skipElement() throws {
        let target = depth - 1
        while depth > target {
            if try next() == .endOfDocument { return }
        }
    }

    /// The place of the current token.
    public var location: SourceLocation { SourceLocation(file: file, line: line, column: column > 0 ? column : nil) }

    // MARK: Feeding libxml2

    private func feed() throws {
        precondition(!fedLast, "libxml2 asked for input after the last chunk")
        var n = try read(chunk)
        // libxml2 finds the encoding in the first four bytes: give it at least that many.
        while !started && n > 0 && n < 4 {
            let more = try read(UnsafeMutableRawBufferPointer(rebasing: chunk[n...]))
            if more == 0 { break }
            n += more
        }
        started = true
        fedLast = n == 0
        hx_xml_feed(handle, chunk.baseAddress!.assumingMemoryBound(to: CChar.self), Int32(n), fedLast ? 1 : 0)
    }

    /// Makes the tag event `e` current; its names come from the name cache, its attributes
    /// stay in the event until asked for.
    private func deliver(_ e: hx_xml_event) -> Token {
        current.line = Int(e.line)
        current.column = Int(e.column)
        current.name = names.string(e.name, e.name_length)
        current.localName = e.local == e.name ? name : names.string(e.local, e.local_length)
        current.namespace = names.string(e.uri, e.uri_length)
        if e.kind == Int32(HX_XML_END) {
            open.removeLast()
            rawAttributes = nil
            current.attributeCount = 0
            current.depth -= 1
            return .endTag
        }
        rawAttributes = e.attributes
        current.attributeCount = e.attributes == nil ? 0 : Int(e.attribute_count)
        current.depth += 1
        sawRoot = true
        open.append(OpenElement(name: e.name, length: e.name_length, line: line))
        return .startTag
    }

    /// A value of libxml2's event as a string.
    private static func value(_ x: hx_xml_attribute) -> String {
        x.value_length > 0 ? String(decoding: UnsafeRawBufferPointer(start: x.value, count: Int(x.value_length)), as: UTF8.self) : ""
    }

    /// Whether the `count` bytes at `p` are `string`'s UTF-8.
    private static func equal(_ p: UnsafePointer<CChar>?, _ count: Int32, _ string: String) -> Bool {
        var string = string
        return string.withUTF8 { s in
            guard s.count == Int(count) else { return false }
            guard let p, count > 0 else { return true }
            return memcmp(p, s.baseAddress!, s.count) == 0
        }
    }

    private func deliverText(line: Int, column: Int) -> Token {
        rawAttributes = nil
        current.attributeCount = 0
        current.line = line
        current.column = column
        return .text
    }

    private func failure() -> TextError {
        var info = hx_xml_error_info()
        hx_xml_error(handle, &info)
        let top = open.last.map { (names.string($0.name, $0.length), $0.line) }
        let problem = XMLProblem(info, limits: limits, open: top, sawRoot: sawRoot)
        let location = SourceLocation(file: file, line: max(1, Int(info.line)), column: info.column > 0 ? Int(info.column) : nil)
        return TextError(problem.isEncoding ? .xmlEncoding : .xmlSyntax, problem.message, at: location)
    }
}

/// What ``XMLReader`` says of the current token.
struct Current {
    var name = ""
    var localName = ""
    var namespace = ""
    var attributeCount = 0
    var line = 1
    var column = 1
    var depth = 0
}

/// An element open in ``XMLReader``: its qualified name in libxml2's dictionary, and its line.
struct OpenElement {
    var name: UnsafePointer<CChar>?
    var length: Int32
    var line: Int
}

/// The names of a document (a few dozen in TMX or XLIFF) as strings, found again by the
/// pointer libxml2's dictionary gives each distinct name: a small direct-mapped table, so a
/// name met again costs a pointer comparison.
struct NameCache {
    private var keys = [UnsafeRawPointer?](repeating: nil, count: 256)
    private var strings = [String](repeating: "", count: 256)

    mutating func string(_ p: UnsafePointer<CChar>?, _ n: Int32) -> String {
        guard let p, n > 0 else { return "" }
        let key = UnsafeRawPointer(p)
        let slot = Int(truncatingIfNeeded: UInt(bitPattern: key) >> 3) & 255
        if keys[slot] == key { return strings[slot] }
        let string = String(decoding: UnsafeRawBufferPointer(start: p, count: Int(n)), as: UTF8.self)
        keys[slot] = key
        strings[slot] = string
        return string
    }
}
