/// Recognisers for HTML syntax that Markdown lets through: tags, comments, declarations.
///
/// They work on arrays of Unicode scalars and return the offset just past what they
/// matched, so both the block parser (HTML blocks) and the inline parser (inline HTML
/// codes) share one definition.
enum HTMLSyntax {
    /// What a piece of inline HTML is.
    enum Tag: Equatable {
        case open(name: String, selfClosing: Bool)
        case close(name: String)
        /// A comment, processing instruction, declaration or CDATA section.
        case other
    }

    /// Elements that never have a closing tag.
    static let voidElements: Set<String> = [
        "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "param", "source", "track", "wbr",
    ]

    /// Tag names that start an HTML block of CommonMark type 6.
    static let blockTags: Set<String> = [
        "address", "article", "aside", "base", "basefont", "blockquote", "body", "caption", "center", "col",
        "colgroup", "dd", "details", "dialog", "dir", "div", "dl", "dt", "fieldset", "figcaption", "figure",
        "footer", "form", "frame", "frameset", "h1", "h2", "h3", "h4", "h5", "h6", "head", "header", "hr",
        "html", "iframe", "legend", "li", "link", "main", "menu", "menuitem", "nav", "noframes", "ol",
        "optgroup", "option", "p", "param", "search", "section", "summary", "table", "tbody", "td", "tfoot",
        "th", "thead", "title", "tr", "track", "ul",
    ]

    static func isASCIILetter(_ c: Unicode.Scalar) -> Bool { (c >= "a" && c <= "z") || (c >= "A" && c <= "Z") }
    static func isASCIIDigit(_ c: Unicode.Scalar) -> Bool { c >= "0" && c <= "9" }
    static func isSpace(_ c: Unicode.Scalar) -> Bool { c == " " || c == "\t" || c == "\n" || c == "\r" || c == "\u{0C}" }

    /// Where earlier searches for the end of a comment, processing instruction, CDATA
    /// section or declaration stopped, so that many openings without an end (`<!--` a
    /// thousand times) do not each search the rest of the text: by end marker, the offset a
    /// search started at and where the marker was found (nil: not after that offset).
    struct ScanMemo {
        fileprivate var searches: [String: (from: Int, found: Int?)] = [:]
    }

    /// Scans an inline HTML construct starting at `s[i] == "<"`: the end offset and what it is.
    static func scan(_ s: [Unicode.Scalar], at i: Int) -> (end: Int, tag: Tag)? {
        var memo = ScanMemo()
        return scan(s, at: i, memo: &memo)
    }

    /// Scans as ``scan(_:at:)``, reusing `memo` across calls on the same text at rising offsets.
    static func scan(_ s: [Unicode.Scalar], at i: Int, memo: inout ScanMemo) -> (end: Int, tag: Tag)? {
        guard i < s.count, s[i] == "<", i + 1 < s.count else { return nil }
        let n = s.count
        func has(_ text: String, at k: Int) -> Bool {
            var j = k
            for c in text.unicodeScalars {
                guard j < n, s[j] == c else { return false }
                j += 1
            }
            return true
        }
        func find(_ text: String, from k: Int) -> Int? {
            let length = text.unicodeScalars.count
            if let m = memo.searches[text], m.from <= k, m.found.map({ $0 >= k }) ?? true {
                return m.found.map { $0 + length }
            }
            var j = k
            while j < n, !has(text, at: j) { j += 1 }
            let found: Int? = j < n ? j : nil
            memo.searches[text] = (k, found)
            return found.map { $0 + length }
        }
        if has("<!--", at: i) {
            if has("<!-->", at: i) { return (i + 5, .other) }
            if has("<!--->", at: i) { return (i + 6, .other) }
            return find("-->", from: i + 4).map { ($0, .other) }
        }
        if has("<?", at: i) { return find("?>", from: i + 2).map { ($0, .other) } }
        if has("<![CDATA[", at: i) { return find("]]>", from: i + 9).map { ($0, .other) } }
        if has("<!", at: i), i + 2 < n, isASCIILetter(s[i + 2]) { return find(">", from: i + 2).map { ($0, .other) } }
        var j = i + 1
        let closing = s[j] == "/"
        if closing { j += 1 }
        guard j < n, isASCIILetter(s[j]) else { return nil }
        let nameStart = j
        while j < n, isASCIILetter(s[j]) || isASCIIDigit(s[j]) || s[j] == "-" { j += 1 }
        let name = String(String.UnicodeScalarView(s[nameStart..<j])).lowercased()
        if closing {
            while j < n, isSpace(s[j]) { j += 1 }
            guard j < n, s[j] == ">" else { return nil }
            return (j + 1, .close(name: name))
        }
        // Attributes.
        while true {
            let beforeSpace = j
            while j < n, isSpace(s[j]) { j += 1 }
            guard j < n else { return nil }
            if s[j] == ">" { return (j + 1, .open(name: name, selfClosing: voidElements.contains(name))) }
            if s[j] == "/", j + 1 < n, s[j + 1] == ">" { return (j + 2, .open(name: name, selfClosing: true)) }
            guard j > beforeSpace else { return nil }  // attributes need whitespace before them
            guard isASCIILetter(s[j]) || s[j] == "_" || s[j] == ":" else { return nil }
            while j < n, isASCIILetter(s[j]) || isASCIIDigit(s[j]) || "_.:-".unicodeScalars.contains(s[j]) { j += 1 }
            var k = j
            while k < n, isSpace(s[k]) { k += 1 }
            if k < n, s[k] == "=" {
                k += 1
                while k < n, isSpace(s[k]) { k += 1 }
                guard k < n else { return nil }
                if s[k] == "\"" || s[k] == "'" {
                    let q = s[k]
                    k += 1
                    while k < n, s[k] != q { k += 1 }
                    guard k < n else { return nil }
                    j = k + 1
                } else {
                    let start = k
                    while k < n, !isSpace(s[k]), !"\"'=<>`".unicodeScalars.contains(s[k]) { k += 1 }
                    guard k > start else { return nil }
                    j = k
                }
            }
        }
    }
}
