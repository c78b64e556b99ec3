import HexaglotText

/// What differs between a query and a match's source, word by word (character by character
/// for Chinese), in the texts as written.
public struct TextDiff: Hashable, Codable, Sendable {
    /// One stretch of the comparison.
    public struct Piece: Hashable, Codable, Sendable {
        public enum Kind: String, Codable, Sendable {
            /// In both texts.
            case equal
            /// Only in the query: the translation may need it added.
            case inserted
            /// Only in the match's source: the translation may need it taken out.
            case deleted
        }
        public var kind: Kind
        public var text: String
    }

    public var pieces: [Piece]

    /// Compares the two texts token by token (tokens compared through their matching keys);
    /// the spaces between tokens go with the token they precede.
    public static func between(query: String, match: String) -> TextDiff {
        let a = surfaceTokens(query), b = surfaceTokens(match)
        let ka = a.map { MatchingKey.make($0.token) }, kb = b.map { MatchingKey.make($0.token) }
        // LCS table, from the end.
        var table = [[Int]](repeating: [Int](repeating: 0, count: b.count + 1), count: a.count + 1)
        if !a.isEmpty && !b.isEmpty {
            for i in stride(from: a.count - 1, through: 0, by: -1) {
                for j in stride(from: b.count - 1, through: 0, by: -1) {
                    table[i][j] = ka[i] == kb[j] ? table[i + 1][j + 1] + 1 : max(table[i + 1][j], table[i][j + 1])
                }
            }
        }
        var pieces: [Piece] = []
        func add(_ kind: Piece.Kind, _ text: String) {
            if let last = pieces.last, last.kind == kind {
                pieces[pieces.count - 1].text += text
            } else {
                pieces.append(Piece(kind: kind, text: text))
            }
        }
        var i = 0, j = 0
        while i < a.count || j < b.count {
            if i < a.count, j < b.count, ka[i] == kb[j] {
                add(.equal, b[j].lead + b[j].token)
                i += 1
                j += 1
            } else if j < b.count, i == a.count || table[i][j + 1] >= table[i + 1][j] {
                add(.deleted, b[j].lead + b[j].token)
                j += 1
            } else {
                add(.inserted, a[i].lead + a[i].token)
                i += 1
            }
        }
        return TextDiff(pieces: pieces)
    }

    /// The match's source with what the query lacks in `[-…-]` and what it adds in `{+…+}`.
    public var marked: String {
        pieces.map { p in
            switch p.kind {
            case .equal: return p.text
            case .deleted: return "[-\(p.text)-]"
            case .inserted: return "{+\(p.text)+}"
            }
        }.joined()
    }

    private static func surfaceTokens(_ text: String) -> [(lead: String, token: String)] {
        var text = text
        return text.withUTF8 { bytes in
            var out: [(String, String)] = []
            var previousEnd = 0
            MatchTokenizer.forEachToken(in: bytes) { start, end, _ in
                let lead = String(decoding: UnsafeBufferPointer(rebasing: bytes[previousEnd..<start]), as: UTF8.self)
                let token = String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<end]), as: UTF8.self)
                out.append((lead, token))
                previousEnd = end
            }
            return out
        }
    }
}
