import HexaglotCore

/// What an HTML page needs beyond its translated text to be a page in another language.
///
/// ``finish(_:document:target:)`` runs on the rendered page of a translation:
/// - `<html lang>` becomes the target's tag and `dir` becomes `rtl` for Arabic (`ltr` for
///   the others when the source had a `dir`); the attributes are added when missing.
/// - `<meta property="og:locale">`'s content becomes the target's Open Graph locale
///   (`ar_AR`, `zh_CN`, `en_US`, `fr_FR`, `ru_RU`, `es_ES`); `og:locale:alternate` stays.
/// - `<meta name="hexaglot:reference">` and `hexaglot:translation-of` are set (added before
///   `</head>` when missing), so importing the page back stores it as the translation it is.
///
/// ``escaped(_:inAttribute:after:)`` writes a translation's text where markup would read it
/// otherwise: `&` before a letter, digit or `#` as `&amp;`, `<` before a letter, `/`, `!` or
/// `?` as `&lt;`, and in an attribute value its quote (an unquoted value gets quotes).
enum HTMLTargetPage {
    static let openGraphLocales: [Language: String] = [
        .ar: "ar_AR", .zh: "zh_CN", .en: "en_US", .fr: "fr_FR", .ru: "ru_RU", .es: "es_ES",
    ]

    static func finish(_ rendered: String, document: Document, target: Language) -> String {
        let s = Array(rendered.unicodeScalars)
        var edits: [(range: Range<Int>, text: String)] = []
        var sawHTML = false
        var hexaglotKeys: Set<String> = []
        let source = document.metadata.sourceLanguage.tag
        func value(_ a: HTMLAttribute) -> String {
            a.valueRange.map { String(String.UnicodeScalarView(s[$0])) }?.trimmingASCIISpaces.lowercased() ?? ""
        }
        /// Sets attribute `name` of a tag to `text`: its value replaced, or the attribute added.
        func set(_ name: String, _ text: String, in tag: HTMLTag, range: Range<Int>) {
            if let a = tag.attribute(name) {
                if let r = a.valueRange, a.quote != nil { edits.append((r, text)) }
                else if let r = a.valueRange { edits.append((r, "\"\(text)\"")) }
            } else {
                let end = tag.selfClosing ? range.upperBound - 2 : range.upperBound - 1
                edits.append((end..<end, " \(name)=\"\(text)\""))
            }
        }
        for token in HTMLTokenizer.tokenize(s) {
            switch token.kind {
            case .startTag(let tag) where tag.name == "html" && !sawHTML:
                sawHTML = true
                set("lang", target.rawValue, in: tag, range: token.range)
                if target == .ar { set("dir", "rtl", in: tag, range: token.range) }
                else if tag.attribute("dir") != nil { set("dir", "ltr", in: tag, range: token.range) }
            case .startTag(let tag) where tag.name == "meta":
                let property = (tag.attribute("property") ?? tag.attribute("name")).map(value) ?? ""
                if property == "og:locale", tag.attribute("content") != nil, let locale = openGraphLocales[target] {
                    set("content", locale, in: tag, range: token.range)
                }
                if property == HTMLReader.metadataPrefix + "translation-of" {
                    hexaglotKeys.insert("translation-of")
                    set("content", source, in: tag, range: token.range)
                }
                if property == HTMLReader.metadataPrefix + "reference" { hexaglotKeys.insert("reference") }
                if property == HTMLReader.metadataPrefix + "language" { set("content", target.rawValue, in: tag, range: token.range) }
            case .endTag("head"):
                var missing = ""
                if !hexaglotKeys.contains("reference") {
                    missing += meta("reference", document.metadata.reference)
                }
                if !hexaglotKeys.contains("translation-of") { missing += meta("translation-of", source) }
                if !missing.isEmpty {
                    // Each on a line of its own, indented as the line before `</head>`.
                    var k = token.range.lowerBound
                    while k > 0, s[k - 1] == " " || s[k - 1] == "\t" { k -= 1 }
                    let indent = String(String.UnicodeScalarView(s[k..<token.range.lowerBound]))
                    let atLineStart = k == 0 || s[k - 1] == "\n"
                    let inserted = atLineStart ? missing.split(separator: "\n").map { indent + "  " + $0 + "\n" }.joined()
                        : missing.replacingOccurrences(of: "\n", with: "")
                    edits.append((k..<k, inserted))
                }
            default:
                break
            }
        }
        var out = String.UnicodeScalarView()
        var cursor = 0
        for edit in edits.sorted(by: { $0.range.lowerBound < $1.range.lowerBound }) {
            out.append(contentsOf: s[cursor..<edit.range.lowerBound])
            out.append(contentsOf: edit.text.unicodeScalars)
            cursor = edit.range.upperBound
        }
        out.append(contentsOf: s[cursor...])
        return String(out)
    }

    private static func meta(_ key: String, _ value: String) -> String {
        "<meta name=\"\(HTMLReader.metadataPrefix)\(key)\" content=\"\(escapedAttribute(value))\">\n"
    }

    private static func escapedAttribute(_ value: String) -> String {
        value.replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(of: "\"", with: "&quot;")
    }

    /// A translation's markup, its text escaped where the page would read it as markup.
    static func escaped(_ content: Content, inAttribute: Bool, after literal: String) -> String {
        var quote: Unicode.Scalar? = nil
        var unquoted = false
        if inAttribute {
            switch literal.unicodeScalars.last {
            case "'": quote = "'"
            case "=": unquoted = true; quote = "\""
            default: quote = "\""
            }
        }
        var out = ""
        for run in content.runs {
            switch run {
            case .code(let c): out += c.data
            case .text(let t):
                let scalars = Array(t.unicodeScalars)
                var escaped = String.UnicodeScalarView()
                for (k, c) in scalars.enumerated() {
                    let next = k + 1 < scalars.count ? scalars[k + 1] : nil
                    if c == "&", next.map({ HTMLSyntax.isASCIILetter($0) || HTMLSyntax.isASCIIDigit($0) || $0 == "#" }) ?? true {
                        escaped.append(contentsOf: "&amp;".unicodeScalars)
                    } else if c == "<", next.map({ HTMLSyntax.isASCIILetter($0) || "/!?".unicodeScalars.contains($0) }) ?? true {
                        escaped.append(contentsOf: "&lt;".unicodeScalars)
                    } else if let quote, c == quote {
                        escaped.append(contentsOf: (quote == "'" ? "&#39;" : "&quot;").unicodeScalars)
                    } else {
                        escaped.append(c)
                    }
                }
                out += String(escaped)
            }
        }
        return unquoted ? "\"" + out + "\"" : out
    }
}
