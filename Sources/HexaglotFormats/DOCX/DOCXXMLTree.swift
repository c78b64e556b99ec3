import HexaglotCore
import HexaglotText

/// One XML part of a Word package as a tree whose every node knows its bytes in the part, so
/// that what is not translated can be written back exactly.
///
/// The part is read twice: first by ``XMLReader`` (libxml2), which refuses anything not
/// well-formed, any entity declaration or unknown entity, and passes the limits, and gives
/// each start tag's resolved name and attributes; then, once known well-formed, its bytes are
/// cut into tags, text, comments and processing instructions, paired in order with the
/// reader's start tags. Text nodes hold their decoded text (the five predefined entities,
/// character references and CDATA sections).
struct DOCXXMLTree {
    struct Node {
        enum Kind { case element, text, other }
        var kind: Kind
        /// Element: the start tag's bytes; text and other: the node's bytes.
        var start: Range<Int>
        /// The end tag's bytes; nil for an empty-element tag and for text.
        var end: Range<Int>?
        var localName = ""
        var namespace = ""
        var attributes: [XMLReader.Attribute] = []
        var children: [Node] = []
        /// A text node's decoded text.
        var text = ""

        /// The whole node's bytes.
        var range: Range<Int> { start.lowerBound..<(end ?? start).upperBound }

        func attribute(_ local: String, namespace: String) -> String? {
            attributes.first { $0.localName == local && $0.namespace == namespace }?.value
        }

        /// Whether this is the element `local` of WordprocessingML (transitional or strict).
        func isW(_ local: String) -> Bool { kind == .element && localName == local && DOCXNames.isW(namespace) }

        func firstChild(w local: String) -> Node? { children.first { $0.isW(local) } }

        /// A `w:` attribute's value.
        func wAttribute(_ local: String) -> String? {
            attributes.first { $0.localName == local && DOCXNames.isW($0.namespace) }?.value
        }
    }

    let bytes: [UInt8]
    /// The top-level nodes: declaration, comments, the root element.
    let nodes: [Node]

    /// - Parameters:
    ///   - file: the package, named in errors with `part` ("letter.docx [word/document.xml]").
    init(bytes: [UInt8], file: String?, part: String) throws {
        let where_ = "\(file ?? "<input>") [\(part)]"
        if bytes.count >= 2, (bytes[0] == 0xFF && bytes[1] == 0xFE) || (bytes[0] == 0xFE && bytes[1] == 0xFF) {
            throw FormatError(.encoding, "\(where_): the part is UTF-16; Hexaglot reads Word parts in UTF-8 (save the document again in Word)")
        }
        if let bad = SourceFile.firstInvalidUTF8(bytes) {
            throw FormatError(.encoding, "\(where_): invalid UTF-8 at byte offset \(bad) of the part")
        }
        var starts: [(local: String, namespace: String, attributes: [XMLReader.Attribute])] = []
        let reader = XMLReader(bytes: bytes, file: where_)
        do {
            while true {
                let token = try reader.next()
                if token == .endOfDocument { break }
                if token == .startTag { starts.append((reader.localName, reader.namespace, reader.attributes)) }
            }
        } catch let e as TextError {
            throw FormatError(e, what: "Word part \(part)")
        }
        self.bytes = bytes
        var lexer = Lexer(bytes: bytes, starts: starts)
        self.nodes = lexer.children(until: nil)
    }

    /// The bytes of `range` as text.
    func string(_ range: Range<Int>) -> String { String(decoding: bytes[range], as: UTF8.self) }

    /// The root element.
    var root: Node? { nodes.first { $0.kind == .element } }

    /// Cuts well-formed bytes into nodes.
    private struct Lexer {
        let bytes: [UInt8]
        let starts: [(local: String, namespace: String, attributes: [XMLReader.Attribute])]
        var i = 0
        var nextStart = 0

        init(bytes: [UInt8], starts: [(local: String, namespace: String, attributes: [XMLReader.Attribute])]) {
            self.bytes = bytes
            self.starts = starts
        }

