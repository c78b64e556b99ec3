import HexaglotCore

/// Pairs a translated file with its source, segment by segment.
///
/// A translation made from a Hexaglot export (or by hand, keeping the Markdown structure)
/// has the same blocks as its source, in the same order, with the same kinds and the same
/// number of sentences in each. The aligner checks exactly that and pairs segments in
/// order; whitespace between sentences may differ (Chinese puts none). A block whose text
/// is the source block's (left untranslated in a partial translation) pairs as a whole,
/// whatever the target language's rules make of its sentences.
public enum TranslationAligner {
    /// The translation's content keyed by the index of the source segment it translates.
    ///
    /// Throws a ``FormatError/Code/structureMismatch`` error naming `translationFile` and
    /// the line of the first block that differs, saying how it differs.
    public static func align(source: ParsedFile, translation: ParsedFile, translationFile: String?) throws -> [Int: Content] {
        let sourceBlocks = blocks(source.segments)
        let targetBlocks = blocks(translation.segments)
        var result: [Int: Content] = [:]
        for (k, s) in sourceBlocks.enumerated() {
            guard k < targetBlocks.count else {
                let lastLine = translation.segments.last?.line ?? 1
                throw FormatError(.structureMismatch,
                                  "translation ends after \(targetBlocks.count) blocks of text, source has \(sourceBlocks.count): source block at line \(s.line) (\(describe(s.kind))) has no counterpart",
                                  at: SourceLocation(file: translationFile, line: lastLine))
            }
            let t = targetBlocks[k]
            let here = SourceLocation(file: translationFile, line: t.line)
            if s.kind != t.kind {
                throw FormatError(.structureMismatch,
                                  "source block at line \(s.line) is \(describe(s.kind)), translation block at line \(t.line) is \(describe(t.kind))",
                                  at: here)
            }
            // A block left in the source language (a partial translation) may be split otherwise
            // by the target language's rules; it pairs with the source block as a whole.
            if blockText(source, s) == blockText(translation, t) {
                for a in s.segments { result[source.segments[a].index] = source.segments[a].content }
                continue
            }
            if s.segments.count != t.segments.count {
                throw FormatError(.structureMismatch,
                                  "source block at line \(s.line) has \(sentences(s.segments.count)), translation block at line \(t.line) has \(t.segments.count)",
                                  at: here)
            }
            for (a, b) in zip(s.segments, t.segments) {
                result[source.segments[a].index] = translation.segments[b].content
            }
        }
        if targetBlocks.count > sourceBlocks.count {
            let extra = targetBlocks[sourceBlocks.count]
            throw FormatError(.structureMismatch,
                              "translation has \(targetBlocks.count) blocks of text, source has \(sourceBlocks.count): translation block at line \(extra.line) has no counterpart in the source",
                              at: SourceLocation(file: translationFile, line: extra.line))
        }
        return result
    }

    private struct Block {
        var kind: BlockKind
        var line: Int
        /// Positions in the file's segment array.
        var segments: [Int]
    }

    private static func blocks(_ segments: [Segment]) -> [Block] {
        var result: [Block] = []
        var current: Int? = nil
        for (k, segment) in segments.enumerated() {
            if segment.block == current, !result.isEmpty {
                result[result.count - 1].segments.append(k)
            } else {
                result.append(Block(kind: segment.blockKind, line: segment.line, segments: [k]))
                current = segment.block
            }
        }
        return result
    }

    /// The block's segments as markup, with whitespace runs folded to one space.
    private static func blockText(_ file: ParsedFile, _ block: Block) -> String {
        block.segments.map { file.segments[$0].content.markup }.joined(separator: " ")
            .split(whereSeparator: \.isWhitespace).joined(separator: " ")
    }

    private static func sentences(_ n: Int) -> String { n == 1 ? "1 sentence" : "\(n) sentences" }

    private static func describe(_ kind: BlockKind) -> String {
        switch kind {
        case .heading: return "a heading"
        case .paragraph: return "a paragraph"
        case .listItem: return "a list item"
        case .quote: return "a block quote"
        case .tableCell: return "a table cell"
        case .other: return "another kind of block"
        case .title: return "the title"
        }
    }
}
