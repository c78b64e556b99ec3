import HexaglotStore

/// The fuzzy match score: how close a memory variant is to a query, from 0 to 100, with 101 for
/// an exact match in the same context.
///
/// Both texts are compared through their matching keys (``HexaglotText/MatchingKey``: case,
/// width, quote and dash forms, Arabic marks and spacing folded), split into match tokens
/// (``HexaglotText/MatchTokenizer``): words for languages written with spaces, characters for
/// Chinese, numbers, punctuation, and the inline codes of the content.
///
/// 1. **Base.** `d` is the Levenshtein distance between the two sequences of words and numbers
///    (insert, delete and substitute cost 1; any number equals any number here, because a
///    differing number is a placeable that the suggestion adapts). With `n` and `m` the two
///    lengths, `base = floor(100 × (1 − d / max(n, m)))`. When neither text has a word or a
///    number, the punctuation sequences are compared the same way.
/// 2. **Penalties**, subtracted from the base:
///    - 1 point per number that differs (the multiset difference of the numbers' values);
///    - 1 point per punctuation edit (Levenshtein distance of the punctuation sequences), at most 3;
///    - 2 points per inline code edit (Levenshtein distance of the codes, compared by kind and
///      role), at most 10;
///    - 1 point when the keys are identical but the texts are not (case, spacing, quote style).
/// 3. `score = max(0, base − penalties)`. So 100 means the same text with the same codes.
/// 4. **101** (in context): a score of 100 where the segments before and after the query and
///    the variant are known and have the same keys.
///
/// Lookups rank by score, then put newer units first. The exhaustive scan used to check
/// recall ranks with this same function.
public struct MatchScore: Hashable, Codable, Sendable, Comparable {
    public var value: Int
    public var base: Int
    public var penalties: Penalties

    /// The points taken off the base score, by cause.
    public struct Penalties: Hashable, Codable, Sendable {
        public var numbers = 0
        public var punctuation = 0
        public var codes = 0
        public var textForm = 0
        public var total: Int { numbers + punctuation + codes + textForm }
    }

    public static func < (a: MatchScore, b: MatchScore) -> Bool { a.value < b.value }

    /// The candidate lengths that can reach `minimum` against a query of length `n`.
    static func lengthWindow(_ n: Int, minimum: Int) -> ClosedRange<Int> {
        let minimum = max(1, min(100, minimum))
        let low = (n * minimum + 99) / 100
        let high = n * 100 / minimum
        return max(1, low)...max(max(1, low), high)
    }

    /// The score of stored tokens `c` against the query's `q` (both in ``MemoryToken`` form),
    /// without the text-form point, which needs the texts.
    static func score(query q: TokenParts, candidate c: TokenParts, scratch: inout [Int]) -> MatchScore {
        var base: Int
        if q.scored.isEmpty && c.scored.isEmpty {
            let d = levenshtein(q.punctuation, c.punctuation, scratch: &scratch)
            let longest = max(q.punctuation.count, c.punctuation.count)
            base = longest == 0 ? 100 : 100 * (longest - d) / longest
        } else {
            let d = levenshtein(q.scored, c.scored, numbersEqual: true, scratch: &scratch)
            let longest = max(q.scored.count, c.scored.count)
            base = 100 * (longest - d) / longest
        }
        var p = Penalties()
        p.numbers = numberDifference(q.numbers, c.numbers)
        p.punctuation = min(3, levenshtein(q.punctuation, c.punctuation, scratch: &scratch))
        p.codes = min(10, 2 * levenshtein(q.codes, c.codes, scratch: &scratch))
        return MatchScore(value: max(0, base - p.total), base: base, penalties: p)
    }

    /// The score once the texts are known: one point off when only their form differs.
    mutating func applyTextForm(identical: Bool) {
        if value == 100 && !identical {
            penalties.textForm = 1
            value = 99
        }
    }

    static func numberDifference(_ a: [UInt32], _ b: [UInt32]) -> Int {
        if a.isEmpty { return b.count }
        if b.isEmpty { return a.count }
        let x = a.sorted(), y = b.sorted()
        var i = 0, j = 0, common = 0
        while i < x.count && j < y.count {
            if x[i] == y[j] { common += 1; i += 1; j += 1 } else if x[i] < y[j] { i += 1 } else { j += 1 }
        }
        return max(x.count, y.count) - common
    }

    static func levenshtein(_ a: ArraySlice<UInt32>, _ b: ArraySlice<UInt32>, numbersEqual: Bool = false,
                            scratch: inout [Int]) -> Int {
        if a.isEmpty { return b.count }
        if b.isEmpty { return a.count }
        let m = b.count
        if scratch.count < m + 1 { scratch = [Int](repeating: 0, count: m + 1) }
        return scratch.withUnsafeMutableBufferPointer { row in
            for j in 0...m { row[j] = j }
            var i = 0
            for x in a {
                i += 1
                var diagonal = row[0]
                row[0] = i
                var j = 0
                for y in b {
                    j += 1
                    let same = x == y || (numbersEqual && x >> 30 == MemoryToken.number && y >> 30 == MemoryToken.number)
                    let next = min(min(row[j] + 1, row[j - 1] + 1), diagonal + (same ? 0 : 1))
                    diagonal = row[j]
                    row[j] = next
                }
            }
            return row[m]
        }
    }
}

/// Stored tokens split by kind (they are stored scored first, then punctuation, then codes).
struct TokenParts {
    var scored: ArraySlice<UInt32>
    var punctuation: ArraySlice<UInt32>
    var codes: ArraySlice<UInt32>
    var numbers: [UInt32]

    init(_ tokens: [UInt32]) {
        var s = 0
        while s < tokens.count, tokens[s] >> 30 <= MemoryToken.number { s += 1 }
        var p = s
        while p < tokens.count, tokens[p] >> 30 == MemoryToken.punctuation { p += 1 }
        scored = tokens[0..<s]
        punctuation = tokens[s..<p]
        codes = tokens[p...]
        numbers = scored.filter { $0 >> 30 == MemoryToken.number }
    }
}
