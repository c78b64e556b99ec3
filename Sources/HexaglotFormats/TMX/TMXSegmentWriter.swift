import HexaglotCore
import HexaglotText

/// Writing ``Content`` as `<seg>` content, as ``TMXInlineCodes`` describes.
enum TMXSegmentWriter {
    private enum Element {
        case bpt, ept, itBegin, itEnd, ph, ut, hiOpen, hiClose
    }

    /// Appends the runs of `content` as escaped text and inline elements (without `<seg>`).
    static func append(_ content: Content, to out: inout [UInt8]) throws {
        let runs = content.runs
        let elements = plan(runs)
        for (k, run) in runs.enumerated() {
            switch run {
            case .text(let t):
                try XMLEscaping.appendText(t, to: &out)
            case .code(let code):
                try append(code, as: elements[k]!, to: &out)
            }
        }
    }

    /// The element each code is written as: pairs as `bpt`/`ept` (or `hi` when they came
    /// from one and nest), codes without a partner as `it`.
    private static func plan(_ runs: [Run]) -> [Element?] {
        var elements = [Element?](repeating: nil, count: runs.count)
        var openByID: [Int: [Int]] = [:]
        var partner: [Int: Int] = [:]  // open index → close index
        var opener: [Int: Int] = [:]  // close index → open index
        for (k, run) in runs.enumerated() {
            guard case .code(let c) = run else { continue }
            let origin = c.attributes[TMXInlineCodes.elementKey]
            switch c.kind {
            case .placeholder:
                elements[k] = origin == "ut" ? .ut : .ph
            case .open:
                if origin == "it" { elements[k] = .itBegin } else { openByID[c.id, default: []].append(k) }
            case .close:
                if origin != "it", let o = openByID[c.id]?.popLast() {
                    partner[o] = k
                    opener[k] = o
                } else {
                    elements[k] = .itEnd
                }
            }
        }
        for indices in openByID.values {
            for k in indices { elements[k] = .itBegin }
        }
        var hiStack: [Int] = []
        var hi: Set<Int> = []
        for (k, run) in runs.enumerated() {
            guard case .code(let c) = run, elements[k] == nil else { continue }
            if c.kind == .open {
                if c.attributes[TMXInlineCodes.elementKey] == "hi" {
                    hi.insert(k)
                    hiStack.append(k)
                }
            } else if let o = opener[k], hi.contains(o) {
                if hiStack.last == o {
                    hiStack.removeLast()
                } else {
                    hi.remove(o)
                    hiStack.removeAll { $0 == o }
                }
            }
        }
        for (o, c) in partner {
            elements[o] = hi.contains(o) ? .hiOpen : .bpt
            elements[c] = hi.contains(o) ? .hiClose : .ept
        }
        return elements
    }

    private static func append(_ code: InlineCode, as element: Element, to out: inout [UInt8]) throws {
        let fromTMX = code.attributes[TMXInlineCodes.elementKey] != nil
        let type = fromTMX ? code.attributes["type"] : TMXInlineCodes.type(for: code.role)
        let x = fromTMX ? code.attributes["x"] : String(code.id)
        var i: String {
            if let given = code.attributes["i"], Int(given) == code.id { return given }
            return String(code.id)
        }
        let name: String
        var attributes: [(String, String?)]
        switch element {
        case .hiOpen:
            try open("hi", [("x", code.attributes["x"]), ("type", code.attributes["type"])], to: &out)
            out.append(UInt8(ascii: ">"))
            return
        case .hiClose:
            append("</hi>", to: &out)
            return
        case .bpt:
            name = "bpt"
            attributes = [("i", i), ("x", fromTMX ? code.attributes["x"] : nil), ("type", type)]
        case .ept:
            name = "ept"
            attributes = [("i", i)]
        case .itBegin, .itEnd:
            name = "it"
            attributes = [("pos", element == .itBegin ? "begin" : "end"), ("x", x), ("type", type)]
        case .ph:
            name = "ph"
            attributes = [("x", x), ("assoc", fromTMX ? code.attributes["assoc"] : nil), ("type", type)]
        case .ut:
            name = "ut"
            attributes = [("x", x)]
        }
        try open(name, attributes, to: &out)
        if let xml = code.attributes[TMXInlineCodes.subKey], holdsText(xml, data: code.data) {
            out.append(UInt8(ascii: ">"))
            append(xml, to: &out)
        } else if code.data.isEmpty {
            append("/>", to: &out)
            return
        } else {
            out.append(UInt8(ascii: ">"))
            try XMLEscaping.appendText(code.data, to: &out)
        }
        append("</" + name + ">", to: &out)
    }

    private static func open(_ name: String, _ attributes: [(String, String?)], to out: inout [UInt8]) throws {
        append("<" + name, to: &out)
        for case let (key, value?) in attributes {
            append(" " + key + "=\"", to: &out)
            try XMLEscaping.appendAttribute(value, to: &out)
            out.append(UInt8(ascii: "\""))
        }
    }

    private static func append(_ s: String, to out: inout [UInt8]) {
        out.append(contentsOf: s.utf8)
    }

    /// Whether `xml` (content kept from a TMX code with a `sub`) is well-formed inline XML
    /// whose text is still `data`, so that it can be written back as it was read.
    private static func holdsText(_ xml: String, data: String) -> Bool {
        let bytes = Array(("<x>" + xml + "</x>").utf8)
        let scanner = XMLCursor(source: MemoryByteSource(bytes), file: nil, what: "XML")
        let inline: Set<String> = ["x", "sub", "bpt", "ept", "it", "ph", "hi", "ut"]
        var text = ""
        do {
            while true {
                switch try scanner.next() {
                case .text: text += scanner.text()
                case .startTag: if !inline.contains(scanner.name) { return false }
                case .endTag: break
                case .endOfDocument: return text == data
                }
            }
        } catch {
            return false
        }
    }
}