        /// Nodes up to the end tag of the current element (consumed), or to the end.
        mutating func children(until parent: Int?) -> [Node] {
            var nodes: [Node] = []
            while i < bytes.count {
                if bytes[i] != 0x3C {
                    let s = i
                    while i < bytes.count && bytes[i] != 0x3C { i += 1 }
                    var node = Node(kind: .text, start: s..<i)
                    node.text = Self.decode(bytes[s..<i])
                    nodes.append(node)
                    continue
                }
                if matches("<!--") {
                    let s = i
                    i = find("-->") + 3
                    nodes.append(Node(kind: .other, start: s..<i))
                } else if matches("<![CDATA[") {
                    let s = i
                    let e = find("]]>")
                    i = e + 3
                    var node = Node(kind: .text, start: s..<i)
                    node.text = String(decoding: bytes[(s + 9)..<e], as: UTF8.self)
                    nodes.append(node)
                } else if matches("<?") {
                    let s = i
                    i = find("?>") + 2
                    nodes.append(Node(kind: .other, start: s..<i))
                } else if matches("<!") {
                    let s = i
                    var depth = 0
                    while i < bytes.count {
                        if bytes[i] == 0x5B { depth += 1 } else if bytes[i] == 0x5D { depth -= 1 } else if bytes[i] == 0x3E && depth == 0 { break }
                        i += 1
                    }
                    i += 1
                    nodes.append(Node(kind: .other, start: s..<i))
                } else if matches("</") {
                    let s = i
                    while i < bytes.count && bytes[i] != 0x3E { i += 1 }
                    i += 1
                    if parent != nil { endTag = s..<i; return nodes }
                } else {
                    let s = i
                    var quote: UInt8 = 0
                    i += 1
                    while i < bytes.count {
                        let b = bytes[i]
                        if quote != 0 { if b == quote { quote = 0 } } else if b == 0x22 || b == 0x27 { quote = b } else if b == 0x3E { break }
                        i += 1
                    }
                    let empty = bytes[i - 1] == 0x2F
                    i += 1
                    let info = nextStart < starts.count ? starts[nextStart] : (local: "", namespace: "", attributes: [XMLReader.Attribute]())
                    nextStart += 1
                    var node = Node(kind: .element, start: s..<i, localName: info.local, namespace: info.namespace,
                                    attributes: info.attributes)
                    if !empty {
                        node.children = children(until: s)
                        node.end = endTag
                    }
                    nodes.append(node)
                }
            }
            return nodes
        }

        private var endTag: Range<Int>? = nil

        private func matches(_ s: StaticString) -> Bool {
            let n = s.utf8CodeUnitCount
            guard i + n <= bytes.count else { return false }
            return s.withUTF8Buffer { p in (0..<n).allSatisfy { bytes[i + $0] == p[$0] } }
        }

        private func find(_ s: StaticString) -> Int {
            var j = i
            let n = s.utf8CodeUnitCount
            while j + n <= bytes.count {
                if s.withUTF8Buffer({ p in (0..<n).allSatisfy { bytes[j + $0] == p[$0] } }) { return j }
                j += 1
            }
            return bytes.count - n
        }

        /// Text with its references replaced (the part is well-formed: only the predefined
        /// entities and character references can occur).
        static func decode(_ raw: ArraySlice<UInt8>) -> String {
            guard raw.contains(0x26) else { return String(decoding: raw, as: UTF8.self) }
            let s = String(decoding: raw, as: UTF8.self)
            var out = ""
            var rest = Substring(s)
            while let amp = rest.firstIndex(of: "&") {
                out += rest[..<amp]
                guard let semi = rest[amp...].firstIndex(of: ";") else { out += rest[amp...]; return out }
                let name = rest[rest.index(after: amp)..<semi]
                switch name {
                case "lt": out += "<"
                case "gt": out += ">"
                case "amp": out += "&"
                case "quot": out += "\""
                case "apos": out += "'"
                default:
                    let value = name.hasPrefix("#x") || name.hasPrefix("#X") ? UInt32(name.dropFirst(2), radix: 16)
                        : name.hasPrefix("#") ? UInt32(name.dropFirst()) : nil
                    if let value, let scalar = Unicode.Scalar(value) { out.unicodeScalars.append(scalar) } else { out += rest[amp...semi] }
                }
                rest = rest[rest.index(after: semi)...]
            }
            return out + rest
        }
    }
}
