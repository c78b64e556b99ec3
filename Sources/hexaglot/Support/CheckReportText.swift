import HexaglotWorkflow

/// How a check report reads on a terminal: findings per document and segment, then the
/// consistency findings, then the totals.
enum CheckReportText {
    static func print(_ report: CheckRunner.Report) {
        for doc in report.documents where !doc.findings.isEmpty {
            Swift.print("\(doc.reference) → \(doc.language)")
            var lastSegment = -1
            for f in doc.findings {
                if f.segment != lastSegment {
                    Swift.print("  [\(f.segment)]")
                    lastSegment = f.segment
                }
                Swift.print("    \(f.severity.rawValue) \(f.checkID): \(f.message)")
            }
        }
        for c in report.consistency {
            Swift.print("\(c.severity.rawValue) consistency (\(c.sourceLanguage.rawValue) → \(c.targetLanguage.rawValue)): "
                        + (c.kind == "term" ? "the term “\(c.source)”" : "“\(Output.clip(c.source, 60))”")
                        + " is translated \(c.variants.count) ways")
            for v in c.variants {
                Swift.print("    “\(Output.clip(v.text, 70))” in \(v.places.joined(separator: ", "))")
            }
        }
        Swift.print("\(report.errors) errors, \(report.warnings) warnings, \(report.info) notes")
    }
}
