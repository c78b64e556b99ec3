import struct Foundation.Date
import HexaglotCore

/// The structure of a TMX document over ``XMLCursor`` tokens: tmx, header, body, tu, tuv.
///
/// ``TMXReader`` documents the mapping; `<seg>` content is read by ``parseSegment()``.
final class TMXParser {
    let scanner: XMLCursor
    @exclusivity(unchecked) private var languages: [String: LanguageResolution] = [:]

    private enum LanguageResolution {
        case official(LanguageTag)
        case foreign
        case malformed
        /// Not a language tag at all (`english`, `12`): an error.
        case unknown
    }

    /// Whether an empty `<seg>` is an error (naming its line) rather than an empty variant.
    let refusesEmptySegments: Bool

    init(scanner: XMLCursor, refusesEmptySegments: Bool = false) {
        self.scanner = scanner
        self.refusesEmptySegments = refusesEmptySegments
    }

    func parse(header onHeader: ((TMXHeader) throws -> Void)?, unit: (TranslationUnit) throws -> Void) throws -> TMXHeader {
        _ = try scanner.next()
        guard scanner.name == "tmx" else {
            throw FormatError(.syntax, "not a TMX file: the root element is <\(scanner.name)>, not <tmx>", at: scanner.location())
        }
        var header = TMXHeader.empty
        header.version = scanner.attribute("version") ?? ""
        var sawHeader = false
        var sawBody = false
        try children(of: "tmx") { name in
            switch name {
            case "header" where !sawHeader && !sawBody:
                sawHeader = true
                let version = header.version
                header = try parseHeader()
                header.version = version
            case "body" where !sawBody:
                sawBody = true
                try onHeader?(header)
                try parseBody(unit)
            default:
                throw unexpected(name, in: "tmx")
            }
        }
        guard sawBody else { throw scanner.error("<tmx> has no <body>") }
        _ = try scanner.next()
        return header
    }

    // MARK: Elements

    private func parseHeader() throws -> TMXHeader {
        var header = TMXHeader.empty
        for i in 0..<scanner.attributeCount { header[required: scanner.attributeName(at: i)] = scanner.attributeValue(at: i) }
        try children(of: "header") { name in
            switch name {
            case "prop": header.properties.append(try parseProperty())
            case "note": header.notes.append(try parseText(of: "note"))
            case "ude": try scanner.skipElement()
            default: throw unexpected(name, in: "header")
            }
        }
        return header
    }

    private func parseBody(_ unit: (TranslationUnit) throws -> Void) throws {
        try children(of: "body") { name in
            guard name == "tu" else { throw unexpected(name, in: "body") }
            try unit(try parseUnit())
        }
    }

    private func parseUnit() throws -> TranslationUnit {
        var u = TranslationUnit(variants: [])
        for i in 0..<scanner.attributeCount {
            let name = scanner.attributeName(at: i), value = scanner.attributeValue(at: i)
            switch name {
            case "tuid": u.id = value
            case "creationid": u.author = value
            case "creationdate": u.created = try date(name, value)
            case "changeid": u.changedBy = value
            case "changedate": u.changed = try date(name, value)
            default: u.attributes[name] = value
            }
        }
        try children(of: "tu") { name in
            switch name {
            case "prop":
                let p = try parseProperty()
                if p.type == "x-origin", u.origin == nil { u.origin = p.value } else { u.properties.append(p) }
            case "note":
                u.notes.append(try parseText(of: "note"))
            case "tuv":
                try parseVariant(into: &u)
            default:
                throw unexpected(name, in: "tu")
            }
        }
        return u
    }

