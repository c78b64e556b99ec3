import Foundation
import HexaglotCore
import HexaglotText

/// Pairs a translation made outside Hexaglot with its source, structure first, then sentences.
///
/// Unlike ``TranslationAligner``, which requires the translation to keep the source's
/// blocks and sentences one for one, this aligner expects a legacy translation to differ:
/// paragraphs split or merged, sentences split or merged, a paragraph left out or added.
///
/// 1. **Blocks.** The blocks of the two files (paragraphs, headings, list items, table
///    cells…) are aligned by ``LengthAligner`` on their lengths in characters, with links
///    1-1, 1-0, 0-1, 2-1 and 1-2 (a paragraph missing, added, merged or split). Blocks of
///    different kinds (a heading and a paragraph) may pair, at ``kindMismatchPenalty``.
/// 2. **Sentences.** Inside each block link, the source and target segments are aligned by
///    ``LengthAligner`` with all its links; a link joining sentences of two blocks costs
///    ``blockCrossingPenalty`` more. The segments of a block left out become `1-0` pairs;
///    those of an added block `0-1` pairs.
///
/// A pair's confidence is the posterior probability of its sentence link times that of its
/// block link: the probability, under the length model, that both the blocks and the
/// sentences are paired this way. Lengths are counted in characters (grapheme clusters) of
/// the segments' plain text. Front matter is not aligned, apart from the two `title:` values.
public struct LegacyAligner: Sendable {
    public var sourceLanguage: Language
    public var targetLanguage: Language
    /// Aligns the segments inside a block link.
    public var sentenceAligner: LengthAligner
    /// Aligns blocks; no 2-2 links.
    public var blockAligner: LengthAligner
    /// Added cost, in nats, of pairing blocks of different kinds: −log 0.01 by default, as if
    /// one legacy translation in a hundred turned a heading into a paragraph or a list item
    /// into a paragraph.
    public var kindMismatchPenalty: Double
    /// Added cost, in nats, of a sentence link that joins segments of two blocks on one side
    /// (the last sentence of a paragraph and the first of the next): −log 0.01 by default.
    /// Without it, a short paragraph left out (a line such as "Annexe: 1") would hide in a
    /// 2-1 link with the sentence before it.
    public var blockCrossingPenalty: Double
    /// Pairs below this confidence are listed for review.
    public var threshold: Double

    /// An aligner with the measured length ratio and variance for `source` → `target`.
    public init(from source: Language, to target: Language, threshold: Double = 0.5) {
        sourceLanguage = source
        targetLanguage = target
        sentenceAligner = LengthAligner(from: source, to: target)
        var priors = LengthAligner.galeChurchPriors
        priors[.twoToTwo] = nil
        blockAligner = LengthAligner(from: source, to: target, priors: priors)
        kindMismatchPenalty = -log(0.01)
        blockCrossingPenalty = -log(0.01)
        self.threshold = threshold
    }

    /// The alignment of `target` (a translation in ``targetLanguage``) with `source`.
    public func align(source: ParsedFile, target: ParsedFile) -> AlignmentReport {
        let sourceBlocks = Self.blocks(source.segments)
        let targetBlocks = Self.blocks(target.segments)
        let blockLinks = blockAligner.align(source: sourceBlocks.map(\.length), target: targetBlocks.map(\.length)) { s, t in
            let kinds = Set(sourceBlocks[s].map(\.kind) + targetBlocks[t].map(\.kind))
            return kinds.count > 1 ? kindMismatchPenalty : 0
        }

        var pairs: [AlignmentReport.Pair] = []
        var reportBlocks: [AlignmentReport.BlockLink] = []
        for link in blockLinks {
            let s = sourceBlocks[link.source].flatMap(\.segments).map { source.segments[$0] }
            let t = targetBlocks[link.target].flatMap(\.segments).map { target.segments[$0] }
            reportBlocks.append(AlignmentReport.BlockLink(
                sourceBlocks: sourceBlocks[link.source].map(\.number), targetBlocks: targetBlocks[link.target].map(\.number),
                kind: link.kind, confidence: link.confidence, sourceLine: s.first?.line, targetLine: t.first?.line))
            switch link.kind {
            case .oneToZero:
                pairs += s.map { pair([$0], [], .oneToZero, link.confidence) }
            case .zeroToOne:
                pairs += t.map { pair([], [$0], .zeroToOne, link.confidence) }
            default:
                let links = sentenceAligner.align(source: s.map(\.length), target: t.map(\.length)) { a, b in
                    s[a].first?.block != s[a].last?.block || t[b].first?.block != t[b].last?.block ? blockCrossingPenalty : 0
                }
                for sentence in links {
                    pairs.append(pair(Array(s[sentence.source]), Array(t[sentence.target]), sentence.kind,
                                      sentence.confidence * link.confidence))
                }
            }
        }
        return AlignmentReport(sourceLanguage: sourceLanguage, targetLanguage: targetLanguage, pairs: pairs,
                               blocks: reportBlocks, title: titlePair(source, target), threshold: threshold)
    }

