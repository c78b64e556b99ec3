import Foundation

/// How many terminal columns text takes, and text shortened to fit: wide East Asian
/// characters take 2, combining marks and format characters 0.
public enum DisplayWidth {
    /// Terminal columns `text` takes.
    public static func of(_ text: String) -> Int {
        var width = 0
        for scalar in text.unicodeScalars {
            let v = scalar.value
            switch scalar.properties.generalCategory {
            case .nonspacingMark, .enclosingMark, .format, .control: continue
            default: break
            }
            let wide = (0x1100...0x115F).contains(v) || (0x2E80...0xA4CF).contains(v) || (0xAC00...0xD7A3).contains(v)
                || (0xF900...0xFAFF).contains(v) || (0xFE30...0xFE4F).contains(v) || (0xFF00...0xFF60).contains(v)
                || (0xFFE0...0xFFE6).contains(v) || (0x20000...0x3FFFD).contains(v)
            width += wide ? 2 : 1
        }
        return width
    }

    /// `text` on one line (line breaks as spaces), shortened to `limit` columns with an ellipsis.
    public static func clip(_ text: String, _ limit: Int) -> String {
        let flat = text.replacingOccurrences(of: "\n", with: " ")
        if of(flat) <= limit { return flat }
        var out = ""
        for ch in flat {
            if of(out + String(ch)) > limit - 1 { break }
            out.append(ch)
        }
        return out + "…"
    }
}
