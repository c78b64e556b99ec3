import Foundation
import HexaglotCore
import HexaglotText

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

    /// Terminal columns a string takes (``DisplayWidth``).
    static func displayWidth(_ s: String) -> Int { DisplayWidth.of(s) }

    /// Shortens text to `limit` columns with an ellipsis, on one line (``DisplayWidth``).
    static func clip(_ s: String, _ limit: Int) -> String { DisplayWidth.clip(s, limit) }
}

/// Writes a line to standard error.
func printError(_ text: String) {
    FileHandle.standardError.write(Data((text + "\n").utf8))
}