    private func pair(_ s: [Segment], _ t: [Segment], _ kind: AlignmentKind, _ confidence: Double) -> AlignmentReport.Pair {
        AlignmentReport.Pair(sourceSegments: s.map(\.index), targetSegments: t.map(\.index),
                             source: Self.join(s.map(\.content), language: sourceLanguage),
                             target: Self.join(t.map(\.content), language: targetLanguage),
                             kind: kind, confidence: confidence, sourceLine: s.first?.line, targetLine: t.first?.line)
    }

    /// The two front-matter titles as a 1-1 pair, with the posterior probability that they
    /// translate each other rather than being one missing and one added.
    private func titlePair(_ source: ParsedFile, _ target: ParsedFile) -> AlignmentReport.Pair? {
        guard let s = source.frontMatter["title"], let t = target.frontMatter["title"], !s.isEmpty, !t.isEmpty else { return nil }
        let a = sentenceAligner
        let together = -a.cost(sourceLength: s.count, targetLength: t.count, kind: .oneToOne)
        let apart = -a.cost(sourceLength: s.count, targetLength: 0, kind: .oneToZero)
            - a.cost(sourceLength: 0, targetLength: t.count, kind: .zeroToOne) + log(2)
        let confidence = 1 / (1 + exp(apart - together))
        return AlignmentReport.Pair(sourceSegments: [], targetSegments: [], source: Content(text: s), target: Content(text: t),
                                    kind: .oneToOne, confidence: confidence, sourceLine: source.frontMatterLine,
                                    targetLine: target.frontMatterLine)
    }

    /// Contents one after the other, separated by a space (nothing in Chinese); the code ids
    /// of each content after the first move past those before, so open and close codes still pair.
    static func join(_ contents: [Content], language: Language) -> Content {
        guard contents.count > 1 else { return contents.first ?? Content() }
        var result = Content()
        var offset = 0
        for (k, content) in contents.enumerated() {
            if k > 0, !language.isCharacterCounted { result.append(.text(" ")) }
            var highest = offset
            for run in content.runs {
                guard case .code(var code) = run else { result.append(run); continue }
                code.id += offset
                highest = max(highest, code.id)
                result.append(.code(code))
            }
            offset = highest
        }
        return result
    }

    private struct Block {
        /// ``Segment/block``.
        var number: Int
        var kind: BlockKind
        /// Positions in the file's segment array.
        var segments: [Int]
        var length: Int
    }

    private static func blocks(_ segments: [Segment]) -> [Block] {
        var result: [Block] = []
        for (k, segment) in segments.enumerated() {
            if let last = result.last, last.number == segment.block {
                result[result.count - 1].segments.append(k)
                result[result.count - 1].length += segment.length
            } else {
                result.append(Block(number: segment.block, kind: segment.blockKind, segments: [k], length: segment.length))
            }
        }
        return result
    }
}

extension Segment {
    /// The length the aligners compare: characters of the plain text.
    fileprivate var length: Int { content.plainText.count }
}
