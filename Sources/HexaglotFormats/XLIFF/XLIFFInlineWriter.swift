import HexaglotCore
import HexaglotText

/// Writes ``Content`` as XLIFF 2 inline markup, collecting the `<originalData>` it refers to.
///
/// One writer serves one scope of data ids: a unit (its source and target) or one match.
/// See ``XLIFFCodes`` for how each code is written.
struct XLIFFInlineWriter {
    /// Prefix of the data ids (`d` in a unit, `m1d` in its first match).
    let dataPrefix: String
    /// The `<data>` elements to write, in order: id and markup.
    private(set) var data: [(id: String, markup: String)] = []
    private var dataIDs: [String: String] = [:]

    init(dataPrefix: String = "d") { self.dataPrefix = dataPrefix }

    private enum Form { case pcStart, pcEnd, sc(isolated: Bool), ec(isolated: Bool), ph }

    /// The inline markup of `content`.
    mutating func write(_ content: Content) -> String {
        let runs = content.runs
        // Decide each code's element: pairs that nest become pc, the rest sc/ec.
        var forms = [Form?](repeating: nil, count: runs.count)
        var stack: [(index: Int, id: Int)] = []
        for (i, run) in runs.enumerated() {
            guard case .code(let code) = run else { continue }
            switch code.kind {
            case .placeholder: forms[i] = .ph
            case .open: stack.append((i, code.id))
            case .close:
                if let top = stack.last, top.id == code.id {
                    stack.removeLast()
                    forms[top.index] = .pcStart
                    forms[i] = .pcEnd
                } else if let k = stack.lastIndex(where: { $0.id == code.id }) {
                    forms[stack[k].index] = .sc(isolated: false)
                    stack.remove(at: k)
                    forms[i] = .ec(isolated: false)
                } else {
                    forms[i] = .ec(isolated: true)
                }
            }
        }
        for open in stack { forms[open.index] = .sc(isolated: true) }

        var out = ""
        for (i, run) in runs.enumerated() {
            switch run {
            case .text(let t): XLIFFEscaping.appendInline(t, to: &out)
            case .code(let code):
                switch forms[i]! {
                case .pcEnd: out += "</pc>"
                case .pcStart:
                    // The matching close code carries the end data.
                    var depth = 0
                    var closeCode = code
                    for j in (i + 1)..<runs.count {
                        if case .pcStart = forms[j] { depth += 1 }
                        if case .pcEnd = forms[j] {
                            if depth == 0, case .code(let c) = runs[j] { closeCode = c; break }
                            depth -= 1
                        }
                    }
                    let start = ref(code.data), end = ref(closeCode.data)
                    out += "<pc id=\"\(code.id)\" dataRefStart=\"\(start)\" dataRefEnd=\"\(end)\""
                    if let e = code.equiv { out += " equivStart=\""; XMLEscaping.appendAttribute(e, to: &out); out += "\"" }
                    if let e = closeCode.equiv { out += " equivEnd=\""; XMLEscaping.appendAttribute(e, to: &out); out += "\"" }
                    common(code, to: &out)
                    out += ">"
                case .sc(let isolated):
                    out += "<sc id=\"\(code.id)\" dataRef=\"\(ref(code.data))\""
                    if isolated { out += " isolated=\"yes\"" }
                    equiv(code, to: &out)
                    common(code, to: &out)
                    out += "/>"
                case .ec(let isolated):
                    out += isolated ? "<ec id=\"\(code.id)\" isolated=\"yes\"" : "<ec startRef=\"\(code.id)\""
                    out += " dataRef=\"\(ref(code.data))\""
                    equiv(code, to: &out)
                    common(code, to: &out)
                    out += "/>"
                case .ph:
                    out += "<ph id=\"\(code.id)\" dataRef=\"\(ref(code.data))\""
                    equiv(code, to: &out)
                    common(code, to: &out)
                    out += "/>"
                }
            }
        }
        return out
    }

    /// The `<originalData>` element for the data referred to so far, or "" when there is none.
    func originalData(indent: String) -> String {
        guard !data.isEmpty else { return "" }
        var out = indent + "<originalData>\n"
        for d in data {
            out += indent + "  <data id=\"\(d.id)\">"
            XLIFFEscaping.appendInline(d.markup, to: &out)
            out += "</data>\n"
        }
        return out + indent + "</originalData>\n"
    }

    private mutating func ref(_ markup: String) -> String {
        if let id = dataIDs[markup] { return id }
        let id = dataPrefix + String(data.count + 1)
        dataIDs[markup] = id
        data.append((id, markup))
        return id
    }

    private func equiv(_ code: InlineCode, to out: inout String) {
        guard let e = code.equiv else { return }
        out += " equiv=\""
        XMLEscaping.appendAttribute(e, to: &out)
        out += "\""
    }

    /// canDelete, type, subType and the Hexaglot attributes.
    private func common(_ code: InlineCode, to out: inout String) {
        if !code.canDelete { out += " canDelete=\"no\"" }
        let (type, subType) = XLIFFCodes.typeAndSubType(code.role)
        out += " type=\"\(type)\""
        if let subType { out += " subType=\"\(subType)\"" }
        for key in code.attributes.keys.sorted() where XLIFFCodes.isName(key) {
            out += " \(XLIFFCodes.prefix):\(key)=\""
            XMLEscaping.appendAttribute(code.attributes[key]!, to: &out)
            out += "\""
        }
    }
}
