/// Whether two texts write a word they share only with other capitals (`not` and `Not`, where
/// neither text has the other's form): the case change the score's text-form point stands
/// for, which matching keys fold away.
enum CaseChange {
    static func between(_ a: String, _ b: String) -> Bool {
        let x = forms(a), y = forms(b)
        for (folded, written) in x {
            guard let other = y[folded] else { continue }
            if written.isDisjoint(with: other) { return true }
        }
        return false
    }

    /// Each word's lower-case form with the ways the text writes it.
    private static func forms(_ text: String) -> [String: Set<Substring>] {
        var result: [String: Set<Substring>] = [:]
        for word in text.split(whereSeparator: { !($0.isLetter || $0.isNumber) }) {
            result[word.lowercased(), default: []].insert(word)
        }
        return result
    }
}
