import HexaglotCore
import HexaglotText

/// The alignment of a legacy translation with its source, pair by pair, for a translator
/// to review before the pairs go into a translation memory.
public struct AlignmentReport: Hashable, Codable, Sendable {
    /// Source segments and the target segments that translate them.
    public struct Pair: Hashable, Codable, Sendable {
        /// ``Segment/index`` of the source segments (none for a `0-1` pair).
        public var sourceSegments: [Int]
        /// ``Segment/index`` of the target segments (none for a `1-0` pair).
        public var targetSegments: [Int]
        /// The source segments' contents joined, inline codes kept (renumbered after the first).
        public var source: Content
        public var target: Content
        public var kind: AlignmentKind
        /// How sure the aligner is of the pair, 0…1: see ``LegacyAligner``.
        public var confidence: Double
        /// The line of the first source segment, for a translator to find it.
        public var sourceLine: Int?
        public var targetLine: Int?

        public init(sourceSegments: [Int], targetSegments: [Int], source: Content, target: Content,
                    kind: AlignmentKind, confidence: Double, sourceLine: Int? = nil, targetLine: Int? = nil) {
            self.sourceSegments = sourceSegments
            self.targetSegments = targetSegments
            self.source = source
            self.target = target
            self.kind = kind
            self.confidence = confidence
            self.sourceLine = sourceLine
            self.targetLine = targetLine
        }
    }

    /// How blocks (paragraphs, headings, list items…) of the two files were paired: a `1-2`
    /// block link is a paragraph split in two, a `1-0` one a paragraph left out.
    public struct BlockLink: Hashable, Codable, Sendable {
        /// ``Segment/block`` numbers in the source file.
        public var sourceBlocks: [Int]
        public var targetBlocks: [Int]
        public var kind: AlignmentKind
        /// The link's posterior probability (``LengthAligner``).
        public var confidence: Double
        public var sourceLine: Int?
        public var targetLine: Int?

        public init(sourceBlocks: [Int], targetBlocks: [Int], kind: AlignmentKind, confidence: Double,
                    sourceLine: Int? = nil, targetLine: Int? = nil) {
            self.sourceBlocks = sourceBlocks
            self.targetBlocks = targetBlocks
            self.kind = kind
            self.confidence = confidence
            self.sourceLine = sourceLine
            self.targetLine = targetLine
        }
    }

    public var sourceLanguage: Language
    public var targetLanguage: Language
    /// The aligned segments in document order: every source and every target segment
    /// appears in exactly one pair.
    public var pairs: [Pair]
    public var blocks: [BlockLink]
    /// The front-matter titles as a pair (no segment indices), when both files have one.
    public var title: Pair?
    /// The number of pairs of each kind (kinds that do not occur are left out).
    public var counts: [AlignmentKind: Int]
    /// The mean confidence of the pairs (1 when there are none).
    public var meanConfidence: Double
    /// Pairs below this confidence are listed in ``lowConfidence``.
    public var threshold: Double
    /// Positions in ``pairs`` of the pairs a translator should check, in order.
    public var lowConfidence: [Int]

    /// A report on `pairs`, with the summary worked out from them.
    public init(sourceLanguage: Language, targetLanguage: Language, pairs: [Pair], blocks: [BlockLink],
                title: Pair? = nil, threshold: Double = 0.5) {
        self.sourceLanguage = sourceLanguage
        self.targetLanguage = targetLanguage
        self.pairs = pairs
        self.blocks = blocks
        self.title = title
        self.threshold = threshold
        counts = pairs.reduce(into: [:]) { $0[$1.kind, default: 0] += 1 }
        meanConfidence = pairs.isEmpty ? 1 : pairs.reduce(0) { $0 + $1.confidence } / Double(pairs.count)
        lowConfidence = pairs.indices.filter { pairs[$0].confidence < threshold }
    }

    /// The pairs below ``threshold``.
    public var lowConfidencePairs: [Pair] { lowConfidence.map { pairs[$0] } }
}
