import HexaglotCore
import HexaglotText

/// The custom document properties of a translated Word file: `reference`, `translation-of`
/// and `language` set, so that importing the file again stores it as a translation of its
/// document (as the front matter of an exported Markdown translation does). The other
/// properties are kept as written. A package without a custom properties part gets one,
/// declared in `[Content_Types].xml` and `_rels/.rels`.
enum DOCXCustomProperties {
    static let namespace = "http://schemas.openxmlformats.org/officeDocument/2006/custom-properties"
    static let types = "http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes"
    static let relationshipType = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/custom-properties"
    static let contentType = "application/vnd.openxmlformats-officedocument.custom-properties+xml"
    /// The format ID Word gives user-defined properties.
    static let formatID = "{D5CDD505-2E9C-101B-9397-08002B2CF9AE}"

    /// The parts to replace or add for `values` (name → text).
    static func parts(_ package: DOCXPackage, values: [(String, String)], file: String) throws -> [String: [UInt8]] {
        let rootRels = try DOCXRelationships(bytes: package.bytes(of: "_rels/.rels") ?? [], file: file, part: "_rels/.rels")
        let names = Set(values.map { $0.0.lowercased() })
        var kept: [String] = []
        var pid = 1
        var result: [String: [UInt8]] = [:]
        let path: String
        if let target = rootRels.target(ofType: "/custom-properties"),
           let bytes = package.bytes(of: DOCXRelationships.resolve(target, from: "")) {
            path = DOCXRelationships.resolve(target, from: "")
            let tree = try DOCXXMLTree(bytes: bytes, file: file, part: path)
            for property in tree.root?.children ?? [] where property.kind == .element && property.localName == "property" {
                pid = max(pid, Int(property.attribute("pid", namespace: "") ?? "") ?? 1)
                if names.contains((property.attribute("name", namespace: "") ?? "").lowercased()) { continue }
                kept.append(tree.string(property.range))
            }
        } else {
            path = "docProps/custom.xml"
            result["[Content_Types].xml"] = try inserting(
                "<Override PartName=\"/\(path)\" ContentType=\"\(contentType)\"/>", before: "</Types>",
                in: package.bytes(of: "[Content_Types].xml") ?? [], file: file, part: "[Content_Types].xml")
            result["_rels/.rels"] = try inserting(
                "<Relationship Id=\"rIdHexaglotCustom\" Type=\"\(relationshipType)\" Target=\"\(path)\"/>",
                before: "</Relationships>", in: package.bytes(of: "_rels/.rels") ?? [], file: file, part: "_rels/.rels")
        }
        var xml = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n<Properties xmlns=\"\(namespace)\" xmlns:vt=\"\(types)\">"
        xml += kept.joined()
        for (name, value) in values {
            pid += 1
            var escapedName = "", escapedValue = ""
            XMLEscaping.appendAttribute(name, to: &escapedName)
            XMLEscaping.appendText(value, to: &escapedValue)
            xml += "<property fmtid=\"\(formatID)\" pid=\"\(pid)\" name=\"\(escapedName)\"><vt:lpwstr>\(escapedValue)</vt:lpwstr></property>"
        }
        xml += "</Properties>"
        result[path] = Array(xml.utf8)
        return result
    }

    /// The part's bytes with `markup` put before its last `closing` tag.
    static func inserting(_ markup: String, before closing: String, in bytes: [UInt8], file: String, part: String) throws -> [UInt8] {
        let text = String(decoding: bytes, as: UTF8.self)
        guard let at = text.range(of: closing, options: .backwards) else {
            throw FormatError(.package, "\(file) [\(part)]: no \(closing) in the part; the package is damaged")
        }
        return Array((text[..<at.lowerBound] + markup + text[at.lowerBound...]).utf8)
    }
}

import Foundation
