/// How alike two texts are character by character: what breaks ties between equal scores.
///
/// `1000 × (1 − (insertions + deletions) / (|a| + |b|))` over Unicode scalars, as rapidfuzz's
/// `fuzz.ratio` computes it (×10). Texts longer than 2,000 scalars are compared on their first
/// 2,000, so a tie-break never costs more than a few milliseconds.
enum CharacterSimilarity {
    static let limit = 2000

    static func of(_ a: String, _ b: String) -> Int {
        let x = Array(a.unicodeScalars.prefix(limit)), y = Array(b.unicodeScalars.prefix(limit))
        if x.isEmpty && y.isEmpty { return 1000 }
        if x.isEmpty || y.isEmpty { return 0 }
        var row = [Int](repeating: 0, count: y.count + 1)
        for s in x {
            var diagonal = 0
            for j in 1...y.count {
                let next = s == y[j - 1] ? diagonal + 1 : max(row[j], row[j - 1])
                diagonal = row[j]
                row[j] = next
            }
        }
        return 1000 * 2 * row[y.count] / (x.count + y.count)
    }
}
