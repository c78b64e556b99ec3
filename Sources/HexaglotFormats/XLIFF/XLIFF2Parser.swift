import Foundation
import HexaglotCore

/// Reads the `<xliff>` element of an XLIFF 2.0/2.1 file, as ``XLIFFReader`` describes.
final class XLIFF2Parser: XLIFFParserBase {
    private let core = XLIFFWriter.core
    private var document: XLIFFDocument?

    func parseDocument(version: String) throws -> XLIFFDocument {
        let source = try language("srcLang", of: "xliff")
        let target = try language("trgLang", of: "xliff")
        var doc: XLIFFDocument?
        try children { ns, name in
            guard ns == core, name == "file" else { return false }
            if doc != nil { throw scanner.error("a second <file>: Hexaglot reads one document per XLIFF file") }
            let reference = try required("original", of: "file")
            doc = XLIFFDocument(reference: reference, sourceLanguage: source, targetLanguage: target, version: version)
            document = doc
            try parseContainer()
            doc = document
            return true
        }
        guard let doc else { throw scanner.error("the file has no <file> element", line: cursor.line, column: nil) }
        return doc
    }

    /// Calls `body` for each child element of the current element; elements it does not take
    /// (returns false for) are skipped. Text between children is ignored.
    private func children(_ body: (_ namespace: String, _ local: String) throws -> Bool) throws {
        while true {
            switch try cursor.next() {
            case .startTag:
                if try !body(cursor.namespace, cursor.local) { try cursor.skipElement() }
            case .endTag, .endOfDocument: return
            case .text: break
            }
        }
    }

    /// The content of `<file>` or `<group>`: metadata, units and nested groups.
    private func parseContainer() throws {
        try children { ns, name in
            switch (ns, name) {
            case (XLIFFWriter.metadata, "metadata"):
                try parseMetadata()
            case (core, "group"):
                try parseContainer()
            case (core, "unit"):
                document!.units.append(try parseUnit())
            default:
                return false
            }
            return true
        }
    }

    /// `<mda:metadata>`: Hexaglot's revision and fingerprint in `metaGroup category="hexaglot"`.
    private func parseMetadata() throws {
        var category: [String?] = []
        try metaChildren(&category)
    }

    private func metaChildren(_ categories: inout [String?]) throws {
        try children { ns, name in
            guard ns == XLIFFWriter.metadata else { return false }
            switch name {
            case "metaGroup":
                categories.append(cursor.attribute("category"))
                try metaChildren(&categories)
                categories.removeLast()
            case "meta":
                guard categories.last == "hexaglot" else { return false }
                let type = cursor.attribute("type")
                let line = cursor.line, column = cursor.column
                let value = try text(of: "meta").trimmingCharacters(in: .whitespacesAndNewlines)
                switch type {
                case "revision":
                    guard let n = Int(value) else {
                        throw scanner.error("the revision \"\(value)\" is not a whole number", line: line, column: column)
                    }
                    document!.revision = n
                case "fingerprint":
                    document!.fingerprint = value
                default: break
                }
            default:
                return false
            }
            return true
        }
    }

