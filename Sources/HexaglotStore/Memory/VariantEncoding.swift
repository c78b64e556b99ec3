import HexaglotCore
import HexaglotText

/// A variant's text as the memory indexes it: its tokens in stored form, its length, and the
/// tokens its units are listed under in the inverted index.
struct VariantEncoding {
    /// Words and numbers in text order, then punctuation in text order, then inline codes.
    var tokens: [UInt32] = []
    /// How many words and numbers: the length the fuzzy score and the length filter use.
    var length = 0
    /// Dictionary handles (see `encode`) of the distinct words, and of the any-number token
    /// when the text has a number: what the variant is found under.
    var indexed: [Int] = []

    /// Encodes `content`; `lookup(kind, bytes)` gives a token's (id, handle), adding it to the
    /// dictionary when new.
    static func encode(_ content: Content, plainText: String,
                       lookup: (UInt32, UnsafeBufferPointer<UInt8>) throws -> (id: UInt32, handle: Int)) rethrows -> VariantEncoding {
        var result = VariantEncoding()
        var key = MatchingKey.make(plainText)
        var punctuation: [UInt32] = []
        var sawNumber = false
        try key.withUTF8 { bytes in
            var failure: Error?
            MatchTokenizer.forEachToken(in: bytes) { start, end, kind in
                guard failure == nil else { return }
                do {
                    let k = MemoryToken.kind(kind)
                    let (id, handle) = try lookup(k, UnsafeBufferPointer(rebasing: bytes[start..<end]))
                    let token = MemoryToken.make(kind: k, id: id)
                    switch kind {
                    case .word:
                        result.tokens.append(token)
                        if !result.indexed.contains(handle) { result.indexed.append(handle) }
                    case .number:
                        result.tokens.append(token)
                        sawNumber = true
                    case .punctuation:
                        punctuation.append(token)
                    }
                } catch {
                    failure = error
                }
            }
            if let failure { throw failure }
        }
        result.length = result.tokens.count
        if sawNumber {
            let anyNumber = try lookup(MemoryToken.number, UnsafeBufferPointer(start: nil, count: 0))
            if !result.indexed.contains(anyNumber.handle) { result.indexed.append(anyNumber.handle) }
        }
        result.tokens.append(contentsOf: punctuation)
        for run in content.runs {
            if case .code(let code) = run { result.tokens.append(MemoryToken.code(code)) }
        }
        return result
    }

    var blob: [UInt8] { VariantEncoding.blob(tokens) }

    static func blob(_ tokens: [UInt32]) -> [UInt8] {
        var bytes = [UInt8](repeating: 0, count: tokens.count * 4)
        bytes.withUnsafeMutableBytes { raw in
            for (i, t) in tokens.enumerated() { raw.storeBytes(of: t.littleEndian, toByteOffset: i * 4, as: UInt32.self) }
        }
        return bytes
    }

    static func tokens(_ blob: UnsafeRawBufferPointer) -> [UInt32] {
        (0..<blob.count / 4).map { UInt32(littleEndian: blob.loadUnaligned(fromByteOffset: $0 * 4, as: UInt32.self)) }
    }

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
