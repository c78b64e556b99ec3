import Foundation
import HexaglotCore
import HexaglotStore
import HexaglotText

/// What to look up: a segment's content in one language, and the language wanted.
public struct MemoryQuery: Sendable {
    public var content: Content
    public var from: Language
    public var to: Language
    /// Matches below this score are not returned (0–100).
    public var minimum: Int
    /// At most this many matches, best first.
    public var limit: Int
    /// The texts of the segments before and after the query, for in-context (101) matches.
    public var previous: String?
    public var next: String?
    /// Units never to return (the unit of the segment being looked up).
    public var excluding: Set<Int64>

    public init(content: Content, from: Language, to: Language, minimum: Int = 70, limit: Int = 5,
                previous: String? = nil, next: String? = nil, excluding: Set<Int64> = []) {
        self.content = content
        self.from = from
        self.to = to
        self.minimum = minimum
        self.limit = limit
        self.previous = previous
        self.next = next
        self.excluding = excluding
    }

    func validate() throws {
        guard from != to else {
            throw MemoryError(.invalidQuery, "the source and target languages are both \(from.rawValue); choose two different languages")
        }
        guard (0...100).contains(minimum) else {
            throw MemoryError(.invalidQuery, "the minimum score must be between 0 and 100, not \(minimum)")
        }
        guard limit >= 1 else {
            throw MemoryError(.invalidQuery, "at least one match must be asked for, not \(limit)")
        }
        guard !content.plainText.allSatisfy(\.isWhitespace) else {
            throw MemoryError(.invalidQuery, "the segment to look up is empty")
        }
    }
}

/// Looks up memory matches through the persisted inverted index.
///
/// The index lists, for each word (each character in Chinese) and for "any number", the units
/// whose variant contains it, with the variant's length, grouped by length. A variant of
/// length `m` can only reach the minimum score `s` against a query of length `n` if
/// `s·(n+1)/100 − 1 ≤ m ≤ 100·(n+1)/s − 1`, and only if it shares at least
/// `r = max(1, ⌈s·(n+1)/100⌉ − 1)` of the query's tokens (``MatchScore``'s bound); so it must
/// contain one of the query's `n − r + 1` rarest tokens (prefix filtering).
///
/// 1. The lists of those rarest tokens, read only for the possible lengths, give the candidates.
/// 2. The lists of the query's other tokens count, for each candidate, how many of the query's
///    tokens it may share: `o` (a list much longer than the candidates is not read: its token
///    is taken as shared by all of them, which only raises their bounds). With its length `m` (from the list),
///    ``MatchScore/bound(shared:query:candidate:)`` bounds its score from above without reading it.
/// 3. Candidates are read and scored exactly in the order of that bound, highest first, and the
///    search stops when the bound falls below the score of the last of the best `limit`.
///
/// Every unit that could be among the best is scored with the same function as the exhaustive
/// scan (``ExhaustiveScan``): the result is the same, only found faster. One lookup object
/// keeps its counting arrays from one query to the next.
public final class MemoryLookup {
    let reader: MemoryReader
    /// Per unit id: the tokens it may share with the query, and its length (capped at 255).
    /// Zeroed by `calloc`, whose pages the system maps only when touched: a cold process pays
    /// for the units the query reaches, not for the whole memory.
    private var counts = UnsafeMutableBufferPointer<UInt16>(start: nil, count: 0)
    private var lengths = UnsafeMutableBufferPointer<UInt8>(start: nil, count: 0)
    /// One bit per unit id: whether it is a candidate yet. The lists of the query's common
    /// tokens are mostly units that are not; this map (128 KiB at 1M units) stays in the
    /// processor's cache where `counts` (2 MiB) does not, so such a unit costs no miss.
    private var candidates = UnsafeMutableBufferPointer<UInt64>(start: nil, count: 0)
    private var touched: [UInt32] = []
    /// A query token's list is read to count candidates only when it has at most this many
    /// units per candidate found so far (see ``bounded(_:minimum:)``).
    var skipFactor = 256

    public init(_ reader: MemoryReader) { self.reader = reader }

    deinit {
        free(counts.baseAddress)
        free(lengths.baseAddress)
        free(candidates.baseAddress)
    }

    /// Makes the counting arrays hold unit ids below `size`, all zero.
    private func reserve(_ size: Int) {
        guard counts.count < size else { return }
        free(counts.baseAddress)
        free(lengths.baseAddress)
        free(candidates.baseAddress)
        let words = (size + 63) / 64
        counts = UnsafeMutableBufferPointer(start: calloc(size, 2)?.assumingMemoryBound(to: UInt16.self), count: size)
        lengths = UnsafeMutableBufferPointer(start: calloc(size, 1)?.assumingMemoryBound(to: UInt8.self), count: size)
        candidates = UnsafeMutableBufferPointer(start: calloc(words, 8)?.assumingMemoryBound(to: UInt64.self), count: words)
        if counts.baseAddress == nil || lengths.baseAddress == nil || candidates.baseAddress == nil {
            free(counts.baseAddress)
            free(lengths.baseAddress)
            free(candidates.baseAddress)
            counts = UnsafeMutableBufferPointer(start: nil, count: 0)
            lengths = UnsafeMutableBufferPointer(start: nil, count: 0)
            candidates = UnsafeMutableBufferPointer(start: nil, count: 0)
        }
    }

