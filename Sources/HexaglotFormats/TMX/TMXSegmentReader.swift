import HexaglotCore
import HexaglotText

/// Reading `<seg>` content into ``Content``: text runs and inline codes, as ``TMXInlineCodes``
/// describes.
extension TMXParser {
    /// What decides a code's id once the whole segment is read.
    private enum IDSource {
        /// A `bpt` or `ept`, by its `i`.
        case pair(String)
        /// Any other code, by its `x` when it has one.
        case x(String?)
        /// A `hi` open code (by `x`), or its close code (the id of the innermost open `hi`).
        case hiOpen(String?)
        case hiClose
    }

    private enum PendingRun {
        case text(String)
        case code(InlineCode, IDSource)
    }

    /// Pairing state of one segment's `bpt`/`ept`.
    private struct Pairs {
        /// Open `bpt`s by `i`: role and line.
        var open: [String: (role: InlineCode.Role, line: Int, column: Int)] = [:]
        var seen: Set<String> = []
    }

    /// Reads the content of the `<seg>` just opened, up to its end tag.
    func parseSegment() throws -> Content {
        var runs: [PendingRun] = []
        var pairs = Pairs()
        try parseMixed(in: "seg", into: &runs, pairs: &pairs)
        if let first = pairs.open.min(by: { ($0.value.line, $0.value.column) < ($1.value.line, $1.value.column) }) {
            let (i, open) = (first.key, first.value)
            throw scanner.error("<bpt i=\"\(i)\"> has no <ept i=\"\(i)\"> in its <seg> (a code without its partner is written <it>)",
                                line: open.line, column: open.column)
        }
        if runs.count == 1, case .text(let t) = runs[0] { return Content(text: t) }
        return Content(assignIDs(runs))
    }

    /// Text and inline elements up to the end of `element` (`seg` or `hi`).
    private func parseMixed(in element: String, into runs: inout [PendingRun], pairs: inout Pairs) throws {
        while true {
            switch try scanner.next() {
            case .text:
                runs.append(.text(scanner.text()))
            case .endTag, .endOfDocument:
                return
            case .startTag:
                let name = scanner.name
                switch name {
                case "bpt", "ept", "it", "ph", "ut":
                    runs.append(try parseCode(name, pairs: &pairs))
                case "hi":
                    var attributes = [TMXInlineCodes.elementKey: "hi"]
                    for i in 0..<scanner.attributeCount {
                        let name = scanner.attributeName(at: i)
                        if name == "x" || name == "type" { attributes[name] = scanner.attributeValue(at: i) }
                    }
                    let role = TMXInlineCodes.role(forType: attributes["type"])
                    runs.append(.code(InlineCode(id: 0, kind: .open, role: role, data: "", attributes: attributes),
                                      .hiOpen(attributes["x"])))
                    try parseMixed(in: "hi", into: &runs, pairs: &pairs)
                    runs.append(.code(InlineCode(id: 0, kind: .close, role: role, data: "",
                                                 attributes: [TMXInlineCodes.elementKey: "hi"]), .hiClose))
                case "sub":
                    throw scanner.error("<sub> directly in <\(element)>: it belongs inside bpt, ept, it, ph or ut")
                default:
                    throw scanner.error("<\(name)> in <\(element)>: TMX inline markup is bpt, ept, it, ph, hi and ut (write &lt; for a literal '<')")
                }
            }
        }
    }

