import HexaglotCore

/// Writes a document back in its format, with translated segments.
///
/// Segments without a translation keep their source content, so exporting with no
/// translations (and no target, or the source language as target) gives back the source
/// file byte for byte. Spacing between sentences follows the target language: into
/// Chinese, a space-only literal between two sentences of one block is dropped when the
/// sentence before it ends with a CJK character or full-width punctuation; from Chinese
/// into a spaced language, one space goes between sentences of one block that had none.
/// The format writes each translated segment (``DocumentFormat/exportMarkup(_:of:after:)``,
/// HTML escapes there) and finishes a translated file (``DocumentFormat/finish(_:document:target:)``,
/// an HTML page's `lang` and `dir`).
public enum Exporter {
    /// The rebuilt file.
    ///
    /// - Parameters:
    ///   - target: the language written, or nil for the source language.
    ///   - translations: content by source segment index.
    ///   - frontMatter: when given, replaces the source's front matter block (raw text,
    ///     `---` lines included; end it with a line ending). If the source has none and
    ///     its format reads front matter, it is put at the start (after a byte-order mark).
    ///   - escape: writes a text run in the format (XML escaping for Word parts); codes are
    ///     written as their data. Given, it writes every segment (the format's
    ///     ``DocumentFormat/exportMarkup(_:of:after:)`` is not used).
    public static func render(_ document: Document, target: Language?, translations: [Int: Content],
                              frontMatter: String?, escape: ((String) -> String)? = nil) -> String {
        let source = document.metadata.sourceLanguage.language
        let target = target ?? source
        let format = FormatRegistry.format(named: document.format)
        var parts = document.skeleton.parts
        if let frontMatter { parts = replaceFrontMatter(parts, with: frontMatter, format: document.format) }
        var out = ""
        var previous: (segment: Segment, content: Content)? = nil  // the last segment written
        var between = ""  // literal text since that segment
        func content(_ i: Int) -> Content { translations[i] ?? document.segments[i].content }
        for part in parts {
            switch part {
            case .literal(let s):
                between += s
            case .segment(let i):
                let segment = document.segments[i]
                let c = content(i)
                if let previous, previous.segment.block == segment.block {
                    if target == .zh, source != .zh, !between.isEmpty, between.allSatisfy({ $0 == " " }),
                       let last = previous.content.plainText.last, isCJK(last) {
                        between = ""
                    } else if source == .zh, target != .zh, between.isEmpty {
                        between = " "
                    }
                }
                out += between
                between = ""
                if let escape {
                    for run in c.runs {
                        switch run {
                        case .text(let t): out += escape(t)
                        case .code(let code): out += code.data
                        }
                    }
                } else if translations[i] != nil, let format {
                    out += format.exportMarkup(c, of: segment, after: out)
                } else {
                    out += c.markup
                }
                previous = (segment, c)
            }
        }
        out += between
        if target != source, let format { out = format.finish(out, document: document, target: target) }
        return out
    }

    /// True for CJK ideographs, kana, hangul and full-width punctuation (。，、！？：；「」…).
    static func isCJK(_ c: Character) -> Bool {
        guard let v = c.unicodeScalars.first?.value else { return false }
        switch v {
        case 0x2E80...0x2FDF, 0x3000...0x303F, 0x3040...0x30FF, 0x3100...0x312F, 0x3190...0x31FF,
             0x3400...0x4DBF, 0x4E00...0x9FFF, 0xAC00...0xD7AF, 0xF900...0xFAFF, 0xFE30...0xFE4F,
             0xFF00...0xFF65, 0x20000...0x2FA1F:
            return true
        default:
            return false
        }
    }

    private static func replaceFrontMatter(_ parts: [Skeleton.Part], with frontMatter: String, format: String) -> [Skeleton.Part] {
        guard FormatRegistry.format(named: format)?.hasFrontMatter ?? false else { return parts }
        var parts = parts
        var first = ""
        if case .literal(let s)? = parts.first {
            first = s
            parts.removeFirst()
        }
        var head = Substring(first)
        var bom = ""
        if head.unicodeScalars.first == "\u{FEFF}" {
            bom = "\u{FEFF}"
            head = head.dropFirst()
        }
        if let end = try? FrontMatter.blockEnd(in: head, file: nil) {
            head = head[end...]
        }
        var result = Skeleton([.literal(bom + frontMatter + head)])
        for part in parts { result.append(part) }
        return result.parts
    }
}
