import HexaglotCore

/// ``XMLScanner`` with namespaces resolved: element and attribute names as (namespace, local name).
///
/// XLIFF files use prefixes freely (`mtc:`, `mda:`, or a default namespace on each element),
/// so readers match on the namespace URI, never on the prefix a file happens to use.
/// Unprefixed attributes have no namespace; the `xml` prefix is predeclared.
final class XMLNamespaceCursor {
    let scanner: XMLScanner
    /// The namespace and local name of the current start or end tag.
    private(set) var namespace = ""
    private(set) var local = ""
    private var scopes: [[String: String]] = [["xml": "http://www.w3.org/XML/1998/namespace"]]

    static let xmlNamespace = "http://www.w3.org/XML/1998/namespace"

    init(_ scanner: XMLScanner) { self.scanner = scanner }

    var line: Int { scanner.line }
    var column: Int { scanner.column }

    func next() throws -> XMLScanner.Token {
        let token = try scanner.next()
        switch token {
        case .startTag:
            var scope = scopes.last!
            for a in scanner.attributes {
                if a.name == "xmlns" { scope[""] = a.value }
                else if a.name.hasPrefix("xmlns:") { scope[String(a.name.dropFirst(6))] = a.value }
            }
            scopes.append(scope)
            (namespace, local) = try resolve(scanner.name, element: true)
        case .endTag:
            (namespace, local) = try resolve(scanner.name, element: true)
            scopes.removeLast()
        default: break
        }
        return token
    }

    /// The value of the current start tag's attribute `local` in `namespace` ("" for none).
    func attribute(_ local: String, namespace: String = "") -> String? {
        for a in scanner.attributes {
            guard let (ns, name) = try? resolve(a.name, element: false) else { continue }
            if name == local && ns == namespace { return a.value }
        }
        return nil
    }

    /// The current start tag's attributes in `namespace`, by local name.
    func attributes(in namespace: String) -> [String: String] {
        var found: [String: String] = [:]
        for a in scanner.attributes where a.name.contains(":") && !a.name.hasPrefix("xmlns:") {
            if let (ns, name) = try? resolve(a.name, element: false), ns == namespace { found[name] = a.value }
        }
        return found
    }

    /// Skips the rest of the element whose start tag was just read.
    func skipElement() throws {
        var depth = 1
        while depth > 0 {
            switch try next() {
            case .startTag: depth += 1
            case .endTag: depth -= 1
            case .endOfDocument: return
            case .text: break
            }
        }
    }

    private func resolve(_ name: String, element: Bool) throws -> (String, String) {
        guard let colon = name.firstIndex(of: ":") else {
            return (element ? scopes.last![""] ?? "" : "", name)
        }
        let prefix = String(name[..<colon])
        guard let uri = scopes.last![prefix] else {
            throw scanner.error("the prefix '\(prefix)' of <\(name)> is not declared (xmlns:\(prefix)=\"…\" is missing)")
        }
        return (uri, String(name[name.index(after: colon)...]))
    }
}
