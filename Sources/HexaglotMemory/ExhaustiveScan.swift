import HexaglotCore
import HexaglotStore

/// Scores every variant of one language against a query, with the same score and ranking as
/// ``MemoryLookup``: the reference its index is checked against (recall), and `tm lookup
/// --exhaustive`.
///
/// The variants' tokens are read once into memory, so many queries can be scored in a row.
public struct ExhaustiveScan {
    public let language: Language
    private let units: [UInt32]
    private let tokens: [[UInt32]]
    /// The languages of each unit, one bit per ``HexaglotCore/Language/memoryIndex``.
    private let languages: [UInt8]

    public init(_ reader: MemoryReader, language: Language) throws {
        self.language = language
        var units: [UInt32] = []
        var tokens: [[UInt32]] = []
        var languages: [UInt8] = []
        try reader.forEachVariant(language: language) { unit, blob, mask in
            units.append(unit)
            tokens.append(MemoryToken.decode(blob))
            languages.append(mask)
        }
        self.units = units
        self.tokens = tokens
        self.languages = languages
    }

    /// How many variants the scan scores per query.
    public var count: Int { units.count }

    /// The best units with their scores, best first.
    public func ranked(_ query: MemoryQuery, reader: MemoryReader) throws -> [(unit: Int64, score: Int)] {
        try rank(query, reader: reader).ranked.map { (Int64($0.unit), $0.score.value) }
    }

    /// The best matches, built as ``MemoryLookup/matches(_:)`` builds them.
    public func matches(_ query: MemoryQuery, reader: MemoryReader) throws -> [MemoryMatch] {
        let (ranked, encoded) = try rank(query, reader: reader)
        if reader.prefetches { try reader.prefetchUnits(ranked.map { Int64($0.unit) }) }
        return try ranked.map { try MatchBuilder(reader: reader, query: query, encoded: encoded).match($0) }
    }

    private func rank(_ query: MemoryQuery, reader: MemoryReader) throws -> (ranked: [Ranked], encoded: EncodedQuery) {
        try query.validate()
        guard query.from == language else {
            throw MemoryError(.invalidQuery, "this scan holds \(language.rawValue) variants, not \(query.from.rawValue)")
        }
        let encoded = try reader.encode(query.content, language: query.from, previous: query.previous, next: query.next)
        var ranker = Ranker(encoded, query, reader: reader)
        let target = UInt8(1) << UInt8(query.to.memoryIndex)
        for i in units.indices where languages[i] & target != 0 { try ranker.consider(units[i], tokens[i]) }
        return (ranker.top.sorted, encoded)
    }
}
