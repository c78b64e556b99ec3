/// One piece of a Word paragraph's content, flattened out of its runs and containers, with
/// the format it has there.
struct DOCXParagraphItem {
    enum Kind {
        /// Text of `w:t` (and the characters of `w:noBreakHyphen`, `w:softHyphen`).
        case text(String)
        /// `w:tab`, as written.
        case tab(String)
        /// `w:br` or `w:cr` breaking a line, as written.
        case lineBreak(String)
        /// Markup kept as it is: a whole run (footnote reference, image, hidden text, page
        /// break), or paragraph-level markup (bookmark, comment range, content control, math).
        case raw(String)
        /// A complex field from its `begin` to its `separate` mark (the instruction), as
        /// written; the result that follows is translated.
        case fieldOpen(String)
        /// A complex field's `end` mark.
        case fieldClose(String)
        /// Internal: a complex field's marks before they are paired.
        case fieldMark(String, type: String)
        /// A run holding a text box (`w:txbxContent`): its paragraphs are segmented on their own.
        case embedded(DOCXXMLTree.Node, properties: String)
    }

    var kind: Kind
    var format: DOCXRunFormat

    /// Whether the item carries text to translate.
    var hasText: Bool {
        if case .text(let t) = kind { return !t.isEmpty }
        return false
    }

    /// Pairs complex fields: `begin … separate` becomes one ``Kind/fieldOpen`` and `end` a
    /// ``Kind/fieldClose``; a field with no result (no `separate`) becomes one ``Kind/raw``.
    /// Fields nested in an instruction stay inside it.
    static func pairFields(_ items: [DOCXParagraphItem]) -> [DOCXParagraphItem] {
        var result: [DOCXParagraphItem] = []
        var k = 0
        while k < items.count {
            guard case .fieldMark(let raw, "begin") = items[k].kind else {
                if case .fieldMark(let raw, let type) = items[k].kind {
                    result.append(DOCXParagraphItem(kind: type == "end" ? .fieldClose(raw) : .raw(raw), format: items[k].format))
                } else {
                    result.append(items[k])
                }
                k += 1
                continue
            }
            // The instruction: up to this field's separate (or end), nested fields included.
            var depth = 1
            var instruction = raw
            var j = k + 1
            var closing: String? = nil
            while j < items.count {
                if case .fieldMark(let r, let type) = items[j].kind {
                    if type == "begin" { depth += 1 }
                    if type == "end" { depth -= 1 }
                    if depth == 0 { instruction += r; closing = "end"; break }
                    if type == "separate" && depth == 1 { instruction += r; closing = "separate"; break }
                    instruction += r
                } else {
                    instruction += items[j].markup
                }
                j += 1
            }
            result.append(DOCXParagraphItem(kind: closing == "separate" ? .fieldOpen(instruction) : .raw(instruction),
                                            format: items[k].format))
            k = j + 1
        }
        return result
    }

    /// The item written outside any segment: in its own run, inside its containers.
    var markup: String {
        let open = format.containers.map(\.open).joined()
        let close = format.containers.reversed().map(\.close).joined()
        switch kind {
        case .text(let t):
            var escaped = ""
            XMLEscaping.appendText(t, to: &escaped)
            return open + "<w:r>" + format.properties + DOCXRunFormat.openText + escaped + DOCXRunFormat.closeRun + close
        case .tab(let raw), .lineBreak(let raw):
            return open + "<w:r>" + format.properties + raw + "</w:r>" + close
        case .raw(let raw), .fieldOpen(let raw), .fieldClose(let raw), .fieldMark(let raw, _):
            return raw
        case .embedded:
            return ""
        }
    }
}

import HexaglotText
