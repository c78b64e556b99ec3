import HexaglotText

/// The relationships of a package part (`_rels/.rels`, `word/_rels/document.xml.rels`):
/// which part each relationship id and type points to.
struct DOCXRelationships {
    struct Relationship {
        var id: String
        /// The full type URI.
        var type: String
        /// As written: relative to the source part's folder, or from the package root with `/`.
        var target: String
        var isExternal: Bool
    }

    var relationships: [Relationship] = []

    init(bytes: [UInt8], file: String?, part: String) throws {
        let tree = try DOCXXMLTree(bytes: bytes, file: file, part: part)
        for node in tree.root?.children ?? [] where node.kind == .element && node.localName == "Relationship" {
            guard let id = node.attribute("Id", namespace: ""), let type = node.attribute("Type", namespace: ""),
                  let target = node.attribute("Target", namespace: "") else { continue }
            relationships.append(Relationship(id: id, type: type, target: target,
                                              isExternal: node.attribute("TargetMode", namespace: "") == "External"))
        }
    }

    /// The target of the first internal relationship whose type ends with `suffix`.
    func target(ofType suffix: String) -> String? {
        relationships.first { !$0.isExternal && $0.type.hasSuffix(suffix) }?.target
    }

    /// The package paths of the internal targets whose type ends with one of `suffixes`, in
    /// order, resolved against the folder of `source` (`word/document.xml`).
    func parts(ofTypes suffixes: [String], from source: String) -> [(path: String, type: String)] {
        relationships.filter { r in !r.isExternal && suffixes.contains { r.type.hasSuffix($0) } }.map { r in
            (Self.resolve(r.target, from: source), String(r.type.split(separator: "/").last ?? ""))
        }
    }

    /// `word/header1.xml` for `header1.xml` from `word/document.xml`; `..` and `.` resolved.
    static func resolve(_ target: String, from source: String) -> String {
        if target.hasPrefix("/") { return String(target.dropFirst()) }
        var folder = source.split(separator: "/").dropLast().map(String.init)
        for segment in target.split(separator: "/") {
            if segment == ".." { _ = folder.popLast() } else if segment != "." { folder.append(String(segment)) }
        }
        return folder.joined(separator: "/")
    }

    /// The relationships part of `part`: `word/_rels/document.xml.rels` for `word/document.xml`.
    static func path(for part: String) -> String {
        var segments = part.split(separator: "/").map(String.init)
        let name = segments.popLast() ?? part
        return (segments + ["_rels", name + ".rels"]).joined(separator: "/")
    }
}
