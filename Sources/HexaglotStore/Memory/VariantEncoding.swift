import HexaglotCore
import HexaglotText

/// A variant's text as the memory indexes it: its tokens in stored form, its length, and the
/// tokens its unit is listed under in the inverted index.
struct VariantEncoding {
    /// Words and numbers in text order, then punctuation in text order, then inline codes.
    var tokens: [UInt32] = []
    /// How many words and numbers: the length the fuzzy score and the length filter use.
    var length = 0
    /// Dictionary handles (see `encode`) of the distinct words, and of the any-number token
    /// when the text has a number: what the unit is found under.
    var indexed: [Int] = []

    /// Buffers reused from one variant to the next by a bulk import.
    struct Scratch {
        var punctuation: [UInt32] = []
    }

    /// Encodes a prepared variant; `lookup(kind, bytes, hash)` gives a token's (id, handle),
    /// adding it to the dictionary when new (`hash` is the dictionary hash, when known).
    static func encode(_ v: PreparedVariant,
                       lookup: (UInt32, UnsafeBufferPointer<UInt8>, UInt64?) throws -> (id: UInt32, handle: Int)) rethrows -> VariantEncoding {
        var scratch = Scratch()
        return try encode(v, scratch: &scratch, lookup: lookup)
    }

    /// ``encode(_:lookup:)`` with a buffer kept in `scratch` from one call to the next.
    static func encode(_ v: PreparedVariant, scratch: inout Scratch,
                       lookup: (UInt32, UnsafeBufferPointer<UInt8>, UInt64?) throws -> (id: UInt32, handle: Int)) rethrows -> VariantEncoding {
        var result = VariantEncoding()
        result.tokens.reserveCapacity(v.spans.count + v.codes.count)
        result.indexed.reserveCapacity(v.spans.count + 1)
        var punctuation: [UInt32] = []
        swap(&punctuation, &scratch.punctuation)
        punctuation.removeAll(keepingCapacity: true)
        defer { swap(&punctuation, &scratch.punctuation) }
        var sawNumber = false
        try v.key.withUnsafeBufferPointer { bytes in
            for (i, span) in v.spans.enumerated() {
                let start = Int(span >> 34), end = Int((span >> 2) & 0xFFFF_FFFF), kind = UInt32(span & 3)
                let (id, handle) = try lookup(kind, UnsafeBufferPointer(rebasing: bytes[start..<end]), v.hashes[i])
                let token = MemoryToken.make(kind: kind, id: id)
                switch kind {
                case MemoryToken.word:
                    result.tokens.append(token)
                    if !result.indexed.contains(handle) { result.indexed.append(handle) }
                case MemoryToken.number:
                    result.tokens.append(token)
                    sawNumber = true
                default:
                    punctuation.append(token)
                }
            }
        }
        result.length = result.tokens.count
        if sawNumber {
            // The token standing for any number: the number-kind dictionary entry with empty text.
            let anyNumber = try lookup(MemoryToken.number, UnsafeBufferPointer(start: nil, count: 0), nil)
            if !result.indexed.contains(anyNumber.handle) { result.indexed.append(anyNumber.handle) }
        }
        result.tokens.append(contentsOf: punctuation)
        result.tokens.append(contentsOf: v.codes)
        return result
    }

    /// The tokens as stored.
    var blob: [UInt8] { MemoryToken.encode(tokens) }

    /// The hash of the keys around a segment, or nil when neither is known.
    static func context(previous: String?, next: String?) -> Int64? {
        guard previous != nil || next != nil else { return nil }
        var h = StableHash()
        h.add(MatchingKey.make(previous ?? ""))
        h.add(1)
        h.add(MatchingKey.make(next ?? ""))
        return h.signed
    }
}
