import Foundation
import HexaglotCore
import HexaglotStore

/// `coverage --csv`: one RFC 4180 row per document × language, columns documented in README.md.
public enum CoverageCSV {
    /// The header row: the document, the language, then segments and words per status.
    public static let header: [String] = ["reference", "kind", "title", "source_language", "language", "is_source", "percent"]
        + TranslationStatus.allCases.map { "segments_\($0.rawValue)" }
        + TranslationStatus.allCases.map { "words_\($0.rawValue)" }

    /// The whole file: header, then `pairs` (documents in the order given, languages in the order given),
    /// CRLF line ends, UTF-8 without a byte-order mark. The source language's row has `is_source` true,
    /// percent 100 and empty count cells (its segments are the source, not translations).
    public static func render(_ pairs: [(DocumentCoverage, [Language])]) -> String {
        var out = line(header)
        for (row, languages) in pairs {
            for language in languages {
                let c = row.languages[language]!
                var cells = [row.reference, row.kind.rawValue, row.title, row.sourceLanguage.rawValue,
                             language.rawValue, c.isSource ? "true" : "false", percent(c.percent)]
                if c.isSource {
                    cells += Array(repeating: "", count: 2 * TranslationStatus.allCases.count)
                } else {
                    cells += TranslationStatus.allCases.map { "\(c.segments($0))" }
                    cells += TranslationStatus.allCases.map { "\(c.words($0))" }
                }
                out += line(cells)
            }
        }
        return out
    }

    /// The percentage with one decimal, as in `--json` (rounded to the nearest tenth).
    static func percent(_ value: Double) -> String {
        String(format: "%.1f", (value * 10).rounded() / 10)
    }

    static func line(_ cells: [String]) -> String {
        cells.map(field).joined(separator: ",") + "\r\n"
    }

    /// One field: quoted when it holds a comma, a double quote, a line break or edge spaces;
    /// double quotes inside are doubled.
    static func field(_ text: String) -> String {
        let needsQuotes = text.contains { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" || $0 == "\r\n" }
            || text.first == " " || text.last == " "
        guard needsQuotes else { return text }
        return "\"" + text.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }
}