    private func parseVariant(into u: inout TranslationUnit) throws {
        let line = scanner.line, column = scanner.column
        var tag: String?
        var author: String?, created: Date?, changedBy: String?, changed: Date?
        var attributes: [String: String] = [:]
        for i in 0..<scanner.attributeCount {
            let name = scanner.attributeName(at: i), value = scanner.attributeValue(at: i)
            switch name {
            case "xml:lang": tag = value
            case "lang": if tag == nil { tag = value }
            case "creationid": author = value
            case "creationdate": created = try date(name, value)
            case "changeid": changedBy = value
            case "changedate": changed = try date(name, value)
            default: attributes[name] = value
            }
        }
        guard let tag, !tag.utf8.allSatisfy(XMLCharacters.isSpace) else {
            throw scanner.error("<tuv> without xml:lang: every variant needs a language")
        }
        let language: LanguageTag?
        switch resolve(tag) {
        case .official(let l): language = l
        case .foreign: language = nil
        case .malformed: throw scanner.error("malformed language tag \"\(tag)\" in <tuv>")
        case .unknown:
            throw scanner.error("unknown language \"\(tag)\" in <tuv>: xml:lang must be a BCP 47 tag such as fr, fr-FR, zh-Hans or de-DE")
        }
        var content: Content?
        var properties: [UnitProperty] = []
        var notes: [String] = []
        var previous: String?, next: String?
        try children(of: "tuv") { name in
            switch name {
            case "prop":
                let p = try parseProperty()
                if language != nil, p.type == "x-context-pre", previous == nil {
                    previous = p.value
                } else if language != nil, p.type == "x-context-post", next == nil {
                    next = p.value
                } else {
                    properties.append(p)
                }
            case "note":
                notes.append(try parseText(of: "note"))
            case "seg":
                if content != nil { throw scanner.error("a second <seg> in the <tuv> opened at line \(line)") }
                content = try parseSegment()
            default:
                throw unexpected(name, in: "tuv")
            }
        }
        guard let content else {
            throw scanner.error("the <tuv> (xml:lang=\"\(tag)\") has no <seg>", line: line, column: column)
        }
        if refusesEmptySegments, content.codes.isEmpty, content.plainText.allSatisfy(\.isWhitespace) {
            throw scanner.error("the <seg> of the <tuv> (xml:lang=\"\(tag)\") is empty; a memory variant needs text",
                                line: line, column: column)
        }
        if let language {
            u.variants.append(TranslationUnit.Variant(
                language: language, content: content, author: author, created: created, changedBy: changedBy,
                changed: changed, previous: previous, next: next, properties: properties, notes: notes,
                attributes: attributes))
        } else {
            attributes["creationid"] = author
            attributes["creationdate"] = created.map(TMXDate.format)
            attributes["changeid"] = changedBy
            attributes["changedate"] = changed.map(TMXDate.format)
            u.foreignVariants.append(TranslationUnit.ForeignVariant(
                tag: tag, content: content, properties: properties, notes: notes, attributes: attributes))
        }
    }

    private func parseProperty() throws -> UnitProperty {
        guard let type = scanner.attribute("type") else { throw scanner.error("<prop> without a type") }
        let language = scanner.attribute("xml:lang")
        return UnitProperty(type: type, value: try parseText(of: "prop"), language: language)
    }

    /// The text of an element that holds only text.
    private func parseText(of element: String) throws -> String {
        var text = ""
        while true {
            switch try scanner.next() {
            case .text: text += scanner.text()
            case .startTag: throw scanner.error("<\(scanner.name)> inside <\(element)>, which holds only text")
            case .endTag, .endOfDocument: return text
            }
        }
    }

    // MARK: Helpers

    /// Reads the children of the element just opened up to its end tag, handing each child
    /// element's name to `handle`, which must read that element to its end.
    func children(of element: String, _ handle: (String) throws -> Void) throws {
        while true {
            switch try scanner.next() {
            case .startTag:
                try handle(scanner.name)
            case .text:
                if !scanner.textIsWhitespace() {
                    throw scanner.error("text directly inside <\(element)> (TMX puts text in <seg>, <prop> and <note>)")
                }
            case .endTag, .endOfDocument:
                return
            }
        }
    }

    func unexpected(_ name: String, in parent: String) -> FormatError {
        scanner.error("unexpected <\(name)> in <\(parent)>")
    }

    private func date(_ name: String, _ value: String) throws -> Date {
        guard let d = TMXDate.parse(value) else {
            throw scanner.error("\(name)=\"\(value)\" is not a TMX date (YYYYMMDDThhmmssZ, e.g. 20240315T143000Z)")
        }
        return d
    }

    /// Whether the parts of a tag are BCP 47 in form: a 2–3 letter language (or `x`/`i` for a
    /// private or grandfathered tag), then subtags of 1–8 letters or digits.
    static func isLanguageTag(_ parts: [Substring]) -> Bool {
        guard let first = parts.first, first.allSatisfy({ $0.isASCII && $0.isLetter }),
              (2...3).contains(first.count) || first.lowercased() == "x" || first.lowercased() == "i" else { return false }
        return parts.dropFirst().allSatisfy { p in (1...8).contains(p.count) && p.allSatisfy { $0.isASCII && ($0.isLetter || $0.isNumber) } }
    }

    private func resolve(_ tag: String) -> LanguageResolution {
        if let known = languages[tag] { return known }
        let resolution: LanguageResolution
        if let l = try? LanguageTag(parsing: tag) {
            resolution = .official(l)
        } else {
            let parts = tag.split(separator: "-", omittingEmptySubsequences: false)
                .flatMap { $0.split(separator: "_", omittingEmptySubsequences: false) }
            let primary = parts.first.map(String.init) ?? ""
            if (try? LanguageTag(parsing: primary)) != nil {
                resolution = .malformed
            } else if TMXParser.isLanguageTag(parts) {
                // A well-formed tag of a language outside the six: kept, never matched.
                resolution = .foreign
            } else {
                resolution = .unknown
            }
        }
        if languages.count < 1024 { languages[tag] = resolution }
        return resolution
    }
}
