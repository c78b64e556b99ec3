import HexaglotCore
import HexaglotText

/// ``XMLCursor`` seen by namespace: element and attribute names as (namespace, local name).
///
/// XLIFF files use prefixes freely (`mtc:`, `mda:`, or a default namespace on each element),
/// so readers match on the namespace URI, never on the prefix a file happens to use.
/// libxml2 resolves the names; an undeclared prefix is refused while reading.
final class XMLNamespaceCursor {
    let scanner: XMLCursor

    static let xmlNamespace = XMLReader.xmlNamespace

    init(_ scanner: XMLCursor) { self.scanner = scanner }

    /// The namespace and local name of the current start or end tag.
    var namespace: String { scanner.namespace }
    var local: String { scanner.localName }
    var line: Int { scanner.line }
    var column: Int { scanner.column }

    func next() throws -> XMLCursor.Token { try scanner.next() }

    /// The value of the current start tag's attribute `local` in `namespace` ("" for none).
    func attribute(_ local: String, namespace: String = "") -> String? {
        scanner.attribute(local, namespace: namespace)
    }

    /// The current start tag's attributes in `namespace`, by local name.
    func attributes(in namespace: String) -> [String: String] {
        var found: [String: String] = [:]
        for a in scanner.attributes where a.namespace == namespace { found[a.localName] = a.value }
        return found
    }

    /// Skips the rest of the element whose start tag was just read.
    func skipElement() throws { try scanner.skipElement() }
}
