/// Cuts HTML into tags, text, comments and raw text, following the HTML5 tokenizer's rules
/// where they decide what is markup and what is text.
///
/// - `<` starts a tag only before an ASCII letter (`</` before one for an end tag); any
///   other `<` is text. `</>` is dropped by browsers and kept here as a comment-like token.
/// - Attributes: names run to whitespace, `/`, `>` or `=`; values are double-quoted,
///   single-quoted (a `>` inside quotes does not end the tag) or unquoted up to whitespace
///   or `>`. `/` right before `>` makes the tag self-closing.
/// - `<!--` opens a comment closed by `-->` or `--!>` (`<!-->` and `<!--->` are empty
///   comments); `<!DOCTYPE` a doctype; any other `<!`, `<?` or `</` not before a letter a
///   bogus comment up to the next `>`.
/// - After a `script`, `style`, `xmp`, `iframe`, `noembed`, `noframes` or `noscript` start
///   tag, everything up to the matching end tag (`</script` then whitespace, `/` or `>`,
///   any case) is raw text; after `title` or `textarea` it is RCDATA (text, no tags);
///   after `plaintext`, the rest of the file.
///
/// Unclosed markup never fails: a tag, comment or quoted value still open at the end of
/// the file becomes one ``HTMLToken/Kind/unterminated`` token (kept as it is, never
/// translated); a raw text element with no end tag runs to the end of the file. Every
/// scalar is looked at a bounded number of times, so tokenizing is linear in the input.
struct HTMLTokenizer {
    static let rawTextElements: Set<String> = ["script", "style", "xmp", "iframe", "noembed", "noframes", "noscript"]
    static let rcdataElements: Set<String> = ["title", "textarea"]

    private let s: [Unicode.Scalar]
    private var tokens: [HTMLToken] = []

    private init(_ s: [Unicode.Scalar]) { self.s = s }

    /// The tokens of `s`, covering it exactly.
    static func tokenize(_ s: [Unicode.Scalar]) -> [HTMLToken] {
        var tokenizer = HTMLTokenizer(s)
        tokenizer.run()
        return tokenizer.tokens
    }

    private mutating func run() {
        let n = s.count
        var i = 0
        var textStart = 0
        func flushText(_ tokens: inout [HTMLToken], upTo end: Int) {
            if end > textStart { tokens.append(HTMLToken(kind: .text, range: textStart..<end)) }
        }
        while i < n {
            guard s[i] == "<", i + 1 < n else { i += 1; continue }
            let next = s[i + 1]
            var token: HTMLToken?
            if HTMLSyntax.isASCIILetter(next) {
                token = startTag(at: i)
            } else if next == "/" {
                token = endTag(at: i)
            } else if next == "!" {
                token = markupDeclaration(at: i)
            } else if next == "?" {
                token = bogusComment(at: i, from: i + 2)
            }
            guard let token else { i += 1; continue }
            flushText(&tokens, upTo: i)
            tokens.append(token)
            i = token.range.upperBound
            if case .startTag(let tag) = token.kind {  // `/>` does not close a non-void element
                if Self.rawTextElements.contains(tag.name) || Self.rcdataElements.contains(tag.name) {
                    let end = endOfRawText(named: tag.name, from: i)
                    if end > i {
                        tokens.append(HTMLToken(kind: Self.rcdataElements.contains(tag.name) ? .rcdata : .rawText, range: i..<end))
                    }
                    i = end
                } else if tag.name == "plaintext" {
                    if n > i { tokens.append(HTMLToken(kind: .rawText, range: i..<n)) }
                    i = n
                }
            }
            textStart = i
        }
        flushText(&tokens, upTo: n)
    }

    // MARK: - Tags

    private func isSpace(_ c: Unicode.Scalar) -> Bool { HTMLSyntax.isSpace(c) }

    private func lower(_ c: Unicode.Scalar) -> Unicode.Scalar {
        c >= "A" && c <= "Z" ? Unicode.Scalar(c.value + 32)! : c
    }

    /// The tag name from `j`: up to whitespace, `/` or `>`, in lower case.
    private func name(from j: inout Int) -> String {
        var name = String.UnicodeScalarView()
        while j < s.count, !isSpace(s[j]), s[j] != "/", s[j] != ">" {
            name.append(lower(s[j]))
            j += 1
        }
        return String(name)
    }

    private func startTag(at i: Int) -> HTMLToken {
        var j = i + 1
        let tagName = name(from: &j)
        guard let (end, attributes, selfClosing) = attributes(from: j) else {
            return HTMLToken(kind: .unterminated, range: i..<s.count)
        }
        return HTMLToken(kind: .startTag(HTMLTag(name: tagName, attributes: attributes, selfClosing: selfClosing)), range: i..<end)
    }

