import Foundation
import HexaglotCore

/// Reads the `<xliff version="1.2">` element of an XLIFF 1.2 file, as ``XLIFFReader`` describes.
///
/// Namespaces are not checked: 1.2 files come with the 1.2 namespace or none.
final class XLIFF12Parser: XLIFFParserBase {
    private var document: XLIFFDocument?

    func parseDocument(version: String) throws -> XLIFFDocument {
        try elements { name in
            guard name == "file" else { return false }
            if document != nil { throw scanner.error("a second <file>: Hexaglot reads one document per XLIFF file") }
            let source = try language("source-language", of: "file")
            let target = try language("target-language", of: "file")
            let reference = try required("original", of: "file")
            document = XLIFFDocument(reference: reference, sourceLanguage: source, targetLanguage: target, version: version)
            try body()
            return true
        }
        guard let document else { throw scanner.error("the file has no <file> element", line: cursor.line, column: nil) }
        return document
    }

    private func elements(_ body: (String) throws -> Bool) throws {
        while true {
            switch try cursor.next() {
            case .startTag: if try !body(cursor.local) { try cursor.skipElement() }
            case .endTag, .endOfDocument: return
            case .text: break
            }
        }
    }

    /// `<file>` content: the `<body>` and the `<group>`s in it.
    private func body() throws {
        try elements { name in
            switch name {
            case "body", "group": try body()
            case "trans-unit": document!.units.append(try transUnit())
            default: return false
            }
            return true
        }
    }

    private func transUnit() throws -> XLIFFUnit {
        let id = try required("id", of: "trans-unit")
        let line = cursor.line, column = cursor.column
        let approved = cursor.attribute("approved") == "yes"
        var ids = InlineIDs()
        var source: Content?, target: Content?, state: String?
        var notes: [String] = []
        var candidates: [XLIFFCandidate] = []
        try elements { name in
            switch name {
            case "source": source = try inline(in: "source", ids: &ids)
            case "target":
                state = cursor.attribute("state")
                target = try inline(in: "target", ids: &ids)
            case "note": notes.append(try text(of: "note"))
            case "alt-trans":
                let quality = cursor.attribute("match-quality").map { q in Double(q.prefix { $0.isNumber || $0 == "." }) ?? 0 } ?? 0
                let origin = cursor.attribute("origin")
                var altIDs = InlineIDs()
                var altSource: Content?, altTarget: Content?
                try elements { name in
                    switch name {
                    case "source": altSource = try inline(in: "source", ids: &altIDs)
                    case "target": altTarget = try inline(in: "target", ids: &altIDs)
                    default: return false
                    }
                    return true
                }
                if let altTarget {
                    candidates.append(XLIFFCandidate(score: min(100, quality), source: altSource ?? source ?? Content(),
                                                     target: altTarget, origin: origin))
                }
            default: return false
            }
            return true
        }
        guard let source else { throw scanner.error("<trans-unit id=\"\(id)\"> has no <source>", line: line, column: column) }
        guard let number = Self.number(in: id) else {
            throw scanner.error("unknown unit id \"\(id)\": Hexaglot needs the segment number as the trans-unit id (1, 2, …)",
                                line: line, column: column)
        }
        try claim(number, id: id, line: line, column: column)
        let status = XLIFFStatus.status(v12State: state, approved: approved, targetHasText: !(target?.isEmpty ?? true))
        return XLIFFUnit(number: number, source: source, target: target, status: status, notes: notes, candidates: candidates)
    }

    private static func role(ctype: String?) -> InlineCode.Role {
        switch ctype {
        case "bold": return .strong
        case "italic": return .emphasis
        case "link", "x-link": return .link
        case "image": return .image
        case "lb": return .lineBreak
        default: return .other
        }
    }

    private func inline(in element: String, ids: inout InlineIDs) throws -> Content {
        var runs: [Run] = []
        try inline(in: element, ids: &ids, runs: &runs)
        return Content(runs)
    }

    private func inline(in element: String, ids: inout InlineIDs, runs: inout [Run]) throws {
        while true {
            switch try cursor.next() {
            case .text: runs.append(.text(scanner.text()))
            case .endTag, .endOfDocument: return
            case .startTag:
                let name = cursor.local
                let role = Self.role(ctype: cursor.attribute("ctype"))
                func id(_ key: String...) throws -> Int {
                    for k in key { if let v = cursor.attribute(k) { return ids.number(for: v) } }
                    throw scanner.error("<\(name)> without the \(key.last!) attribute")
                }
                switch name {
                case "g":
                    let n = try id("id")
                    runs.append(.code(InlineCode(id: n, kind: .open, role: role, data: "")))
                    try inline(in: "g", ids: &ids, runs: &runs)
                    runs.append(.code(InlineCode(id: n, kind: .close, role: role, data: "")))
                case "x":
                    runs.append(.code(InlineCode(id: try id("id"), kind: .placeholder, role: role, data: "", equiv: cursor.attribute("equiv-text"))))
                    try cursor.skipElement()
                case "bx", "ex":
                    runs.append(.code(InlineCode(id: try id("rid", "id"), kind: name == "bx" ? .open : .close, role: role, data: "")))
                    try cursor.skipElement()
                case "bpt", "ept":
                    let n = try id("rid", "id")
                    runs.append(.code(InlineCode(id: n, kind: name == "bpt" ? .open : .close, role: role, data: try text(of: name))))
                case "ph", "it":
                    let n = try id("id")
                    runs.append(.code(InlineCode(id: n, kind: .placeholder, role: role, data: try text(of: name))))
                case "mrk":
                    try inline(in: "mrk", ids: &ids, runs: &runs)
                default:
                    throw scanner.error("<\(scanner.name)> in <\(element)>: XLIFF 1.2 inline elements are g, x, bx, ex, bpt, ept, ph, it and mrk")
                }
            }
        }
    }
}
