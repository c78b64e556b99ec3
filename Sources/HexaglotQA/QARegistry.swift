import HexaglotCore

/// The quality checks, and running them over segment pairs.
public enum QARegistry {
    /// Every check, in the order `check --list` shows them and findings are reported.
    public static let checks: [any QACheck.Type] = [
        NumbersCheck.self,
        InlineCodesCheck.self,
        PlaceholdersCheck.self,
        PunctuationCheck.self,
        MixedScriptCheck.self,
        UntranslatedCheck.self,
        SpacesCheck.self,
        LengthRatioCheck.self,
    ]

    /// The check with `id`, if any.
    public static func check(id: String) -> (any QACheck.Type)? {
        checks.first { $0.id == id }
    }

    /// The findings of the checks (those in `ids`, or all) on `pairs`, by segment order, then
    /// check order, then position in the target.
    ///
    /// Pairs with an empty target are skipped: a segment not yet translated has nothing to check.
    /// Unknown ids in `ids` are ignored; callers validate them against ``checks``.
    public static func run(_ pairs: [QAPair], only ids: Set<String>? = nil) -> [QAFinding] {
        let selected = checks.filter { ids?.contains($0.id) ?? true }.map { $0.init() }
        var findings: [QAFinding] = []
        for pair in pairs where !pair.target.isEmpty {
            for check in selected { findings += check.check(pair) }
        }
        return findings
    }
}
