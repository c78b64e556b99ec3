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
/// whose variant contains it, grouped by the variant's length. A variant can only reach the
/// minimum score `s` if its length is within `[n·s/100, n·100/s]` of the query's `n` and it
/// shares at least `⌈n·s/100⌉` of the query's tokens; so it must contain one of the query's
/// `n − ⌈n·s/100⌉ + 1` rarest tokens (prefix filtering). Only those tokens' lists are read,
/// only for those lengths, and every unit found is scored exactly: the result is the same as
/// scoring every unit (see ``ExhaustiveScan``), only faster.
public struct MemoryLookup {
    let reader: MemoryReader

    public init(_ reader: MemoryReader) { self.reader = reader }

    /// The best matches for `query`, best first.
    public func matches(_ query: MemoryQuery) throws -> [MemoryMatch] {
        try query.validate()
        let encoded = try reader.encode(query.content, language: query.from, previous: query.previous, next: query.next)
        let ranked = try rank(encoded, query)
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
        if encoded.length == 0 {
            // Nothing but punctuation or codes: no word to look up by, so every variant is a candidate.
            let target = UInt8(1) << UInt8(query.to.memoryIndex)
            return try Self.rank(encoded, query, reader: reader) { consider in
                try reader.forEachVariant(language: query.from) { unit, blob, languages in
                    if languages & target != 0 { try consider(unit, Self.tokens(blob)) }
                }
            }
        }
        let window = MatchScore.lengthWindow(encoded.length, minimum: query.minimum)
        let units = try candidates(encoded, minimum: query.minimum, window: window)
        return try Self.rank(encoded, query, reader: reader) { consider in
            for unit in units {
                let tokens: [UInt32]? = try reader.withTokens(unit: unit, language: query.from, target: query.to) { blob, hasTarget in
                    hasTarget ? blob.map(Self.tokens) : nil
                }
                if let tokens { try consider(unit, tokens) }
            }
        }
    }

    /// Scores what `candidates` offers (units that have the target language, with their stored
    /// tokens) and keeps the best: the one ranking shared by the indexed lookup and the exhaustive scan.
    static func rank(_ encoded: EncodedQuery, _ query: MemoryQuery, reader: MemoryReader,
                     candidates: (_ consider: (UInt32, [UInt32]) throws -> Void) throws -> Void) throws -> [Ranked] {
        let q = TokenParts(encoded.tokens)
        var top = TopMatches(limit: query.limit, minimum: query.minimum)
        var scratch: [Int] = []
        try candidates { unit, tokens in
            if query.excluding.contains(Int64(unit)) { return }
            var score = MatchScore.score(query: q, candidate: TokenParts(tokens), scratch: &scratch)
            guard top.admits(score.value, unit: unit) else { return }
            if score.value == 100 {
                let stored = try reader.variant(unit: Int64(unit), language: query.from)
                score.applyTextForm(identical: stored?.content.plainText == query.content.plainText
                                    && stored?.content.codes.count == query.content.codes.count)
                if score.value == 100, let context = encoded.context, stored?.context == context {
                    score.value = 101
                }
            }
            top.insert(Ranked(unit: unit, score: score))
        }
        return top.sorted
    }

    /// The units that contain one of the query's rarest tokens, with a length in `window`.
    func candidates(_ encoded: EncodedQuery, minimum: Int, window: ClosedRange<Int>) throws -> [UInt32] {
        let n = encoded.length
        let required = max(1, (n * max(1, minimum) + 99) / 100)
        let prefixSize = n - required + 1
        // Each scored token occurrence stands for one index token; order occurrences rarest first.
        var occurrences: [(token: UInt32, frequency: Int)] = []
        let numberToken = encoded.indexed.first { $0.token == encoded.anyNumber }
        for t in encoded.tokens.prefix(n) {
            if t >> 30 == MemoryToken.number {
                if let numberToken { occurrences.append(numberToken) }
            } else if let f = encoded.indexed.first(where: { $0.token == t }) {
                occurrences.append(f)
            }
        }
        occurrences.sort { $0.frequency != $1.frequency ? $0.frequency < $1.frequency : $0.token < $1.token }
        var prefix: [UInt32] = []
        for o in occurrences.prefix(prefixSize) where o.frequency > 0 && !prefix.contains(o.token) {
            prefix.append(o.token)
        }
        var units: [UInt32] = []
        for token in prefix {
            try reader.forEachPosting(token: token, lengths: window) { unit, _ in units.append(unit) }
        }
        units.sort()
        var unique: [UInt32] = []
        unique.reserveCapacity(units.count)
        for u in units where unique.last != u { unique.append(u) }
        return unique
    }

    static func tokens(_ blob: UnsafeRawBufferPointer) -> [UInt32] {
        (0..<blob.count / 4).map { UInt32(littleEndian: blob.loadUnaligned(fromByteOffset: $0 * 4, as: UInt32.self)) }
    }
}

/// A unit and its score, as ranked before the match is built.
struct Ranked {
    var unit: UInt32
    var score: MatchScore
}

/// The best `limit` candidates seen so far: higher score first, then the newer unit.
struct TopMatches {
    let limit: Int
    let minimum: Int
    private(set) var items: [Ranked] = []

    init(limit: Int, minimum: Int) {
        self.limit = limit
        self.minimum = minimum
    }

    static func before(_ a: Ranked, _ b: Ranked) -> Bool {
        a.score.value != b.score.value ? a.score.value > b.score.value : a.unit > b.unit
    }

    /// Whether a candidate with this score (at most) could still enter the list.
    func admits(_ value: Int, unit: UInt32) -> Bool {
        guard value >= minimum else { return false }
        guard items.count == limit, let last = items.last else { return true }
        // A 100 may become 101 in context, so it is always checked against a full list of 100s.
        let best = value == 100 ? 101 : value
        return best > last.score.value || (best == last.score.value && unit > last.unit)
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