    private func parseUnit() throws -> XLIFFUnit {
        let unitID = try required("id", of: "unit")
        let line = cursor.line, column = cursor.column
        var notes: [String] = []
        var candidates: [XLIFFCandidate] = []
        var data: [String: String] = [:]
        var ids = InlineIDs()
        var segment: (id: String?, state: String?, subState: String?, source: Content, target: Content?)?
        try children { ns, name in
            switch (ns, name) {
            case (XLIFFWriter.matches, "matches"):
                try children { ns, name in
                    guard ns == XLIFFWriter.matches, name == "match" else { return false }
                    candidates.append(try parseMatch())
                    return true
                }
            case (core, "notes"):
                try children { ns, name in
                    guard ns == core, name == "note" else { return false }
                    notes.append(try text(of: "note"))
                    return true
                }
            case (core, "originalData"):
                data = try parseOriginalData()
            case (core, "segment"):
                if segment != nil {
                    throw scanner.error("<unit id=\"\(unitID)\"> has a second <segment>: Hexaglot writes one segment per unit (canResegment=\"no\"); join them before import")
                }
                let id = cursor.attribute("id"), state = cursor.attribute("state"), subState = cursor.attribute("subState")
                var source: Content?
                var target: Content?
                var sourceCodes: [InlineCode] = []
                try children { ns, name in
                    guard ns == core else { return false }
                    switch name {
                    case "source":
                        source = try parseInline(in: "source", data: data, ids: &ids, fallback: [])
                        sourceCodes = source!.codes
                    case "target":
                        target = try parseInline(in: "target", data: data, ids: &ids, fallback: sourceCodes)
                    default: return false
                    }
                    return true
                }
                guard let source else { throw scanner.error("<segment> of unit \"\(unitID)\" has no <source>") }
                segment = (id, state, subState, source, target)
            default:
                return false
            }
            return true
        }
        guard let segment else {
            throw scanner.error("<unit id=\"\(unitID)\"> has no <segment>", line: line, column: column)
        }
        guard let number = segment.id.flatMap(Self.number(in:)) ?? Self.number(in: unitID) else {
            throw scanner.error("unknown unit id \"\(unitID)\": Hexaglot's units are u1, u2, … (segment s1, s2, …); was the file made by another tool?",
                                line: line, column: column)
        }
        try claim(number, id: unitID, line: line, column: column)
        let hasText = !(segment.target?.isEmpty ?? true)
        guard let status = XLIFFStatus.status(state: segment.state, subState: segment.subState, targetHasText: hasText) else {
            throw scanner.error("unit \"\(unitID)\": state \"\(segment.state ?? "")\" is not an XLIFF 2 state (initial, translated, reviewed, final)",
                                line: line, column: column)
        }
        return XLIFFUnit(number: number, source: segment.source, target: segment.target, status: status,
                         notes: notes, candidates: candidates)
    }

    private func parseMatch() throws -> XLIFFCandidate {
        let qualityText = cursor.attribute("matchQuality")
        let origin = cursor.attribute("origin")
        let line = cursor.line, column = cursor.column
        var score = 0.0
        if let qualityText {
            guard let q = Double(qualityText), q >= 0, q <= 100 else {
                throw scanner.error("matchQuality=\"\(qualityText)\" is not a number from 0 to 100")
            }
            score = q
        }
        var data: [String: String] = [:]
        var ids = InlineIDs()
        var source: Content?, target: Content?
        try children { ns, name in
            guard ns == core else { return false }
            switch name {
            case "originalData": data = try parseOriginalData()
            case "source": source = try parseInline(in: "source", data: data, ids: &ids, fallback: [])
            case "target": target = try parseInline(in: "target", data: data, ids: &ids, fallback: source?.codes ?? [])
            default: return false
            }
            return true
        }
        guard let source, let target else {
            throw scanner.error("<mtc:match> without <source> and <target>", line: line, column: column)
        }
        return XLIFFCandidate(score: score, source: source, target: target, origin: origin)
    }

    private func parseOriginalData() throws -> [String: String] {
        var data: [String: String] = [:]
        try children { ns, name in
            guard ns == core, name == "data" else { return false }
            let id = try required("id", of: "data")
            if data[id] != nil { throw scanner.error("a second <data id=\"\(id)\">") }
            var markup = ""
            while true {
                switch try cursor.next() {
                case .text: markup += scanner.text()
                case .startTag:
                    if cursor.namespace == core, cursor.local == "cp" { markup += try codePoint() } else { try cursor.skipElement() }
                case .endTag, .endOfDocument:
                    data[id] = markup
                    return true
                }
            }
        }
        return data
    }

    /// The character of the `<cp hex>` just opened, read to its end.
    private func codePoint() throws -> String {
        let hex = try required("hex", of: "cp")
        guard hex.count <= 6, let v = UInt32(hex, radix: 16), let scalar = Unicode.Scalar(v) else {
            throw scanner.error("<cp hex=\"\(hex)\"> is not a Unicode code point")
        }
        try cursor.skipElement()
        return String(Character(scalar))
    }

    /// Source or target content: text and inline codes, up to the end of `element`.
    ///
    /// A code without `dataRef` in a target takes the data, role and attributes of the source
    /// code with the same id and kind (`fallback`), as tools that drop `dataRef` expect.
    private func parseInline(in element: String, data: [String: String], ids: inout InlineIDs,
                             fallback: [InlineCode]) throws -> Content {
        var runs: [Run] = []
        var openSC: [Int: (line: Int, column: Int)] = [:]
        try inline(in: element, data: data, ids: &ids, fallback: fallback, runs: &runs, openSC: &openSC)
        if let first = openSC.min(by: { ($0.value.line, $0.value.column) < ($1.value.line, $1.value.column) }) {
            throw scanner.error("broken inline code: <sc id=\"\(first.key)\"> has no <ec startRef=\"\(first.key)\"> in its <\(element)> (mark it isolated=\"yes\" if that is meant)",
                                line: first.value.line, column: first.value.column)
        }
        return Content(runs)
    }