    /// A `bpt`, `ept`, `it`, `ph` or `ut` element just opened, read to its end.
    private func parseCode(_ name: String, pairs: inout Pairs) throws -> PendingRun {
        var attributes = [TMXInlineCodes.elementKey: name]
        for i in 0..<scanner.attributeCount {
            let name = scanner.attributeName(at: i)
            if TMXInlineCodes.keptAttributes.contains(name) { attributes[name] = scanner.attributeValue(at: i) }
        }
        var role = TMXInlineCodes.role(forType: attributes["type"])
        let kind: InlineCode.Kind
        let source: IDSource
        switch name {
        case "bpt", "ept":
            guard let i = attributes["i"] else { throw scanner.error("<\(name)> without the attribute i that pairs it") }
            source = .pair(i)
            if name == "bpt" {
                guard pairs.seen.insert(i).inserted else { throw scanner.error("a second <bpt i=\"\(i)\"> in the same <seg>") }
                pairs.open[i] = (role, scanner.line, scanner.column)
                kind = .open
            } else {
                guard let open = pairs.open.removeValue(forKey: i) else {
                    throw scanner.error("<ept i=\"\(i)\"> has no <bpt i=\"\(i)\"> before it in its <seg> (a code without its partner is written <it>)")
                }
                role = open.role
                kind = .close
            }
        case "it":
            switch attributes["pos"] {
            case "begin": kind = .open
            case "end": kind = .close
            default: throw scanner.error("<it> needs pos=\"begin\" or pos=\"end\"")
            }
            source = .x(attributes["x"])
        default:
            kind = .placeholder
            source = .x(attributes["x"])
        }
        var data = ""
        var inner: String?
        while true {
            switch try scanner.next() {
            case .text:
                let t = scanner.text()
                data += t
                if inner != nil { XMLEscaping.appendText(t, to: &inner!) }
            case .startTag where scanner.name == "sub":
                if inner == nil {
                    inner = ""
                    XMLEscaping.appendText(data, to: &inner!)
                }
                try copyElement(data: &data, xml: &inner!)
            case .startTag:
                throw scanner.error("<\(scanner.name)> inside <\(name)>, which holds native code and <sub> only")
            case .endTag, .endOfDocument:
                if let inner { attributes[TMXInlineCodes.subKey] = inner }
                return .code(InlineCode(id: 0, kind: kind, role: role, data: data, attributes: attributes), source)
            }
        }
    }

    /// Copies the inline element just opened (a `sub`, or a code inside one) as XML into
    /// `xml`, and its text into `data`.
    private func copyElement(data: inout String, xml: inout String) throws {
        let name = scanner.name
        xml += "<" + name
        for a in scanner.attributes {
            xml += " " + a.name + "=\""
            XMLEscaping.appendAttribute(a.value, to: &xml)
            xml += "\""
        }
        xml += ">"
        while true {
            switch try scanner.next() {
            case .text:
                let t = scanner.text()
                data += t
                XMLEscaping.appendText(t, to: &xml)
            case .startTag:
                guard ["sub", "bpt", "ept", "it", "ph", "hi", "ut"].contains(scanner.name) else {
                    throw scanner.error("<\(scanner.name)> inside <\(name)>: TMX inline markup is bpt, ept, it, ph, hi, ut and sub")
                }
                try copyElement(data: &data, xml: &xml)
            case .endTag, .endOfDocument:
                xml += "</" + name + ">"
                return
            }
        }
    }

    /// The runs with final ids: a pair's `i` or a code's `x` when it is a free number, else
    /// the next free number.
    private func assignIDs(_ pending: [PendingRun]) -> [Run] {
        var used = Set<Int>()
        var pairIDs: [String: Int] = [:]
        for run in pending {
            if case .code(_, .pair(let i)) = run, pairIDs[i] == nil, let n = Int(i), n >= 0, used.insert(n).inserted {
                pairIDs[i] = n
            }
        }
        var fresh = 1
        func nextFree() -> Int {
            while used.contains(fresh) { fresh += 1 }
            used.insert(fresh)
            return fresh
        }
        func fromX(_ x: String?) -> Int {
            if let x, let n = Int(x), n >= 0, used.insert(n).inserted { return n }
            return nextFree()
        }
        var hiStack: [Int] = []
        var runs: [Run] = []
        runs.reserveCapacity(pending.count)
        for run in pending {
            switch run {
            case .text(let t):
                runs.append(.text(t))
            case .code(var code, let source):
                switch source {
                case .pair(let i):
                    if let id = pairIDs[i] {
                        code.id = id
                    } else {
                        code.id = nextFree()
                        pairIDs[i] = code.id
                    }
                case .x(let x):
                    code.id = fromX(x)
                case .hiOpen(let x):
                    code.id = fromX(x)
                    hiStack.append(code.id)
                case .hiClose:
                    code.id = hiStack.removeLast()
                }
                runs.append(.code(code))
            }
        }
        return runs
    }
}
