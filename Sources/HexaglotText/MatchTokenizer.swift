import CICU

/// One token of a matching key, as the translation memory compares them.
public struct MatchToken: Hashable, Sendable {
    /// What a token is; fuzzy scores weigh the kinds differently.
    public enum Kind: UInt8, Sendable {
        /// A run of letters, marks, digits and connectors (`agenda`, `h2o`, `productname`), or a
        /// single Han, Hiragana or Katakana character.
        case word = 0
        /// A run of digits, with `.` or `,` between digits (`2030`, `2,030`, `3.5`).
        case number = 1
        /// Any other character that is not white space, alone (`.`, `%`, `«`, `、`).
        case punctuation = 2
    }

    public var kind: Kind
    public var text: String

    public init(_ kind: Kind, _ text: String) {
        self.kind = kind
        self.text = text
    }
}

/// Splits matching keys into match tokens: the units of the fuzzy score's edit distance.
///
/// Languages written with spaces get one token per word; Chinese (and any Han, Hiragana or
/// Katakana text inside another language) one token per character, so Chinese is compared
/// character by character. White space only separates. An apostrophe or hyphen is a
/// punctuation token of its own (`l'agenda` gives `l`, `'`, `agenda`). The tokenizer runs in
/// C (`hx_match_tokens`) because a memory import tokenizes millions of keys.
public enum MatchTokenizer {
    /// The tokens of a matching key (call ``MatchingKey/make(_:)`` first).
    public static func tokens(ofKey key: String) -> [MatchToken] {
        var key = key
        return key.withUTF8 { bytes in
            var tokens: [MatchToken] = []
            forEachToken(in: bytes) { start, end, kind in
                tokens.append(MatchToken(kind, String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<end]), as: UTF8.self)))
            }
            return tokens
        }
    }

    /// The tokens of `text`'s matching key.
    public static func tokens(of text: String) -> [MatchToken] {
        tokens(ofKey: MatchingKey.make(text))
    }

    /// Calls `body` with the byte range and kind of each token of a UTF-8 key, without
    /// building strings: the fast path for imports.
    public static func forEachToken(in key: UnsafeBufferPointer<UInt8>, _ body: (Int, Int, MatchToken.Kind) -> Void) {
        guard let base = key.baseAddress, key.count > 0 else { return }
        var capacity = 64
        while true {
            let result: Int? = withUnsafeTemporaryAllocation(of: Int32.self, capacity: capacity * 2) { offsets in
                withUnsafeTemporaryAllocation(of: UInt8.self, capacity: capacity) { kinds in
                    let n = base.withMemoryRebound(to: CChar.self, capacity: key.count) { p in
                        hx_match_tokens(p, Int32(key.count), offsets.baseAddress!, offsets.baseAddress! + capacity,
                                        kinds.baseAddress!, Int32(capacity))
                    }
                    guard Int(n) <= capacity else { return Int(n) }
                    for i in 0..<Int(n) {
                        body(Int(offsets[i]), Int(offsets[capacity + i]), MatchToken.Kind(rawValue: kinds[i]) ?? .punctuation)
                    }
                    return nil
                }
            }
            guard let needed = result else { return }
            capacity = needed
        }
    }
}
