import HexaglotStore

/// The fuzzy match score: how close a memory variant is to a query, from 0 to 100, with 101 for
/// an exact match in the same context.
///
/// Both texts are compared through their matching keys (``HexaglotText/MatchingKey``: case,
/// width, quote and dash forms, Arabic marks and spacing folded), split into match tokens
/// (``HexaglotText/MatchTokenizer``): words for languages written with spaces, characters for
/// Chinese, numbers, punctuation, and the inline codes of the content.
///
/// 1. **Base.** `d` is the optimal-string-alignment distance between the two sequences of words
///    and numbers (insert, delete, substitute, and swap two neighbouring tokens, each cost 1:
///    a swapped pair of words is one edit, not two). When the query has a word, any number
///    equals any number here, because a differing number is a placeable that the suggestion
///    adapts; a query of numbers alone (`12345`, `008080`) compares them by value. With `L` the
///    longer length, `base = floor(100 × (L + 1 − d) / (L + 1))`, and `base = 0` when `d = L`
///    (no token in common). The `+ 1` keeps one edit in a short segment from weighing as much
///    as a third of it: one word of 3 changed scores 75, of 10 scores 90, of 20 scores 95.
///    When neither text has a word or a number, the punctuation sequences are compared the
///    same way.
/// 2. **Penalties**, subtracted from the base:
///    - 1 point per number that differs (the multiset difference of the numbers' values), when
///      numbers are placeables;
///    - 1 point per punctuation or symbol added or removed (`%`, `.`, `!`: the insertions and
///      deletions that turn one punctuation sequence into the other), at most 3;
///    - 2 points per inline code edit (Levenshtein distance of the codes, compared by kind and
///      role), at most 10;
///    - 1 point when the texts differ in form where their words agree: a word both have written
///      with other capitals, or identical keys with texts that are not (case, spacing, quotes).
/// 3. `score = max(0, base − penalties)`. So 100 means the same text with the same codes.
/// 4. **101** (in context): a score of 100 where the segments before and after the query and
///    the variant are known and have the same keys.
///
/// Lookups rank by score, then by character similarity of the texts (``CharacterSimilarity``),
/// then put newer units first. The exhaustive scan used to check recall ranks with this same
/// function.
///
/// **The index's bound** (``bound(shared:query:candidate:)``). In an alignment of cost `d`,
/// each token of the longer sequence is matched to an equal token, swapped with an equal
/// neighbour, substituted, or deleted; the first two kinds pair it one to one with an equal
/// token of the other sequence, so there are at most `s` of them, `s` being the size of the
/// two token multisets' intersection (any number equal to any number); each token of the other
/// kinds costs at least 1, alone. So `d ≥ L − s`, and `d ≥ |n − m|` since only insertions and
/// deletions change the length. The base falls as `d` rises, and penalties only subtract, so
/// `score ≤ floor(100 × (s + 1) / (L + 1))`, and 0 when `s = 0`; any `s' ≥ s` gives a bound too
/// (the index counts the query's tokens that the candidate has, which is at least `s`).
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

    /// The base score of `d` edits between sequences whose longer length is `longest`.
    static func ratio(distance d: Int, longest: Int) -> Int {
        if longest == 0 { return 100 }
        if d >= longest { return 0 }
        return 100 * (longest + 1 - d) / (longest + 1)
    }

    /// An upper bound of the score of a candidate of length `m` against a query of length `n`
    /// when they share at most `shared` words and numbers (see the type's proof).
    static func bound(shared: Int, query n: Int, candidate m: Int) -> Int {
        let longest = max(n, m)
        let s = min(shared, min(n, m))
        return ratio(distance: max(longest - s, abs(n - m)), longest: longest)
    }

    /// The candidate lengths that can reach `minimum` against a query of length `n`:
    /// `d ≥ |n − m|` bounds the score by `100 (min + 1) / (max + 1)`.
    static func lengthWindow(_ n: Int, minimum: Int) -> ClosedRange<Int> {
        let minimum = max(1, min(100, minimum))
        let low = max(1, (minimum * (n + 1) + 99) / 100 - 1)
        let high = max(low, 100 * (n + 1) / minimum - 1)
        return low...high
    }

    /// How many of the query's `n` words and numbers a candidate must share to reach `minimum`
    /// (from the bound: `s ≥ minimum (L + 1) / 100 − 1` with `L ≥ n`, and `s ≥ 1`).
    static func requiredShared(_ n: Int, minimum: Int) -> Int {
        let minimum = max(1, min(100, minimum))
        return min(n, max(1, (minimum * (n + 1) + 99) / 100 - 1))
    }

    /// The score of stored tokens `c` against the query's `q` (both in ``MemoryToken`` form),
    /// without the text-form point, which needs the texts.
    static func score(query q: TokenParts, candidate c: TokenParts, scratch: inout [Int]) -> MatchScore {
        var base: Int
        let placeables = q.hasWord
        if q.scored.isEmpty && c.scored.isEmpty {
            let d = distance(q.punctuation, c.punctuation, scratch: &scratch)
            base = ratio(distance: d, longest: max(q.punctuation.count, c.punctuation.count))
        } else {
            let d = distance(q.scored, c.scored, numbersEqual: placeables, scratch: &scratch)
            base = ratio(distance: d, longest: max(q.scored.count, c.scored.count))
        }
        var p = Penalties()
        p.numbers = placeables ? numberDifference(q.numbers, c.numbers) : 0
        p.punctuation = min(3, insertionsAndDeletions(q.punctuation, c.punctuation, scratch: &scratch))
        p.codes = min(10, 2 * distance(q.codes, c.codes, transpositions: false, scratch: &scratch))
        return MatchScore(value: max(0, base - p.total), base: base, penalties: p)
    }

    /// The score once the texts are known: one point off when their form differs where their
    /// words agree (`caseChanged`), or when only their form differs (`identical` is false at 100).
    mutating func applyTextForm(identical: Bool, caseChanged: Bool) {
        guard penalties.textForm == 0, caseChanged || (value == 100 && !identical) else { return }
        penalties.textForm = 1
        value = max(0, value - 1)
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

    /// Optimal string alignment distance (Levenshtein with swaps of neighbours, each cost 1;
    /// `transpositions: false` gives plain Levenshtein).
    static func distance(_ a: ArraySlice<UInt32>, _ b: ArraySlice<UInt32>, numbersEqual: Bool = false,
                         transpositions: Bool = true, scratch: inout [Int]) -> Int {
        if a.isEmpty { return b.count }
        if b.isEmpty { return a.count }
        let m = b.count
        if scratch.count < 3 * (m + 1) { scratch = [Int](repeating: 0, count: 3 * (m + 1)) }
        @inline(__always) func same(_ x: UInt32, _ y: UInt32) -> Bool {
            x == y || (numbersEqual && x >> 30 == MemoryToken.number && y >> 30 == MemoryToken.number)
        }
        return scratch.withUnsafeMutableBufferPointer { buffer in
            // Three rows: two rows back (for swaps), the previous row, the current row.
            var older = buffer.baseAddress!, previous = older + (m + 1), current = previous + (m + 1)
            for j in 0...m { previous[j] = j }
            var i = 0
            var before: UInt32 = 0
            for x in a {
                i += 1
                current[0] = i
                var j = 0
                var left: UInt32 = 0
                for y in b {
                    j += 1
                    var next = min(min(previous[j] + 1, current[j - 1] + 1), previous[j - 1] + (same(x, y) ? 0 : 1))
                    if transpositions, i > 1, j > 1, same(x, left), same(before, y), !same(x, y) {
                        next = min(next, older[j - 2] + 1)
                    }
                    current[j] = next
                    left = y
                }
                before = x
                (older, previous, current) = (previous, current, older)
            }
            return previous[m]
        }
    }

    /// The insertions and deletions that turn `a` into `b`: `|a| + |b| − 2 × LCS`.
    static func insertionsAndDeletions(_ a: ArraySlice<UInt32>, _ b: ArraySlice<UInt32>, scratch: inout [Int]) -> Int {
        if a.isEmpty || b.isEmpty { return a.count + b.count }
        let m = b.count
        if scratch.count < m + 1 { scratch = [Int](repeating: 0, count: m + 1) }
        let common = scratch.withUnsafeMutableBufferPointer { row in
            for j in 0...m { row[j] = 0 }
            for x in a {
                var diagonal = 0
                var j = 0
                for y in b {
                    j += 1
                    let next = x == y ? diagonal + 1 : max(row[j], row[j - 1])
                    diagonal = row[j]
                    row[j] = next
                }
            }
            return row[m]
        }
        return a.count + b.count - 2 * common
    }
}

/// Stored tokens split by kind (they are stored scored first, then punctuation, then codes).
struct TokenParts {
    var scored: ArraySlice<UInt32>
    var punctuation: ArraySlice<UInt32>
    var codes: ArraySlice<UInt32>
    var numbers: [UInt32]
    /// Whether there is a word among the scored tokens (then numbers are placeables).
    var hasWord: Bool

    init(_ tokens: [UInt32]) {
        var s = 0
        while s < tokens.count, tokens[s] >> 30 <= MemoryToken.number { s += 1 }
        var p = s
        while p < tokens.count, tokens[p] >> 30 == MemoryToken.punctuation { p += 1 }
        scored = tokens[0..<s]
        punctuation = tokens[s..<p]
        codes = tokens[p...]
        numbers = scored.filter { $0 >> 30 == MemoryToken.number }
        hasWord = numbers.count < scored.count
    }
}
