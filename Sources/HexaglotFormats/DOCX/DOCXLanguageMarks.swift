import HexaglotCore

/// Marks a translated Word part as written in the target language: every run's properties get
/// `w:lang` for it (any other language mark is replaced), and for Arabic every paragraph gets
/// `w:bidi` (right-to-left paragraph), every run `w:rtl` and every table `w:bidiVisual`
/// (columns from right to left). In the styles part, the document
/// defaults (`w:docDefaults`) and every style's run properties get the language.
///
/// Properties are inserted in the schema's order (``DOCXNames/runPropertyOrder``,
/// ``DOCXNames/paragraphPropertyOrder``), so Word reads the file without repair.
enum DOCXLanguageMarks {
    /// `<w:lang …/>` for a language: Western text in `w:val`, Chinese also in `w:eastAsia`,
    /// Arabic also in `w:bidi` (complex script).
    static func langElement(_ language: Language) -> String {
        let tag = locale[language] ?? language.rawValue
        switch language {
        case .zh: return "<w:lang w:val=\"\(tag)\" w:eastAsia=\"\(tag)\"/>"
        case .ar: return "<w:lang w:val=\"\(tag)\" w:bidi=\"\(tag)\"/>"
        default: return "<w:lang w:val=\"\(tag)\"/>"
        }
    }

    /// The locale Word names each language by.
    static let locale: [Language: String] = [.ar: "ar-SA", .zh: "zh-CN", .en: "en-GB", .fr: "fr-FR", .ru: "ru-RU", .es: "es-ES"]

    /// The part's bytes with the marks; `styles` for the styles part.
    static func mark(_ bytes: [UInt8], language: Language, file: String?, part: String, styles: Bool = false) throws -> [UInt8] {
        let tree = try DOCXXMLTree(bytes: bytes, file: file, part: part)
        var edits: [(range: Range<Int>, text: String)] = []
        let lang = langElement(language)
        let rtl = language == .ar
        func visit(_ node: DOCXXMLTree.Node) {
            guard node.kind == .element else { return }
            if !styles && node.isW("r") {
                var add = [("lang", lang)]
                if rtl { add.append(("rtl", "<w:rtl/>")) }
                if let rPr = node.firstChild(w: "rPr") {
                    edits += set(add, in: rPr, order: DOCXNames.runPropertyOrder, tree: tree)
                } else {
                    let at = node.start.upperBound
                    if node.end != nil { edits.append((at..<at, "<w:rPr>" + ordered(add, DOCXNames.runPropertyOrder) + "</w:rPr>")) }
                }
                for child in node.children { visit(child) }  // text boxes inside runs
                return
            }
            if !styles && rtl && node.isW("p") {
                if let pPr = node.firstChild(w: "pPr") {
                    edits += set([("bidi", "<w:bidi/>")], in: pPr, order: DOCXNames.paragraphPropertyOrder, tree: tree)
                } else if node.end != nil {
                    let at = node.start.upperBound
                    edits.append((at..<at, "<w:pPr><w:bidi/></w:pPr>"))
                }
            }
            if !styles && rtl && node.isW("tblPr") {
                edits += set([("bidiVisual", "<w:bidiVisual/>")], in: node, order: DOCXNames.tablePropertyOrder, tree: tree)
                return
            }
            if styles && node.isW("rPr") {
                edits += set([("lang", lang)], in: node, order: DOCXNames.runPropertyOrder, tree: tree)
                return
            }
            if styles && node.isW("rPrDefault") && node.firstChild(w: "rPr") == nil, node.end != nil {
                let at = node.start.upperBound
                edits.append((at..<at, "<w:rPr>" + lang + "</w:rPr>"))
            }
            for child in node.children { visit(child) }
        }
        for node in tree.nodes { visit(node) }
        edits = edits.enumerated().sorted { ($0.element.range.lowerBound, $0.offset) < ($1.element.range.lowerBound, $1.offset) }.map(\.element)
        var out: [UInt8] = []
        out.reserveCapacity(bytes.count + edits.count * 40)
        var at = 0
        for edit in edits where edit.range.lowerBound >= at {
            out += bytes[at..<edit.range.lowerBound]
            out += Array(edit.text.utf8)
            at = edit.range.upperBound
        }
        out += bytes[at...]
        return out
    }

    /// Edits that give the properties element `element` the children `add` (name, markup),
    /// replacing any of the same names, each in its schema place.
    static func set(_ add: [(String, String)], in element: DOCXXMLTree.Node, order: [String], tree: DOCXXMLTree)
        -> [(range: Range<Int>, text: String)] {
        guard let end = element.end else {
            // `<w:rPr/>`: written again whole.
            let name = tree.string(element.start).dropFirst().prefix { $0 != "/" && $0 != " " && $0 != ">" }
            return [(element.start, "<\(name)>" + ordered(add, order) + "</\(name)>")]
        }
        let names = Set(add.map(\.0))
        var edits: [(range: Range<Int>, text: String)] = []
        for child in element.children where child.kind == .element && DOCXNames.isW(child.namespace) && names.contains(child.localName) {
            edits.append((child.range, ""))
        }
        for (name, markup) in add.sorted(by: { (order.firstIndex(of: $0.0) ?? 0) < (order.firstIndex(of: $1.0) ?? 0) }) {
            let rank = order.firstIndex(of: name) ?? order.count
            let next = element.children.first { child in
                child.kind == .element && !names.contains(child.localName)
                    && (order.firstIndex(of: child.localName) ?? order.count) > rank
            }
            let at = next?.start.lowerBound ?? end.lowerBound
            edits.append((at..<at, markup))
        }
        return edits
    }

    static func ordered(_ add: [(String, String)], _ order: [String]) -> String {
        add.sorted { (order.firstIndex(of: $0.0) ?? 0) < (order.firstIndex(of: $1.0) ?? 0) }.map(\.1).joined()
    }
}
