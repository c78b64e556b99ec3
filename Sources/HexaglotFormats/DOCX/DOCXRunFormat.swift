import HexaglotCore

/// How a stretch of a Word paragraph looks: the run properties (`w:rPr`) and the inline
/// containers around the run (hyperlink, simple field, smart tag).
///
/// Two formats are equal when they look the same: revision ids (`w:rsid*`, on runs, never in
/// the key), spell-check and language marks (``DOCXNames/ignoredRunProperties``) and white
/// space between properties are left out of ``key``; so Word's runs split for spell checking
/// or editing sessions merge into one.
struct DOCXRunFormat: Equatable {
    /// One container: its start tag (with any properties child) and its end tag.
    struct Container: Equatable {
        var open: String
        var close: String
    }

    var containers: [Container] = []
    /// The `w:rPr` element as written without spell-check and language marks, or "".
    var properties = ""
    /// ``properties`` without the properties that do not change how text looks.
    var key = ""

    static func == (a: DOCXRunFormat, b: DOCXRunFormat) -> Bool {
        a.key == b.key && a.containers.map(\.open) == b.containers.map(\.open)
    }

    /// The format of a run with `rPr` (nil for none) inside `containers`.
    init(rPr: DOCXXMLTree.Node?, in tree: DOCXXMLTree, containers: [Container], raw: String) {
        self.containers = containers
        self.properties = raw
        guard let rPr else { return }
        key = rPr.children.filter { $0.kind == .element && !DOCXNames.ignoredRunProperties.contains($0.localName) }
            .map { tree.string($0.range) }.joined()
        // Written again without the marks the key leaves out: the target language is set on export.
        if key.isEmpty {
            properties = ""
        } else if rPr.end != nil, DOCXNames.isW(rPr.namespace) {
            properties = tree.string(rPr.start) + key + (rPr.end.map(tree.string) ?? "")
        }
    }

    init() {}

    /// Whether the text is hidden (`w:vanish` not switched off).
    static func isHidden(_ rPr: DOCXXMLTree.Node?) -> Bool {
        guard let vanish = rPr?.firstChild(w: "vanish") else { return false }
        return !["0", "false", "off"].contains(vanish.wAttribute("val") ?? "true")
    }

    /// How much formatting the format adds (containers weigh most), to pick a paragraph's base.
    var weight: Int { containers.count * 10_000 + key.utf8.count }

    /// What the format means for a reader, compared with `base`: a link, bold, italic, or other.
    func role(over base: DOCXRunFormat) -> InlineCode.Role {
        if containers.count > base.containers.count, containers.last?.open.contains("hyperlink") == true { return .link }
        func has(_ name: String, _ key: String) -> Bool { key.contains("<w:\(name)/>") || key.contains("<w:\(name) ") }
        if has("b", key) && !has("b", base.key) { return .strong }
        if has("i", key) && !has("i", base.key) { return .emphasis }
        if has("strike", key) && !has("strike", base.key) { return .strikethrough }
        return .other
    }

    /// `<w:r>` with the properties, and an open `<w:t>`: where text goes.
    var openRun: String { "<w:r>" + properties + Self.openText }

    static let openText = "<w:t xml:space=\"preserve\">"
    static let closeRun = "</w:t></w:r>"

    /// The markup that closes the text and run of `self` and opens a run of `other` for text,
    /// closing and opening only the containers that differ.
    func transition(to other: DOCXRunFormat) -> String {
        var common = 0
        while common < containers.count, common < other.containers.count, containers[common].open == other.containers[common].open {
            common += 1
        }
        var out = Self.closeRun
        for c in containers[common...].reversed() { out += c.close }
        for c in other.containers[common...] { out += c.open }
        return out + other.openRun
    }

    /// The containers' start tags, then a run of text; ``closeAll`` ends them.
    var openAll: String { containers.map(\.open).joined() + openRun }
    var closeAll: String { Self.closeRun + containers.reversed().map(\.close).joined() }
}
