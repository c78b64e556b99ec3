import HexaglotWorkflow

extension GlossaryHints {
    /// The hints on one line, as `show` and `review` print them: `terms: source → approved / admitted; …`.
    static func line(_ hints: [Hint]) -> String? {
        guard !hints.isEmpty else { return nil }
        return "terms: " + hints.map { h in
            "\(h.source)\(h.deprecatedInSource ? " (deprecated)" : "") → " + (h.approved.isEmpty ? "—" : h.approved.joined(separator: " / "))
        }.joined(separator: "; ")
    }
}
