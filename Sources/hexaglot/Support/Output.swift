import Foundation
import HexaglotCore

/// Writing results: JSON with stable keys, and plain-text tables that line up with CJK and Arabic text.
enum Output {
    /// Prints `value` as pretty JSON with sorted keys.
    static func json<T: Encodable>(_ value: T) throws {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        encoder.dateEncodingStrategy = .iso8601
        let data = try encoder.encode(value)
        print(String(decoding: data, as: UTF8.self))
    }

    /// Prints a table; `alignRight` names the columns to right-align (numbers).
    static func table(_ header: [String], _ rows: [[String]], alignRight: Set<Int> = []) {
        print(renderTable(header, rows, alignRight: alignRight), terminator: "")
    }

    static func renderTable(_ header: [String], _ rows: [[String]], alignRight: Set<Int> = []) -> String {
        let all = [header] + rows
        var widths = [Int](repeating: 0, count: header.count)
        for row in all {
            for (i, cell) in row.enumerated() where i < widths.count {
                widths[i] = max(widths[i], displayWidth(cell))
            }
        }
        var out = ""
        for (r, row) in all.enumerated() {
            var cells: [String] = []
            for (i, cell) in row.enumerated() where i < widths.count {
                let pad = String(repeating: " ", count: widths[i] - displayWidth(cell))
                cells.append(alignRight.contains(i) ? pad + cell : (i == row.count - 1 ? cell : cell + pad))
            }
            out += cells.joined(separator: "  ") + "\n"
            if r == 0 {
                out += widths.map { String(repeating: "─", count: $0) }.joined(separator: "  ") + "\n"
            }
        }
        return out
    }

    /// Terminal columns a string takes: wide East Asian characters count 2, combining marks 0.
    static func displayWidth(_ s: String) -> Int {
        var width = 0
        for scalar in s.unicodeScalars {
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

    /// Shortens text to `limit` columns with an ellipsis, on one line.
    static func clip(_ s: String, _ limit: Int) -> String {
        let flat = s.replacingOccurrences(of: "\n", with: " ")
        if displayWidth(flat) <= limit { return flat }
        var out = ""
        for ch in flat {
            if displayWidth(out + String(ch)) > limit - 1 { break }
            out.append(ch)
        }
        return out + "…"
    }
}

/// Writes a line to standard error.
func printError(_ text: String) {
    FileHandle.standardError.write(Data((text + "\n").utf8))
}
