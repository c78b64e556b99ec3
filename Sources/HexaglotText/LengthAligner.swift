import Foundation
import HexaglotCore

/// How many items of each side one alignment link joins: `2-1` is two source items
/// translated by one target item.
public enum AlignmentKind: String, Codable, Sendable, CaseIterable, CodingKeyRepresentable {
    case oneToOne = "1-1"
    case oneToZero = "1-0"
    case zeroToOne = "0-1"
    case twoToOne = "2-1"
    case oneToTwo = "1-2"
    case twoToTwo = "2-2"

    public var sourceCount: Int {
        switch self {
        case .zeroToOne: return 0
        case .oneToOne, .oneToZero, .oneToTwo: return 1
        case .twoToOne, .twoToTwo: return 2
        }
    }

    public var targetCount: Int {
        switch self {
        case .oneToZero: return 0
        case .oneToOne, .zeroToOne, .twoToOne: return 1
        case .oneToTwo, .twoToTwo: return 2
        }
    }
}

/// One link of an alignment: source items `source` translate target items `target`.
public struct AlignmentLink: Hashable, Codable, Sendable {
    /// Positions in the source list (empty for a `0-1` link, at the place it occurs).
    public var source: Range<Int>
    /// Positions in the target list (empty for a `1-0` link).
    public var target: Range<Int>
    public var kind: AlignmentKind
    /// The posterior probability of this link, 0…1: see ``LengthAligner``.
    public var confidence: Double

    public init(source: Range<Int>, target: Range<Int>, kind: AlignmentKind, confidence: Double) {
        self.source = source
        self.target = target
        self.kind = kind
        self.confidence = confidence
    }
}

/// Length-based sentence alignment after Gale & Church (1993), "A program for aligning
/// sentences in bilingual corpora", Computational Linguistics 19(1).
///
/// Two lists of lengths in characters (source and target sentences, or paragraphs) are
/// aligned by dynamic programming, in order, with links 1-1, 1-0, 0-1, 2-1, 1-2 and 2-2.
/// A link whose source items total `l1` characters and whose target items total `l2` costs
/// −log(P(kind) · P(δ | kind)) nats, where δ = (l2 − l1·c) / √(l1·s²), c is ``ratio``
/// (target characters per source character), s² is ``variance`` (variance of l2 − l1·c per
/// source character) and P(δ | kind) = 2(1 − Φ(|δ|)), the two-tailed normal probability.
/// The best alignment is the one of least total cost.
///
/// One departure from the paper: a 1-0 or 0-1 link costs −log P(kind) alone. Measured
/// against an empty counterpart, a missing sentence of ordinary length would look so
/// improbable that the program would always hide it in a 2-1 or 1-2 link instead.
///
/// **Confidence.** Reading exp(−cost) as the probability of a link, the alignments form a
/// probability distribution (each alignment weighted by the product over its links); a
/// link's ``AlignmentLink/confidence`` is its posterior probability: the total weight of
/// the alignments that contain this very link (same items, same kind) divided by the total
/// weight of all alignments, computed by the forward–backward algorithm. A confidence of
/// 0.98 says that almost all the probability lies on alignments agreeing on this link; 0.4
/// says that other ways of pairing these sentences are about as likely.
///
/// Time and memory are O(n·m) for n source and m target items (25 bytes a cell): fine for
/// a few hundred items a side, as in a document's blocks or a group of paragraphs.
public struct LengthAligner: Sendable {
    /// Expected target characters per source character.
    public var ratio: Double
    /// Variance of `l2 − l1·ratio` per source character (s²).
    public var variance: Double
    /// The probability of each kind of link; a kind left out is not used. 1-0 and 0-1
    /// must be present, so that every pair of lists has an alignment.
    public var priors: [AlignmentKind: Double]

    /// Gale & Church's Table 5: 1-1 0.89; 1-0 or 0-1 0.0099; 2-1 or 1-2 0.089; 2-2 0.011.
    /// A shared figure is split evenly between the two directions.
    public static let galeChurchPriors: [AlignmentKind: Double] = [
        .oneToOne: 0.89,
        .oneToZero: 0.0099 / 2, .zeroToOne: 0.0099 / 2,
        .twoToOne: 0.089 / 2, .oneToTwo: 0.089 / 2,
        .twoToTwo: 0.011,
    ]

