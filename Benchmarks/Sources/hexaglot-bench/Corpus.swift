import Foundation
import HexaglotCore

/// Reads the LibreOffice six-language TMX and builds the benchmark inputs from it.
///
/// The TMX written by `shared/corpus/build.py` has one `<tu tuid="…">` line per unit and one
/// `<tuv xml:lang="…"><seg>…</seg></tuv>` line per variant (newlines inside a paragraph are
/// `&#10;`), so a line scan reads it exactly.
enum Corpus {
    /// TMX language codes in the benchmark's order, with the Hexaglot language each maps to.
    static let languages: [(tmx: String, language: Language)] = [
        ("en", .en), ("fr", .fr), ("es", .es), ("ru", .ru), ("ar", .ar), ("zh-CN", .zh),
    ]

    struct Unit {
        var tuid: String
        var variants: [String: String]   // TMX language code -> cleaned text
        var isHelp: Bool { tuid.hasPrefix("help:") }
    }

    static func read(_ path: String) throws -> [Unit] {
        let data = try Data(contentsOf: URL(fileURLWithPath: path))
        let text = String(decoding: data, as: UTF8.self)
        // Segment text is XML-escaped, so "</seg>" and "<tu " never occur inside it; a few
        // segments hold raw newlines, so the file is scanned as a whole, not line by line.
        // The tuid attribute is quoted with " or, when it holds a ", with '.
        var units: [Unit] = []
        var chunks = text.components(separatedBy: "<tu tuid=")
        chunks.removeFirst()   // the header
        for chunk in chunks {
            var c = Substring(chunk)
            let quote = c.removeFirst()
            var unit = Unit(tuid: unescape(String(c.prefix(while: { $0 != quote }))), variants: [:])
            var rest = c
            while let v = rest.range(of: "<tuv xml:lang=\"") {
                let afterLang = rest[v.upperBound...]
                let lang = String(afterLang.prefix(while: { $0 != "\"" }))
                guard let s = afterLang.range(of: "<seg>"), let e = afterLang.range(of: "</seg>") else { break }
                unit.variants[lang] = clean(unescape(String(afterLang[s.upperBound..<e.lowerBound])))
                rest = afterLang[e.upperBound...]
            }
            units.append(unit)
        }
        return units
    }

    static func unescape(_ s: String) -> String {
        guard s.contains("&") else { return s }
        var out = s
        // Numeric references first, then the five named ones, &amp; last.
        let numeric = try! NSRegularExpression(pattern: "&#(x[0-9A-Fa-f]+|[0-9]+);")
        let ns = out as NSString
        var result = ""
        var last = 0
        for m in numeric.matches(in: out, range: NSRange(location: 0, length: ns.length)) {
            result += ns.substring(with: NSRange(location: last, length: m.range.location - last))
            let body = ns.substring(with: m.range(at: 1))
            let value = body.hasPrefix("x") ? UInt32(body.dropFirst(), radix: 16) : UInt32(body)
            if let v = value, let scalar = Unicode.Scalar(v) { result.unicodeScalars.append(scalar) }
            last = m.range.location + m.range.length
        }
        result += ns.substring(from: last)
        out = result
        for (entity, char) in [("&lt;", "<"), ("&gt;", ">"), ("&quot;", "\""), ("&apos;", "'"), ("&amp;", "&")] {
            out = out.replacingOccurrences(of: entity, with: char)
        }
        return out
    }

    /// Help-page inline markup left in a few paragraphs (`<emph>`, `<br>`, `<font …>`…); other
    /// angle-bracket text ("<Press 'Add' …>", "<A1>") is content and stays.
    static let markup = try! NSRegularExpression(
        pattern: "</?(emph|br|font|csub|csup|sub|sup|ahelp|link|item|variable|b|i|u|span)\\b[^<>]*/?>",
        options: [.caseInsensitive])
    static let spaces = try! NSRegularExpression(pattern: "\\s+")

    /// Markup removed (replaced by a space), runs of whitespace (newlines, tabs) made one space, trimmed.
    static func clean(_ s: String) -> String {
        var t = s
        if t.contains("<") {
            t = markup.stringByReplacingMatches(in: t, range: NSRange(location: 0, length: (t as NSString).length), withTemplate: " ")
        }
        t = spaces.stringByReplacingMatches(in: t, range: NSRange(location: 0, length: (t as NSString).length), withTemplate: " ")
        return t.trimmingCharacters(in: .whitespaces)
    }

    /// The paragraphs used for one language: help-page paragraphs (en fr es ru zh), or the
    /// interface strings for Arabic, which has no help translation; in file order, empty ones dropped.
    static func paragraphs(_ units: [Unit], tmx: String) -> [String] {
        let help = units.filter(\.isHelp).compactMap { $0.variants[tmx] }.filter { !$0.isEmpty }
        if !help.isEmpty { return help }
        return units.compactMap { $0.variants[tmx] }.filter { !$0.isEmpty }
    }

    /// Leading paragraphs whose UTF-8 size (with the "\n\n" joins) stays within `maxBytes`.
    static func prefix(_ paragraphs: [String], maxBytes: Int) -> [String] {
        var out: [String] = []
        var size = 0
        for p in paragraphs {
            let add = p.utf8.count + (out.isEmpty ? 0 : 2)
            if size + add > maxBytes { break }
            out.append(p)
            size += add
        }
        return out
    }
}
