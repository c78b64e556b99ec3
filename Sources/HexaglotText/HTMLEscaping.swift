/// HTML escaping for the pages Hexaglot renders (the coverage page, the web workspace): element
/// content and attribute values in double or single quotes, so a segment holding `<script>`
/// shows as text.
///
/// Translated HTML documents are written by the HTML format itself, which keeps a page's own
/// references and escapes only what a translator typed.
public enum HTMLEscaping {
    public static func escape(_ text: String) -> String {
        var out = ""
        out.reserveCapacity(text.utf8.count)
        for ch in text.unicodeScalars {
            switch ch {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "'": out += "&#39;"
            default: out.unicodeScalars.append(ch)
            }
        }
        return out
    }
}