    /// An aligner with the given ratio; the default variance is Gale & Church's 6.8, measured
    /// on English, French and German where the ratio is near 1.
    public init(ratio: Double, variance: Double = 6.8, priors: [AlignmentKind: Double] = galeChurchPriors) {
        precondition(ratio > 0 && variance > 0, "ratio and variance must be positive")
        precondition(priors[.oneToZero] != nil && priors[.zeroToOne] != nil, "1-0 and 0-1 links must be allowed")
        self.ratio = ratio
        self.variance = variance
        self.priors = priors
    }

    /// An aligner with the measured defaults for translating `source` into `target`.
    public init(from source: Language, to target: Language, priors: [AlignmentKind: Double] = galeChurchPriors) {
        self.init(ratio: Self.defaultRatio(from: source, to: target),
                  variance: Self.defaultVariance(from: source, to: target), priors: priors)
    }

    // MARK: Measured defaults

    /// Characters (grapheme clusters, NFC) of each language per character of English.
    ///
    /// Measured on `Benchmarks/data/libreoffice-6lang.tmx` (LibreOffice help and UI
    /// strings): the total length of the units in the language divided by the total length
    /// of their English text, over units with at least 20 English characters whose
    /// translation differs from the English. French, Spanish, Russian and Chinese from the
    /// help paragraphs (27 093, 23 792, 16 183 and 19 238 units); Arabic from UI strings
    /// (6 035 units), as the corpus has no Arabic help. The mean of the per-unit ratios is
    /// 1–4 % higher; Russian UI strings give 1.00. The paragraphs of CL-19/73 agree: French to
    /// English 0.81 (table: 0.83), to Spanish 0.94 (0.96), to Russian 0.95 (0.89).
    public static let charactersPerEnglishCharacter: [Language: Double] = [
        .en: 1.0, .fr: 1.20, .es: 1.15, .ru: 1.07, .ar: 0.80, .zh: 0.36,
    ]

    /// Variance of the length difference per English character, once both lengths are
    /// expressed in English characters (s² = Σ(l2 − c·l1)² / Σ l1).
    ///
    /// On the corpus above, pairs of alphabetic languages give 2.0–3.7 (median 2.6) and
    /// pairs with Chinese 6.8–17 (median 14.3), Chinese counts varying more with the
    /// Latin-script names and code they carry. Software help is translated closely, and
    /// the variance per character grows with the length of the unit (French: 1.2 under 20
    /// characters, 3.3 over 320), so the defaults take Gale & Church's 6.8 as a floor:
    /// with 2.6, the Russian CL-19/73 pairs "Madame, Monsieur," (17 characters) with
    /// "Уважаемая госпожа, уважаемый господин," (39) only by merging paragraphs.
    static let alphabeticVariance = 6.8
    static let chineseVariance = 14.3

    /// Expected `target` characters per `source` character.
    public static func defaultRatio(from source: Language, to target: Language) -> Double {
        factor(target) / factor(source)
    }

    /// The variance s² for `source` → `target`, in target characters squared per source
    /// character: the per-English-character figure scaled by the two languages' factors.
    public static func defaultVariance(from source: Language, to target: Language) -> Double {
        let english = source == .zh || target == .zh ? chineseVariance : alphabeticVariance
        let f = factor(target)
        return english * f * f / factor(source)
    }

    private static func factor(_ language: Language) -> Double { charactersPerEnglishCharacter[language] ?? 1 }

    // MARK: Costs

    /// The cost in nats of a link of `kind` joining source items of `sourceLength` characters
    /// in all and target items of `targetLength`; infinite if the kind is not allowed.
    public func cost(sourceLength l1: Int, targetLength l2: Int, kind: AlignmentKind) -> Double {
        guard let prior = priors[kind], prior > 0 else { return .infinity }
        return -log(prior) + lengthCost(l1, l2, kind)
    }

    /// −log P(δ | kind); nothing for 1-0 and 0-1 links.
    private func lengthCost(_ l1: Int, _ l2: Int, _ kind: AlignmentKind) -> Double {
        if kind == .oneToZero || kind == .zeroToOne { return 0 }
        let delta = (Double(l2) - Double(l1) * ratio) / (Double(max(l1, 1)) * variance).squareRoot()
        return -Self.logTwoTailed(abs(delta))
    }

    /// log(2(1 − Φ(x))) = log erfc(x/√2), with the asymptotic form where erfc underflows.
    static func logTwoTailed(_ x: Double) -> Double {
        let z = x / 2.0.squareRoot()
        let p = erfc(z)
        if p > 1e-300 { return log(p) }
        return -z * z - log(z * Double.pi.squareRoot())
    }