    private func endTag(at i: Int) -> HTMLToken? {
        let n = s.count
        guard i + 2 < n else { return HTMLToken(kind: .unterminated, range: i..<n) }
        if s[i + 2] == ">" { return HTMLToken(kind: .comment, range: i..<(i + 3)) }  // `</>`: dropped by browsers
        guard HTMLSyntax.isASCIILetter(s[i + 2]) else { return bogusComment(at: i, from: i + 2) }
        var j = i + 2
        let tagName = name(from: &j)
        guard let (end, _, _) = attributes(from: j) else { return HTMLToken(kind: .unterminated, range: i..<n) }
        return HTMLToken(kind: .endTag(tagName), range: i..<end)
    }

    /// Reads attributes from `j` to the tag's `>`: the offset after it, the attributes and
    /// whether the tag is self-closing; nil when the file ends first.
    private func attributes(from start: Int) -> (Int, [HTMLAttribute], Bool)? {
        let n = s.count
        var j = start
        var result: [HTMLAttribute] = []
        while true {
            while j < n, isSpace(s[j]) || (s[j] == "/" && !(j + 1 < n && s[j + 1] == ">")) { j += 1 }
            guard j < n else { return nil }
            if s[j] == ">" { return (j + 1, result, false) }
            if s[j] == "/" { return (j + 2, result, true) }  // "/>"
            // Attribute name: the first character may be `=`.
            var name = String.UnicodeScalarView([lower(s[j])])
            j += 1
            while j < n, !isSpace(s[j]), s[j] != "/", s[j] != ">", s[j] != "=" { name.append(lower(s[j])); j += 1 }
            var k = j
            while k < n, isSpace(s[k]) { k += 1 }
            guard k < n else { return nil }
            var attribute = HTMLAttribute(name: String(name), valueRange: nil, quote: nil)
            if s[k] == "=" {
                k += 1
                while k < n, isSpace(s[k]) { k += 1 }
                guard k < n else { return nil }
                if s[k] == "\"" || s[k] == "'" {
                    let q = s[k]
                    let valueStart = k + 1
                    k = valueStart
                    while k < n, s[k] != q { k += 1 }
                    guard k < n else { return nil }
                    attribute.valueRange = valueStart..<k
                    attribute.quote = q
                    j = k + 1
                } else if s[k] == ">" {
                    attribute.valueRange = k..<k  // `a=>`: an empty value, the tag ends
                    j = k
                } else {
                    let valueStart = k
                    while k < n, !isSpace(s[k]), s[k] != ">" { k += 1 }
                    attribute.valueRange = valueStart..<k
                    j = k
                }
            }
            result.append(attribute)
        }
    }

    // MARK: - Comments, doctypes, raw text

    private func has(_ text: String, at k: Int, ignoringCase: Bool = false) -> Bool {
        var j = k
        for c in text.unicodeScalars {
            guard j < s.count, (ignoringCase ? lower(s[j]) : s[j]) == c else { return false }
            j += 1
        }
        return true
    }

    private func markupDeclaration(at i: Int) -> HTMLToken {
        let n = s.count
        if has("<!--", at: i) {
            if has("<!-->", at: i) { return HTMLToken(kind: .comment, range: i..<(i + 5)) }
            if has("<!--->", at: i) { return HTMLToken(kind: .comment, range: i..<(i + 6)) }
            var j = i + 4
            while j < n {
                if s[j] == "-", has("-->", at: j) { return HTMLToken(kind: .comment, range: i..<(j + 3)) }
                if s[j] == "-", has("--!>", at: j) { return HTMLToken(kind: .comment, range: i..<(j + 4)) }
                j += 1
            }
            return HTMLToken(kind: .unterminated, range: i..<n)
        }
        if has("<!doctype", at: i, ignoringCase: true) {
            let end = bogusComment(at: i, from: i + 9)
            return HTMLToken(kind: end.kind == .comment ? .doctype : end.kind, range: end.range)
        }
        return bogusComment(at: i, from: i + 2)
    }

    /// Markup up to the next `>` (a bogus comment, a doctype's body).
    private func bogusComment(at i: Int, from start: Int) -> HTMLToken {
        var j = start
        while j < s.count, s[j] != ">" { j += 1 }
        guard j < s.count else { return HTMLToken(kind: .unterminated, range: i..<s.count) }
        return HTMLToken(kind: .comment, range: i..<(j + 1))
    }

    /// Where the raw text of element `name` ends: at its end tag, or the end of the file.
    private func endOfRawText(named name: String, from start: Int) -> Int {
        let n = s.count
        var j = start
        while j < n {
            if s[j] == "<", j + 1 < n, s[j + 1] == "/", has(name, at: j + 2, ignoringCase: true) {
                let after = j + 2 + name.unicodeScalars.count
                if after >= n || isSpace(s[after]) || s[after] == "/" || s[after] == ">" { return j }
            }
            j += 1
        }
        return n
    }
}

extension HTMLToken.Kind {
    static func == (a: HTMLToken.Kind, b: HTMLToken.Kind) -> Bool {
        switch (a, b) {
        case (.text, .text), (.comment, .comment), (.doctype, .doctype), (.rawText, .rawText),
             (.rcdata, .rcdata), (.unterminated, .unterminated):
            return true
        case (.endTag(let x), .endTag(let y)): return x == y
        case (.startTag(let x), .startTag(let y)): return x.name == y.name
        default: return false
        }
    }
}
