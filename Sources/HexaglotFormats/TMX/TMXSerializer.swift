import struct Foundation.Date
import HexaglotCore
import HexaglotText

/// TMX 1.4b markup for a header and for units, as UTF-8 bytes.
///
/// Layout: two-space indentation, one element a line, `<seg>` content exactly as the
/// content's runs (no added whitespace). Attributes of `tu` and `tuv`: the modelled ones
/// first (`tuid`, `xml:lang`, `creationid`, `creationdate`, `changeid`, `changedate`), then
/// the others sorted by name. Props before notes; `x-origin` and `x-context-pre`/`-post`
/// props first (see ``TMXReader``). Variants of the six in the unit's order, then foreign ones.
enum TMXSerializer {
    /// The XML declaration, `<tmx>`, the header and `<body>`.
    static func prologue(_ header: TMXHeader) throws -> [UInt8] {
        var out: [UInt8] = []
        append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<tmx version=\"1.4\">\n", to: &out)
        let place = "the header"
        try guarding(place) {
            var attributes = TMXHeader.requiredAttributes.map { ($0, Optional(header[required: $0])) }
            for key in header.attributes.keys.sorted() where !TMXHeader.requiredAttributes.contains(key) && key != "version" {
                attributes.append((key, header.attributes[key]))
            }
            try openTag("header", attributes, indent: 1, to: &out, place: place)
            if header.properties.isEmpty && header.notes.isEmpty {
                append("/>\n", to: &out)
            } else {
                append(">\n", to: &out)
                try appendProperties(header.properties, notes: header.notes, indent: 2, to: &out, place: place)
                append("  </header>\n", to: &out)
            }
        }
        append("  <body>\n", to: &out)
        return out
    }

    static let epilogue = Array("  </body>\n</tmx>\n".utf8)

    /// Appends `unit` as a `<tu>`; on error nothing is appended.
    static func appendUnit(_ unit: TranslationUnit, to out: inout [UInt8]) throws {
        let mark = out.count
        let label = unit.id.map { "unit \"\($0)\"" } ?? "a unit without tuid"
        do {
            try guarding(label) {
                let tuAttributes = modelled(("tuid", unit.id), unit.author, unit.created, unit.changedBy, unit.changed,
                                            extra: unit.attributes)
                try openTag("tu", tuAttributes, indent: 2, to: &out, place: label)
                append(">\n", to: &out)
                var props = unit.properties
                if let origin = unit.origin { props.insert(UnitProperty(type: "x-origin", value: origin), at: 0) }
                try appendProperties(props, notes: unit.notes, indent: 3, to: &out, place: label)
            }
            for v in unit.variants {
                let place = "\(label), \(v.language.tag) variant"
                try guarding(place) {
                    let attributes = modelled(("xml:lang", v.language.tag), v.author, v.created, v.changedBy, v.changed,
                                              extra: v.attributes)
                    var props = v.properties
                    if let next = v.next { props.insert(UnitProperty(type: "x-context-post", value: next), at: 0) }
                    if let previous = v.previous { props.insert(UnitProperty(type: "x-context-pre", value: previous), at: 0) }
                    try appendVariant(attributes, props, v.notes, v.content, to: &out, place: place)
                }
            }
            for v in unit.foreignVariants {
                let place = "\(label), \(v.tag) variant"
                try guarding(place) {
                    let attributes = modelled(("xml:lang", v.tag),
                                              v.attributes["creationid"], nil, v.attributes["changeid"], nil,
                                              rawDates: (v.attributes["creationdate"], v.attributes["changedate"]),
                                              extra: v.attributes)
                    try appendVariant(attributes, v.properties, v.notes, v.content, to: &out, place: place)
                }
            }
            append("    </tu>\n", to: &out)
        } catch {
            out.removeSubrange(mark...)
            throw error
        }
    }

    private static func appendVariant(_ attributes: [(String, String?)], _ properties: [UnitProperty], _ notes: [String],
                                      _ content: Content, to out: inout [UInt8], place: String) throws {
        try openTag("tuv", attributes, indent: 3, to: &out, place: place)
        append(">\n", to: &out)
        try appendProperties(properties, notes: notes, indent: 4, to: &out, place: place)
        append("        <seg>", to: &out)
        try TMXSegmentWriter.append(content, to: &out)
        append("</seg>\n      </tuv>\n", to: &out)
    }

    /// Attributes of a `tu` or `tuv`: the identifying one, authors and dates, then `extra`
    /// sorted by name without the keys already written.
    private static func modelled(_ first: (String, String?), _ author: String?, _ created: Date?,
                                 _ changedBy: String?, _ changed: Date?,
                                 rawDates: (String?, String?)? = nil,
                                 extra: [String: String]) -> [(String, String?)] {
        var list: [(String, String?)] = [
            first,
            ("creationid", author),
            ("creationdate", rawDates?.0 ?? created.map(TMXDate.format)),
            ("changeid", changedBy),
            ("changedate", rawDates?.1 ?? changed.map(TMXDate.format)),
        ]
        let skip: Set<String> = [first.0, "lang", "xml:lang", "creationid", "creationdate", "changeid", "changedate"]
        for key in extra.keys.sorted() where !skip.contains(key) { list.append((key, extra[key])) }
        return list
    }

    private static func appendProperties(_ properties: [UnitProperty], notes: [String], indent: Int,
                                         to out: inout [UInt8], place: String) throws {
        let pad = String(repeating: "  ", count: indent)
        for p in properties {
            append(pad, to: &out)
            try openTag("prop", [("type", p.type), ("xml:lang", p.language)], indent: 0, to: &out, place: "a <prop> of \(place)")
            append(">", to: &out)
            try XMLEscaping.appendText(p.value, to: &out)
            append("</prop>\n", to: &out)
        }
        for n in notes {
            append(pad + "<note>", to: &out)
            try XMLEscaping.appendText(n, to: &out)
            append("</note>\n", to: &out)
        }
    }

    private static func openTag(_ name: String, _ attributes: [(String, String?)], indent: Int,
                                to out: inout [UInt8], place: String) throws {
        append(String(repeating: "  ", count: indent) + "<" + name, to: &out)
        for case let (key, value?) in attributes {
            guard XMLCharacters.isName(key) else {
                throw FormatError(.syntax, "cannot write the attribute \"\(key)\" of \(place) to TMX: it is not an XML name")
            }
            append(" " + key + "=\"", to: &out)
            try XMLEscaping.appendAttribute(value, to: &out)
            out.append(UInt8(ascii: "\""))
        }
    }

    /// Runs `body`, turning a character XML cannot hold into an error naming `place`.
    private static func guarding(_ place: String, _ body: () throws -> Void) throws {
        do {
            try body()
        } catch let f as XMLEscaping.Forbidden {
            throw FormatError(.encoding, "cannot write \(f.name) in \(place) to TMX: XML 1.0 does not allow this character")
        }
    }

    private static func append(_ s: String, to out: inout [UInt8]) {
        out.append(contentsOf: s.utf8)
    }
}