    // MARK: Alignment

    /// The least-cost alignment of `source` with `target` (lengths in characters), links in order.
    public func align(source: [Int], target: [Int]) -> [AlignmentLink] {
        align(source: source, target: target) { _, _ in 0 }
    }

    /// The least-cost alignment when each link also costs `penalty(sourceRange, targetRange)`
    /// nats (infinity forbids it): how callers bring in what lengths do not show, such as
    /// a heading that should not pair with a paragraph. 1-0 and 0-1 links must stay finite.
    public func align(source: [Int], target: [Int],
                      penalty: (_ source: Range<Int>, _ target: Range<Int>) -> Double) -> [AlignmentLink] {
        let n = source.count, m = target.count
        if n == 0 && m == 0 { return [] }
        let kinds = AlignmentKind.allCases.filter { priors[$0].map { $0 > 0 } ?? false }
        let priorCosts = kinds.map { -log(priors[$0]!) }
        let width = m + 1
        func at(_ i: Int, _ j: Int) -> Int { i * width + j }
        var sourceSum = [0], targetSum = [0]
        for l in source { sourceSum.append(sourceSum.last! + l) }
        for l in target { targetSum.append(targetSum.last! + l) }

        // The cost of the k-th kind of link ending at (i, j), or nil if it does not fit.
        func linkCost(_ k: Int, _ i: Int, _ j: Int) -> Double? {
            let kind = kinds[k]
            let i0 = i - kind.sourceCount, j0 = j - kind.targetCount
            guard i0 >= 0, j0 >= 0 else { return nil }
            let c = priorCosts[k] + lengthCost(sourceSum[i] - sourceSum[i0], targetSum[j] - targetSum[j0], kind)
                + penalty(i0..<i, j0..<j)
            return c.isFinite ? c : nil
        }

        // Forward: least cost (Viterbi) and log of the summed weight of the paths to (i, j).
        var best = [Double](repeating: .infinity, count: (n + 1) * width)
        var back = [Int8](repeating: -1, count: (n + 1) * width)
        var forward = [Double](repeating: -.infinity, count: (n + 1) * width)
        best[0] = 0
        forward[0] = 0
        for i in 0...n {
            for j in 0...m where i + j > 0 {
                var sum = -Double.infinity
                for (k, kind) in kinds.enumerated() {
                    guard let c = linkCost(k, i, j) else { continue }
                    let from = at(i - kind.sourceCount, j - kind.targetCount)
                    if best[from] + c < best[at(i, j)] {
                        best[at(i, j)] = best[from] + c
                        back[at(i, j)] = Int8(k)
                    }
                    sum = Self.logAdd(sum, forward[from] - c)
                }
                forward[at(i, j)] = sum
            }
        }

        // Backward: log of the summed weight of the paths from (i, j) to (n, m).
        var backward = [Double](repeating: -.infinity, count: (n + 1) * width)
        backward[at(n, m)] = 0
        for i in stride(from: n, through: 0, by: -1) {
            for j in stride(from: m, through: 0, by: -1) where !(i == n && j == m) {
                var sum = -Double.infinity
                for (k, kind) in kinds.enumerated() {
                    let i1 = i + kind.sourceCount, j1 = j + kind.targetCount
                    guard i1 <= n, j1 <= m, let c = linkCost(k, i1, j1) else { continue }
                    sum = Self.logAdd(sum, backward[at(i1, j1)] - c)
                }
                backward[at(i, j)] = sum
            }
        }

        let total = forward[at(n, m)]
        var links: [AlignmentLink] = []
        var i = n, j = m
        while i > 0 || j > 0 {
            let k = Int(back[at(i, j)])
            guard k >= 0, let c = linkCost(k, i, j) else { break }
            let kind = kinds[k]
            let i0 = i - kind.sourceCount, j0 = j - kind.targetCount
            let posterior = exp(forward[at(i0, j0)] - c + backward[at(i, j)] - total)
            links.append(AlignmentLink(source: i0..<i, target: j0..<j, kind: kind, confidence: min(1, max(0, posterior))))
            i = i0
            j = j0
        }
        return links.reversed()
    }

    /// log(eᵃ + eᵇ) without overflow.
    static func logAdd(_ a: Double, _ b: Double) -> Double {
        let hi = max(a, b), lo = min(a, b)
        if lo == -.infinity { return hi }
        return hi + log1p(exp(lo - hi))
    }
}
