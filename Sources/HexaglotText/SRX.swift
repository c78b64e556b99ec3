import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif

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

    static func read(_ text: String) throws -> SegmentationRules {
        let delegate = Delegate()
        let parser = XMLParser(data: Data(text.utf8))
        parser.shouldProcessNamespaces = true
        parser.delegate = delegate
        delegate.parser = parser
        let ok = parser.parse()
        if let error = delegate.error { throw error }
        if !ok {
            let reason = parser.parserError.map { ($0 as NSError).localizedDescription } ?? "not well-formed XML"
            throw TextError(.rules, "line \(max(parser.lineNumber, 1)): malformed SRX: \(reason)")
        }
        guard delegate.sawRoot else { throw TextError(.rules, "line 1: not an SRX file: no <srx> element") }
        let rules = SegmentationRules(unchecked: delegate.cascade, languageRules: delegate.languageRules,
                                      languageMaps: delegate.languageMaps)
        try rules.validate(lines: delegate.lines)
        return rules
    }

    private final class Delegate: NSObject, XMLParserDelegate {
        weak var parser: XMLParser?
        var error: TextError?
        var sawRoot = false
        var cascade = true
        var languageRules: [SegmentationRules.LanguageRule] = []
        var languageMaps: [SegmentationRules.LanguageMap] = []
        var lines = Lines()

        private var path: [String] = []
        private var rule: SegmentationRules.Rule?
        private var buffer: String?

        private var line: Int { parser?.lineNumber ?? 0 }

        private func fail(_ message: String) {
            guard error == nil else { return }
            error = TextError(.rules, "line \(line): \(message)")
            parser?.abortParsing()
        }

        private func yesNo(_ value: String?, _ attribute: String, default d: Bool) -> Bool? {
            guard let v = value?.trimmingCharacters(in: .whitespaces).lowercased() else { return d }
            switch v {
            case "yes", "true": return true
            case "no", "false": return false
            default:
                fail("\(attribute)=\"\(value!)\": expected yes or no")
                return nil
            }
        }

        func parser(_ parser: XMLParser, didStartElement name: String, namespaceURI: String?,
                    qualifiedName: String?, attributes: [String: String] = [:]) {
            if let ns = namespaceURI, !ns.isEmpty, ns != "http://www.lisa.org/srx20", ns != "http://www.lisa.org/srx" {
                path.append("#foreign")
                return
            }
            let parent = path.last
            var pushed = name
            defer { path.append(pushed) }
            switch (parent, name) {
            case (nil, "srx"):
                sawRoot = true
                if let v = attributes["version"], v != "2.0", v != "1.0" {
                    fail("unsupported SRX version \"\(v)\" (expected 2.0)")
                }
            case (nil, _):
                fail("not an SRX file: root element <\(name)>")
            case ("srx", "header"):
                if let c = yesNo(attributes["cascade"], "cascade", default: true) { cascade = c }
            case ("srx", "body"), ("body", "languagerules"), ("body", "maprules"):
                break
            case ("header", _), ("#foreign", _):
                pushed = "#foreign"
            case ("languagerules", "languagerule"):
                languageRules.append(.init(name: attributes["languagerulename"] ?? "", rules: []))
                lines.languageRules.append(line)
                lines.rules.append([])
                if attributes["languagerulename"] == nil { fail("<languagerule> without languagerulename") }
            case ("languagerule", "rule"):
                guard let b = yesNo(attributes["break"], "break", default: true) else { return }
                rule = .init(isBreak: b)
                lines.rules[lines.rules.count - 1].append(line)
            case ("rule", "beforebreak"), ("rule", "afterbreak"):
                buffer = ""
            case ("maprules", "languagemap"):
                guard let p = attributes["languagepattern"], let n = attributes["languagerulename"] else {
                    fail("<languagemap> needs languagepattern and languagerulename")
                    return
                }
                languageMaps.append(.init(pattern: p, ruleName: n))
                lines.languageMaps.append(line)
            default:
                fail("unexpected <\(name)> inside <\(parent!)>")
            }
        }

        func parser(_ parser: XMLParser, didEndElement name: String, namespaceURI: String?, qualifiedName: String?) {
            let current = path.popLast()
            guard current != "#foreign" else { return }
            switch name {
            case "beforebreak":
                rule?.beforeBreak = buffer ?? ""
                buffer = nil
            case "afterbreak":
                rule?.afterBreak = buffer ?? ""
                buffer = nil
            case "rule":
                if let r = rule, !languageRules.isEmpty { languageRules[languageRules.count - 1].rules.append(r) }
                rule = nil
            default:
                break
            }
        }

        func parser(_ parser: XMLParser, foundCharacters string: String) {
            if buffer != nil { buffer! += string }
        }

        func parser(_ parser: XMLParser, foundCDATA CDATABlock: Data) {
            if buffer != nil { buffer! += String(decoding: CDATABlock, as: UTF8.self) }
        }

        func parser(_ parser: XMLParser, parseErrorOccurred parseError: Error) {
            guard error == nil else { return }
            error = TextError(.rules, "line \(max(parser.lineNumber, 1)): malformed SRX: \((parseError as NSError).localizedDescription)")
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
        var r = ""
        for ch in s.unicodeScalars {
            switch ch {
            case "&": r += "&amp;"
            case "<": r += "&lt;"
            case ">": r += "&gt;"
            case "\"" where attribute: r += "&quot;"
            case "\r": r += "&#13;"
            case "\t" where attribute: r += "&#9;"
            case "\n" where attribute: r += "&#10;"
            default: r.unicodeScalars.append(ch)
            }
        }
        return r
    }
}
