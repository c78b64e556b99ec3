import HexaglotCore
import HexaglotStore
import HexaglotText

/// One place where a concordance search found its words, with the unit's other languages.
public struct ConcordanceHit: Codable, Sendable {
    public var unit: Int64
    /// The variant the words were found in.
    public var language: LanguageTag
    public var text: Content
    /// The text with the words found between `[[` and `]]`.
    public var highlighted: String
    /// The unit's other variants, in the UN order of the languages.
    public var translations: [TranslationUnit.Variant]
    public var origin: String?
    public var document: String?
    public var segment: Int?
}

/// Finds a word or a phrase in the memory, in any of the six languages.
///
/// The phrase is folded and split like a lookup (matching key, match tokens), so case, width,
/// quote forms and Arabic marks do not matter, and a phrase matches whole words only, in order
/// (`ICT` does not find `ICTs`; Chinese matches character sequences). Hits are read from the
/// inverted index through the phrase's rarest word, and ordered by the collation of their
/// language.
public struct Concordance {
    let reader: MemoryReader

    public init(_ reader: MemoryReader) { self.reader = reader }

    /// Hits in each of `languages` (all six by default), at most `limit` per language.
    public func search(_ phrase: String, in languages: [Language] = Language.allCases, limit: Int = 20) throws -> [ConcordanceHit] {
        guard !phrase.allSatisfy(\.isWhitespace) else {
            throw MemoryError(.invalidQuery, "the phrase to search for is empty")
        }
        var hits: [ConcordanceHit] = []
        for language in languages {
            hits += try search(phrase, language: language, limit: limit)
        }
        return hits
    }

    private func search(_ phrase: String, language: Language, limit: Int) throws -> [ConcordanceHit] {
        let encoded = try reader.encode(Content(text: phrase), language: language)
        let wanted = Array(encoded.tokens.prefix(encoded.length))
        guard !wanted.isEmpty else { return [] }
        // The rarest word; a phrase of numbers only goes through the any-number list.
        let words = encoded.indexed.filter { $0.token != encoded.anyNumber }
        let pivot = (words.isEmpty ? encoded.indexed : words).min { $0.frequency < $1.frequency }
        guard let pivot, pivot.frequency > 0 else { return [] }
        var units: [UInt32] = []
        try reader.forEachPosting(token: pivot.token, lengths: wanted.count...Int.max) { unit, _ in units.append(unit) }
        units.sort()
        // A unit may be listed twice (a posting an edit left beside the bulk list).
        var distinct: [UInt32] = []
        for unit in units where unit != distinct.last { distinct.append(unit) }
        var found: [UInt32] = []
        // On a server, the units are read in chunks rather than one by one.
        let chunk = 1024
        for (i, unit) in distinct.enumerated() {
            if reader.prefetches && i % chunk == 0 {
                try reader.prefetch(units: Array(distinct[i..<min(distinct.count, i + chunk)]), language: language)
            }
            let contains = try reader.withTokens(unit: unit, language: language) { blob, _ -> Bool in
                guard let blob else { return false }
                let tokens = MemoryToken.decode(blob)
                return Self.contains(tokens, wanted)
            }
            if contains { found.append(unit) }
        }
        var hits: [ConcordanceHit] = []
        if reader.prefetches { try reader.prefetchUnits(found.map(Int64.init)) }
        for unit in found {
            guard let stored = try reader.unit(Int64(unit)),
                  let variant = stored.unit.variant(language) else { continue }
            let others = stored.unit.variants.filter { $0.language.language != language }
                .sorted { $0.language.language.memoryIndex < $1.language.language.memoryIndex }
            hits.append(ConcordanceHit(unit: Int64(unit), language: variant.language, text: variant.content,
                                       highlighted: Self.highlight(variant.content.plainText, phrase: phrase),
                                       translations: others, origin: stored.unit.origin,
                                       document: stored.segment?.reference, segment: stored.segment?.number))
        }
        let collator = Collator.shared(language)
        hits.sort {
            let order = collator.compare($0.text.plainText, $1.text.plainText)
            return order != 0 ? order < 0 : $0.unit < $1.unit
        }
        return Array(hits.prefix(limit))
    }

    static func contains(_ tokens: [UInt32], _ wanted: [UInt32]) -> Bool {
        var scored = 0
        while scored < tokens.count, MemoryToken.isScored(tokens[scored]) { scored += 1 }
        guard scored >= wanted.count else { return false }
        outer: for start in 0...(scored - wanted.count) {
            for k in 0..<wanted.count where tokens[start + k] != wanted[k] { continue outer }
            return true
        }
        return false
    }

    /// `text` with the first run of tokens equal to the phrase's between `[[` and `]]`.
    static func highlight(_ text: String, phrase: String) -> String {
        let wanted = MatchTokenizer.tokens(of: phrase).filter { $0.kind != .punctuation }.map(\.text)
        guard !wanted.isEmpty else { return text }
        var utf8 = text
        return utf8.withUTF8 { bytes -> String in
            var tokens: [(start: Int, end: Int, key: String)] = []
            MatchTokenizer.forEachToken(in: bytes) { start, end, kind in
                guard kind != .punctuation else { return }
                let surface = String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<end]), as: UTF8.self)
                tokens.append((start, end, MatchingKey.make(surface)))
            }
            guard tokens.count >= wanted.count else { return text }
            for i in 0...(tokens.count - wanted.count) where (0..<wanted.count).allSatisfy({ tokens[i + $0].key == wanted[$0] }) {
                let a = tokens[i].start, b = tokens[i + wanted.count - 1].end
                func piece(_ r: Range<Int>) -> String { String(decoding: UnsafeBufferPointer(rebasing: bytes[r]), as: UTF8.self) }
                return piece(0..<a) + "[[" + piece(a..<b) + "]]" + piece(b..<bytes.count)
            }
            return text
        }
    }
}
