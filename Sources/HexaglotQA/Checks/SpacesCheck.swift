import HexaglotCore

/// No double spaces in the target, and leading and trailing spaces as in the source.
///
/// Rules (warnings):
/// - **double space**: two or more space characters in a row inside the target (spaces, tabs,
///   no-break and typographic spaces; line breaks excluded) when the source has no such run.
///   A French narrow no-break space after a plain one (`mot \u{202F}:`) counts too;
/// - **leading / trailing**: the target starts (ends) with whitespace and the source does not,
///   or the reverse. Whitespace here includes line breaks; the amount is not compared.
public struct SpacesCheck: QACheck {
    public static let id = "spaces"
    public static let severity = QASeverity.warning
    public static let summary = "No double spaces in the target; leading and trailing spaces as in the source"

    public init() {}

    public func check(_ pair: QAPair) -> [QAFinding] {
        let source = pair.source.plainText, target = pair.target.plainText
        var findings: [QAFinding] = []
        let s = Array(target.unicodeScalars)
        var offsets: [Int] = []
        var o = 0
        for c in s { offsets.append(o); o += c.utf16.count }
        offsets.append(o)

        let lead = s.prefix { $0.properties.isWhitespace }.count
        let trail = s.count == lead ? 0 : s.reversed().prefix { $0.properties.isWhitespace }.count
        let sourceLead = source.first?.isWhitespace ?? false
        let sourceTrail = source.last?.isWhitespace ?? false

        if lead > 0, !sourceLead {
            findings.append(finding(pair, "The target starts with \(lead == 1 ? describe(s[0]) : "\(lead) spaces"); the source does not", range: 0..<offsets[lead]))
        } else if lead == 0, sourceLead, !s.isEmpty {
            findings.append(finding(pair, "The source starts with a space; the target does not", range: 0..<0))
        }

        if !source.unicodeScalars.hasInlineSpaceRun {
            var i = lead
            let end = s.count - trail
            while i < end {
                guard s[i].isInlineSpace else { i += 1; continue }
                var j = i
                while j < end, s[j].isInlineSpace { j += 1 }
                if j - i >= 2 {
                    let what = s[i..<j].allSatisfy { $0 == " " } ? "\(j - i) spaces" : s[i..<j].map(describe).joined(separator: " + ")
                    findings.append(finding(pair, "Double space in the target (\(what)) at offset \(offsets[i])", range: offsets[i]..<offsets[j]))
                }
                i = j
            }
        }

        if trail > 0, !sourceTrail {
            findings.append(finding(pair, "The target ends with \(trail == 1 ? describe(s[s.count - 1]) : "\(trail) spaces"); the source does not",
                                    range: offsets[s.count - trail]..<offsets[s.count]))
        } else if trail == 0, sourceTrail, !s.isEmpty {
            findings.append(finding(pair, "The source ends with a space; the target does not", range: offsets[s.count]..<offsets[s.count]))
        }
        return findings
    }
}

private extension String.UnicodeScalarView {
    /// Whether the text has two inline spaces in a row between non-space characters.
    var hasInlineSpaceRun: Bool {
        let s = Array(self)
        let lead = s.prefix { $0.properties.isWhitespace }.count
        let trail = s.reversed().prefix { $0.properties.isWhitespace }.count
        guard lead + trail < s.count else { return false }
        var previousSpace = false
        for c in s[lead..<(s.count - trail)] {
            if c.isInlineSpace, previousSpace { return true }
            previousSpace = c.isInlineSpace
        }
        return false
    }
}
