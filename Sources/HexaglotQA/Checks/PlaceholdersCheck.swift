import Foundation
import HexaglotCore

/// Programming placeholders of the source (`%s`, `%1$d`, `{0}`, `{name}`, `%PRODUCTNAME`, `$(VAR)`) are kept in the target.
///
/// Rule: the placeholders below are found in each side's plain text and compared as multisets
/// of their exact spelling; their order may change (a translation may need `%2$s` before `%1$s`).
/// - printf: `%` then an optional position `1$`, flags `-+0#`, width, precision, length
///   (`h hh l ll L q j z t`) and a conversion `d i o u x X e E f F g G a A c s p n @`; `%%` is a
///   literal percent sign and not a placeholder; a space flag is not accepted, so "50 % of" is text;
/// - ICU, .NET and Python braces: `{0}`, `{0,number}`, `{name}`, `{{name}}`;
/// - OpenOffice-style `%PRODUCTNAME` (three or more capitals, digits or `_`, optional closing `%`);
/// - shell and make variables `$(VAR)`, `${VAR}`.
///
/// A placeholder missing from the target is an error; one only in the target is a warning.
public struct PlaceholdersCheck: QACheck {
    public static let id = "placeholders"
    public static let severity = QASeverity.error
    public static let summary = "Placeholders of the source (%s, %1$d, {0}, {name}, %PRODUCTNAME, $(VAR)) are kept in the target"

    public init() {}

    // Order matters: the first alternative that matches at a position wins.
    private static let pattern = try! NSRegularExpression(pattern: [
        #"%%"#,
        #"%[A-Z][A-Z0-9_]{2,}%?"#,
        #"%(?:[1-9][0-9]*\$)?[-+0#]*(?:[0-9]+|\*)?(?:\.(?:[0-9]+|\*))?(?:hh|h|ll|l|L|q|j|z|t)?[diouxXeEfFgGaAcspn@]"#,
        #"\{\{\s*[A-Za-z_][A-Za-z0-9_.]*\s*\}\}"#,
        #"\{[0-9]+(?:,[^{}]*)?\}"#,
        #"\{[A-Za-z_][A-Za-z0-9_.]*\}"#,
        #"\$\([A-Za-z_][A-Za-z0-9_]*\)"#,
        #"\$\{[A-Za-z_][A-Za-z0-9_]*\}"#,
    ].joined(separator: "|"))

    static func placeholders(in text: String) -> [(String, Range<Int>)] {
        let ns = text as NSString
        return pattern.matches(in: text, range: NSRange(location: 0, length: ns.length)).compactMap { m in
            let s = ns.substring(with: m.range)
            return s == "%%" ? nil : (s, m.range.location..<(m.range.location + m.range.length))
        }
    }

    public func check(_ pair: QAPair) -> [QAFinding] {
        let source = Self.placeholders(in: pair.source.plainText)
        let target = Self.placeholders(in: pair.target.plainText)
        guard !source.isEmpty || !target.isEmpty else { return [] }
        var remaining: [String: Int] = [:]
        for (p, _) in target { remaining[p, default: 0] += 1 }
        var findings: [QAFinding] = []
        var sourceLeft: [String: Int] = [:]
        for (p, _) in source { sourceLeft[p, default: 0] += 1 }
        for (p, _) in source {
            if let n = remaining[p], n > 0 { remaining[p] = n - 1 } else {
                findings.append(finding(pair, "The placeholder “\(p)” of the source is missing from the target"))
            }
        }
        for (p, range) in target {
            if let n = sourceLeft[p], n > 0 { sourceLeft[p] = n - 1 } else {
                findings.append(finding(pair, "The placeholder “\(p)” in the target is not in the source", range: range, severity: .warning))
            }
        }
        return findings
    }
}
