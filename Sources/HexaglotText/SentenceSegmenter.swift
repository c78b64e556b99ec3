import HexaglotCore

/// Splits text into sentences for one language.
///
/// Placeholder version: ICU's sentence break with the standard suppressions only.
/// (Being replaced by the full ICU + SRX segmenter.)
public struct SentenceSegmenter: Sendable {
    public let language: Language
    private let breaker: Breaker

    public init(language: Language) throws {
        self.language = language
        self.breaker = try Breaker(kind: .sentence, locale: language.icuLocale + "@ss=standard")
    }

    /// Break positions inside `text` (neither its start nor its end), each placed after
    /// the whitespace that follows a sentence, as ICU places them.
    public func breaks(in text: String) -> [String.Index] {
        let utf16 = Array(text.utf16)
        let offsets = breaker.boundaries(utf16).map(\.offset).filter { $0 > 0 && $0 < utf16.count }
        return offsets.map { text.utf16.index(text.utf16.startIndex, offsetBy: $0) }
    }

    /// The sentences of `text`, with surrounding whitespace trimmed.
    public func sentences(in text: String) -> [Substring] {
        var result: [Substring] = []
        var start = text.startIndex
        for b in breaks(in: text) + [text.endIndex] {
            let piece = text[start..<b]
            let trimmed = piece.drop(while: \.isWhitespace).reversed().drop(while: \.isWhitespace)
            if !trimmed.isEmpty {
                let lo = piece.firstIndex(where: { !$0.isWhitespace })!
                let hi = piece.lastIndex(where: { !$0.isWhitespace })!
                result.append(text[lo...hi])
            }
            start = b
        }
        return result
    }
}