    /// The best matches for `query`, best first.
    public func matches(_ query: MemoryQuery) throws -> [MemoryMatch] {
        try query.validate()
        let encoded = try reader.encode(query.content, language: query.from, previous: query.previous, next: query.next)
        let ranked = try rank(encoded, query)
        if reader.prefetches { try reader.prefetchUnits(ranked.map { Int64($0.unit) }) }
        return try ranked.map { try MatchBuilder(reader: reader, query: query, encoded: encoded).match($0) }
    }

    /// The best units for `query` with their scores, best first, without building the matches.
    public func ranked(_ query: MemoryQuery) throws -> [(unit: Int64, score: Int)] {
        try query.validate()
        let encoded = try reader.encode(query.content, language: query.from, previous: query.previous, next: query.next)
        return try rank(encoded, query).map { (Int64($0.unit), $0.score.value) }
    }

    /// Scores and orders the candidates: (unit, score) best first.
    func rank(_ encoded: EncodedQuery, _ query: MemoryQuery) throws -> [Ranked] {
        var ranker = Ranker(encoded, query, reader: reader)
        if encoded.length == 0 {
            // Nothing but punctuation or codes: no word to look up by, so every variant is a candidate.
            let target = UInt8(1) << UInt8(query.to.memoryIndex)
            try reader.forEachVariant(language: query.from) { unit, blob, languages in
                if languages & target != 0 { try ranker.consider(unit, MemoryToken.decode(blob)) }
            }
            return ranker.top.sorted
        }
        let candidates = try bounded(encoded, minimum: query.minimum)
        // On a server, candidates are read in chunks ahead of the scoring, growing as it goes on.
        var prefetched = 0
        var chunk = 32
        for (i, (unit, bound)) in candidates.enumerated() {
            if !ranker.mayAdmit(bound: bound) { break }
            if query.excluding.contains(Int64(unit)) { continue }
            if i >= prefetched && reader.prefetches {
                prefetched = min(candidates.count, i + chunk)
                chunk = min(chunk * 2, 1024)
                try reader.prefetch(units: candidates[i..<prefetched].map(\.unit), language: query.from, target: query.to)
            }
            let tokens: [UInt32]? = try reader.withTokens(unit: unit, language: query.from, target: query.to) { blob, hasTarget in
                hasTarget ? blob.map(MemoryToken.decode) : nil
            }
            if let tokens { try ranker.consider(unit, tokens) }
        }
        return ranker.top.sorted
    }

    /// The candidates with the bound of their score, highest bound first (then newest unit).
    func bounded(_ encoded: EncodedQuery, minimum: Int) throws -> [(unit: UInt32, bound: Int)] {
        let n = encoded.length
        let minimum = max(1, minimum)
        let window = MatchScore.lengthWindow(n, minimum: minimum)
        let required = MatchScore.requiredShared(n, minimum: minimum)
        let prefixSize = n - required + 1
        // The query's index tokens with how often each occurs among its words and numbers.
        var occurrences: [(token: UInt32, count: Int, frequency: Int)] = []
        for entry in encoded.indexed {
            let count: Int
            if entry.token == encoded.anyNumber {
                count = encoded.tokens.prefix(n).filter { $0 >> 30 == MemoryToken.number }.count
            } else {
                count = encoded.tokens.prefix(n).filter { $0 == entry.token }.count
            }
            occurrences.append((entry.token, count, entry.frequency))
        }
        occurrences.sort { $0.frequency != $1.frequency ? $0.frequency < $1.frequency : $0.token < $1.token }

        let size = Int(try reader.maxUnitID()) + 1
        reserve(size)
        guard counts.count >= size else { throw MemoryError(.invalidQuery, "not enough memory to count the candidates among \(size) units") }
        var touched: [UInt32] = []
        swap(&touched, &self.touched)
        touched.removeAll(keepingCapacity: true)
        defer { swap(&touched, &self.touched) }
        var result: [(unit: UInt32, bound: Int)] = []
        let counts = self.counts, lengths = self.lengths, candidates = self.candidates
        // Counts left by a failed read would spoil the next query. Every bit set is a touched
        // unit's, so clearing whole words clears no other query's.
        defer {
            for unit in touched {
                counts[Int(unit)] = 0
                candidates[Int(unit) >> 6] = 0
            }
        }
        // The tokens that open candidates: the rarest, up to the prefix size.
        var openers = 0
        var seen = 0
        while openers < occurrences.count && seen < prefixSize {
            seen += occurrences[openers].count
            openers += 1
        }
        if reader.prefetches {
            try reader.prefetchPostings(tokens: occurrences[..<openers].filter { $0.frequency > 0 }.map(\.token), lengths: window)
        }
        // Query tokens taken as shared by every candidate without reading their lists.
        var assumed = 0
        for (i, o) in occurrences.enumerated() {
            let opens = i < openers
            if i == openers && reader.prefetches {
                // The candidates are all found: the lists still worth reading are known, in one go.
                let counted = occurrences[openers...].filter { $0.frequency > 0 && $0.frequency <= skipFactor * touched.count }
                try reader.prefetchPostings(tokens: counted.map(\.token), lengths: window)
            }
            guard o.frequency > 0 else { continue }
            if !opens && o.frequency > skipFactor * touched.count {
                // A list far longer than the candidates: counting it would cost more than scoring
                // them. Taking the token as shared keeps every bound a bound (a larger one).
                assumed += o.count
                continue
            }
            let add = UInt16(min(o.count, Int(UInt16.max)))
            try reader.forEachPostingRun(token: o.token, lengths: window) { units, length in
                let capped = UInt8(min(length, 255))
                for unit in units {
                    let u = Int(unit)
                    guard u < counts.count else { continue }
                    let bit = UInt64(1) << UInt64(u & 63)
                    if candidates[u >> 6] & bit == 0 {
                        guard opens else { continue }
                        candidates[u >> 6] |= bit
                        touched.append(unit)
                        lengths[u] = capped
                    }
                    counts[u] &+= add
                }
            }
        }
        result.reserveCapacity(touched.count)
        for unit in touched {
            let u = Int(unit)
            // A length capped at 255 is at most the true one: the bound only grows.
            let bound = MatchScore.bound(shared: Int(counts[u]) + assumed, query: n, candidate: Int(lengths[u]))
            if bound >= minimum { result.append((unit, bound)) }
        }
        result.sort { $0.bound != $1.bound ? $0.bound > $1.bound : $0.unit > $1.unit }
        return result
    }

}