    private func inline(in element: String, data: [String: String], ids: inout InlineIDs, fallback: [InlineCode],
                        runs: inout [Run], openSC: inout [Int: (line: Int, column: Int)]) throws {
        while true {
            switch try cursor.next() {
            case .text:
                runs.append(.text(scanner.text()))
            case .endTag, .endOfDocument:
                return
            case .startTag:
                guard cursor.namespace == core else {
                    try cursor.skipElement()
                    continue
                }
                let name = cursor.local
                switch name {
                case "cp":
                    runs.append(.text(try codePoint()))
                case "mrk":
                    try inline(in: "mrk", data: data, ids: &ids, fallback: fallback, runs: &runs, openSC: &openSC)
                case "sm", "em":
                    try cursor.skipElement()
                case "ph":
                    let id = ids.number(for: try required("id", of: "ph"))
                    runs.append(.code(try code(id: id, kind: .placeholder, dataRef: "dataRef", equiv: "equiv", data: data, fallback: fallback)))
                    try cursor.skipElement()
                case "pc":
                    let id = ids.number(for: try required("id", of: "pc"))
                    let open = try code(id: id, kind: .open, dataRef: "dataRefStart", equiv: "equivStart", data: data, fallback: fallback)
                    let close = try code(id: id, kind: .close, dataRef: "dataRefEnd", equiv: "equivEnd", data: data, fallback: fallback)
                    runs.append(.code(open))
                    try inline(in: "pc", data: data, ids: &ids, fallback: fallback, runs: &runs, openSC: &openSC)
                    runs.append(.code(close))
                case "sc":
                    let id = ids.number(for: try required("id", of: "sc"))
                    if cursor.attribute("isolated") != "yes" { openSC[id] = (cursor.line, cursor.column) }
                    runs.append(.code(try code(id: id, kind: .open, dataRef: "dataRef", equiv: "equiv", data: data, fallback: fallback)))
                    try cursor.skipElement()
                case "ec":
                    let id: Int
                    if cursor.attribute("isolated") == "yes" {
                        id = ids.number(for: try required("id", of: "ec"))
                    } else {
                        guard let ref = cursor.attribute("startRef") else {
                            throw scanner.error("<ec> without startRef (or isolated=\"yes\" and id)")
                        }
                        id = ids.number(for: ref)
                        guard openSC.removeValue(forKey: id) != nil else {
                            throw scanner.error("broken inline code: <ec startRef=\"\(ref)\"> has no <sc id=\"\(ref)\"> before it in its <\(element)>")
                        }
                    }
                    runs.append(.code(try code(id: id, kind: .close, dataRef: "dataRef", equiv: "equiv", data: data, fallback: fallback)))
                    try cursor.skipElement()
                default:
                    throw scanner.error("<\(scanner.name)> in <\(element)>: XLIFF 2 inline elements are cp, ph, pc, sc, ec, mrk, sm and em")
                }
            }
        }
    }

    /// The code of the inline element whose start tag is current.
    private func code(id: Int, kind: InlineCode.Kind, dataRef: String, equiv: String,
                      data: [String: String], fallback: [InlineCode]) throws -> InlineCode {
        var markup = ""
        var role = XLIFFCodes.role(type: cursor.attribute("type"), subType: cursor.attribute("subType"))
        var attributes = cursor.attributes(in: XLIFFCodes.namespace)
        if let ref = cursor.attribute(dataRef) {
            guard let d = data[ref] else {
                throw scanner.error("broken inline code: <\(scanner.name) id=\"\(cursor.attribute("id") ?? cursor.attribute("startRef") ?? "")\"> refers to \(dataRef)=\"\(ref)\", but <originalData> has no <data id=\"\(ref)\">")
            }
            markup = d
        } else if let same = fallback.first(where: { $0.id == id && $0.kind == kind }) {
            markup = same.data
            if cursor.attribute("type") == nil { role = same.role }
            if attributes.isEmpty { attributes = same.attributes }
        }
        return InlineCode(id: id, kind: kind, role: role, data: markup, equiv: cursor.attribute(equiv),
                          attributes: attributes, canDelete: cursor.attribute("canDelete") != "no")
    }
}
