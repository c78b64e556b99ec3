import Foundation

/// Reads SRX 2.0 (LISA Segmentation Rules eXchange) into ``SegmentationRules``.
///
/// Accepted: `<srx version="2.0">` (or `1.0`), with or without the SRX namespace; a
/// `<header cascade="yes|no">` (missing means yes); `<languagerule languagerulename>`
/// holding `<rule break="yes|no">` (missing means yes, as in SRX) with optional
/// `<beforebreak>` and `<afterbreak>`; `<maprules>` holding `<languagemap languagepattern
/// languagerulename>`. Elements of other namespaces (Okapi's `okpsrx:` options) and
/// `<formathandle>` are ignored. Pattern text is taken verbatim (no trimming).
enum SRXReader {
    /// Source lines of the parsed elements, for error messages.
    struct Lines {
        var languageRules: [Int] = []
        var rules: [[Int]] = []
        var languageMaps: [Int] = []
    }

    static let namespaces: Set<String> = ["", "http://www.lisa.org/srx20", "http://www.lisa.org/srx"]

    static func read(_ text: String) throws -> SegmentationRules {
        let parser = Parser(XMLReader(bytes: Array(text.utf8), file: nil))
        do {
            try parser.parse()
        } catch let e as TextError where e.code == .xmlSyntax || e.code == .xmlEncoding {
            throw TextError(.rules, "line \(e.location?.line ?? 1): malformed SRX: \(e.message)")
        }
        let rules = SegmentationRules(unchecked: parser.cascade, languageRules: parser.languageRules,
                                      languageMaps: parser.languageMaps)
        try rules.validate(lines: parser.lines)
        return rules
    }

    /// The SRX elements over the reader's tokens; elements of other namespaces are skipped.
    private final class Parser {
        let reader: XMLReader
        var cascade = true
        var languageRules: [SegmentationRules.LanguageRule] = []
        var languageMaps: [SegmentationRules.LanguageMap] = []
        var lines = Lines()

        init(_ reader: XMLReader) { self.reader = reader }

        private func fail(_ message: String) -> TextError {
            TextError(.rules, "line \(reader.line): \(message)")
        }

        private func yesNo(_ attribute: String, default d: Bool) throws -> Bool {
            guard let value = reader.attribute(attribute) else { return d }
            switch value.trimmingCharacters(in: .whitespaces).lowercased() {
            case "yes", "true": return true
            case "no", "false": return false
            default: throw fail("\(attribute)=\"\(value)\": expected yes or no")
            }
        }

        /// The SRX child elements of the element just opened, one by one, to its end tag.
        private func children(_ body: (String) throws -> Void) throws {
            while true {
                switch try reader.next() {
                case .startTag:
                    if SRXReader.namespaces.contains(reader.namespace) { try body(reader.localName) } else { try reader.skipElement() }
                case .endTag, .endOfDocument: return
                case .text: continue
                }
            }
        }

        /// The text of the element just opened (CDATA included), to its end tag.
        private func text() throws -> String {
            var out = ""
            while true {
                switch try reader.next() {
                case .text: out += reader.text()
                case .startTag: try reader.skipElement()
                case .endTag, .endOfDocument: return out
                }
            }
        }

        func parse() throws {
            guard try reader.next() == .startTag, reader.localName == "srx", SRXReader.namespaces.contains(reader.namespace) else {
                throw TextError(.rules, "line \(reader.line): not an SRX file: root element <\(reader.name)>")
            }
            if let v = reader.attribute("version"), v != "2.0", v != "1.0" {
                throw fail("unsupported SRX version \"\(v)\" (expected 2.0)")
            }
            try children { name in
                switch name {
                case "header":
                    cascade = try yesNo("cascade", default: true)
                    try reader.skipElement()
                case "body": try parseBody()
                default: throw fail("unexpected <\(name)> inside <srx>")
                }
            }
        }

        private func parseBody() throws {
            try children { name in
                switch name {
                case "languagerules":
                    try children { name in
                        guard name == "languagerule" else { throw fail("unexpected <\(name)> inside <languagerules>") }
                        try parseLanguageRule()
                    }
                case "maprules":
                    try children { name in
                        guard name == "languagemap" else { throw fail("unexpected <\(name)> inside <maprules>") }
                        guard let p = reader.attribute("languagepattern"), let n = reader.attribute("languagerulename") else {
                            throw fail("<languagemap> needs languagepattern and languagerulename")
                        }
                        languageMaps.append(.init(pattern: p, ruleName: n))
                        lines.languageMaps.append(reader.line)
                        try reader.skipElement()
                    }
                default: throw fail("unexpected <\(name)> inside <body>")
                }
            }
        }

        private func parseLanguageRule() throws {
            guard let name = reader.attribute("languagerulename") else { throw fail("<languagerule> without languagerulename") }
            languageRules.append(.init(name: name, rules: []))
            lines.languageRules.append(reader.line)
            lines.rules.append([])
            try children { element in
                guard element == "rule" else { throw fail("unexpected <\(element)> inside <languagerule>") }
                var rule = SegmentationRules.Rule(isBreak: try yesNo("break", default: true))
                lines.rules[lines.rules.count - 1].append(reader.line)
                try children { part in
                    switch part {
                    case "beforebreak": rule.beforeBreak = try text()
                    case "afterbreak": rule.afterBreak = try text()
                    default: throw fail("unexpected <\(part)> inside <rule>")
                    }
                }
                languageRules[languageRules.count - 1].rules.append(rule)
            }
        }
    }
}

extension SegmentationRules {
    /// The rules as an SRX 2.0 document.
    public func srx() -> String {
        var out = """
        <?xml version="1.0" encoding="UTF-8"?>
        <srx xmlns="http://www.lisa.org/srx20" version="2.0">
          <header segmentsubflows="yes" cascade="\(cascade ? "yes" : "no")"/>
          <body>
            <languagerules>

        """
        for lr in languageRules {
            out += "      <languagerule languagerulename=\"\(Self.escape(lr.name, attribute: true))\">\n"
            for rule in lr.rules {
                out += "        <rule break=\"\(rule.isBreak ? "yes" : "no")\">"
                if !rule.beforeBreak.isEmpty { out += "<beforebreak>\(Self.escape(rule.beforeBreak))</beforebreak>" }
                if !rule.afterBreak.isEmpty { out += "<afterbreak>\(Self.escape(rule.afterBreak))</afterbreak>" }
                out += "</rule>\n"
            }
            out += "      </languagerule>\n"
        }
        out += "    </languagerules>\n    <maprules>\n"
        for map in languageMaps {
            out += "      <languagemap languagepattern=\"\(Self.escape(map.pattern, attribute: true))\" languagerulename=\"\(Self.escape(map.ruleName, attribute: true))\"/>\n"
        }
        out += "    </maprules>\n  </body>\n</srx>\n"
        return out
    }

    static func escape(_ s: String, attribute: Bool = false) -> String {
        var out = ""
        if attribute { XMLEscaping.appendAttribute(s, to: &out) } else { XMLEscaping.appendText(s, to: &out) }
        return out
    }
}