/// Scores candidates and keeps the best: the one ranking shared by the indexed lookup and the
/// exhaustive scan.
struct Ranker {
    let encoded: EncodedQuery
    let query: MemoryQuery
    let reader: MemoryReader
    let q: TokenParts
    let queryText: String
    var top: TopMatches
    var scratch: [Int] = []

    init(_ encoded: EncodedQuery, _ query: MemoryQuery, reader: MemoryReader) {
        self.encoded = encoded
        self.query = query
        self.reader = reader
        q = TokenParts(encoded.tokens)
        queryText = query.content.plainText
        top = TopMatches(limit: query.limit, minimum: query.minimum)
    }

    /// Whether a candidate whose score is at most `bound` could still enter the best.
    func mayAdmit(bound: Int) -> Bool {
        top.admits(bound)
    }

    /// Scores a unit that has the target language, from its stored tokens in the query's language.
    ///
    /// The tokens give the score but for the text-form point; a unit that may enter the best is
    /// then read for that point, the in-context 101 and the character similarity that breaks ties.
    mutating func consider(_ unit: UInt32, _ tokens: [UInt32]) throws {
        if query.excluding.contains(Int64(unit)) { return }
        var score = MatchScore.score(query: q, candidate: TokenParts(tokens), scratch: &scratch)
        guard top.admits(score.value) else { return }
        let stored = try reader.variant(unit: Int64(unit), language: query.from)
        let text = stored?.content.plainText ?? ""
        score.applyTextForm(identical: text == queryText && stored?.content.codes.count == query.content.codes.count,
                            caseChanged: CaseChange.between(queryText, text))
        if score.value == 100, let context = encoded.context, stored?.context == context {
            score.value = 101
        }
        guard top.admits(score.value) else { return }
        top.insert(Ranked(unit: unit, score: score, similarity: CharacterSimilarity.of(queryText, text)))
    }
}

/// A unit and its score, as ranked before the match is built.
struct Ranked {
    var unit: UInt32
    var score: MatchScore
    /// ``CharacterSimilarity`` of the query and the unit's text: the first tie-break.
    var similarity = 0
}

/// The best `limit` candidates seen so far: higher score first, then the text more like the
/// query character by character, then the newer unit.
struct TopMatches {
    let limit: Int
    let minimum: Int
    private(set) var items: [Ranked] = []

    init(limit: Int, minimum: Int) {
        self.limit = limit
        self.minimum = minimum
    }

    static func before(_ a: Ranked, _ b: Ranked) -> Bool {
        if a.score.value != b.score.value { return a.score.value > b.score.value }
        if a.similarity != b.similarity { return a.similarity > b.similarity }
        return a.unit > b.unit
    }

    /// Whether a candidate with this score (at most) could still enter the list (a tie may,
    /// by its similarity or its recency).
    func admits(_ value: Int) -> Bool {
        guard value >= minimum else { return false }
        guard items.count == limit, let last = items.last else { return true }
        // A 100 may become 101 in context, so it is always checked against a full list of 100s.
        let best = value == 100 ? 101 : value
        return best >= last.score.value
    }

    mutating func insert(_ r: Ranked) {
        guard r.score.value >= minimum else { return }
        let at = items.firstIndex { TopMatches.before(r, $0) } ?? items.count
        guard at < limit else { return }
        items.insert(r, at: at)
        if items.count > limit { items.removeLast() }
    }

    var sorted: [Ranked] { items }
}
