import HexaglotCore
import HexaglotStore

/// The match bands of an analysis, as translators and vendors count them.
public enum MatchBand: String, Codable, Sendable, CaseIterable {
    /// 101: the same text in the same context.
    case inContext = "101"
    /// A segment whose text already came earlier in the same document.
    case repetition = "repetitions"
    case exact = "100"
    case fuzzy95 = "95-99"
    case fuzzy85 = "85-94"
    case fuzzy75 = "75-84"
    case fuzzy50 = "50-74"
    case noMatch = "no match"

    /// The band of a best score (nil: no match of 50 or more).
    public init(score: Int?) {
        switch score ?? 0 {
        case 101...: self = .inContext
        case 100: self = .exact
        case 95...99: self = .fuzzy95
        case 85...94: self = .fuzzy85
        case 75...84: self = .fuzzy75
        case 50...74: self = .fuzzy50
        default: self = .noMatch
        }
    }

    /// The lowest score the analysis looks for.
    public static let floor = 50
}

/// Segments and words of one band.
public struct BandCount: Codable, Sendable, Equatable {
    public var band: MatchBand
    public var segments: Int
    public var words: Int
}

/// The analysis of one document into one target language.
public struct DocumentAnalysis: Codable, Sendable {
    public var reference: String
    public var sourceLanguage: Language
    public var targetLanguage: Language
    /// Every band, in the order of ``MatchBand/allCases``, zeros included.
    public var bands: [BandCount]
    public var segments: Int
    public var words: Int
}

/// What the memory offers for each segment of a document in one target language.
public struct SegmentMatches: Sendable {
    public var reference: String
    public var target: Language
    public var views: [SegmentView]
    /// The best match of each segment (by index from 0), when one reached the minimum.
    public var best: [Int: MemoryMatch]
    /// Segments whose matching key came earlier in the document (by index from 0).
    public var repetitions: Set<Int>
}

/// Looks up every segment of a document: the ground of both `analyze` and `pretranslate`.
public struct DocumentMatcher {
    let workspace: Workspace

    public init(_ workspace: Workspace) { self.workspace = workspace }

    /// The best match of each live segment of `reference` into `target`, at `minimum` or above.
    /// Each segment's own unit is left out; the segments around it give the context.
    public func matches(reference: String, target: Language, minimum: Int,
                        progress: ((Int, Int) -> Void)? = nil) throws -> SegmentMatches {
        let document = try workspace.document(reference)
        let source = document.metadata.sourceLanguage.language
        guard source != target else {
            throw MemoryError(.invalidQuery, "\(document.metadata.reference) is written in \(target.rawValue); choose another target language")
        }
        let views = try workspace.segments(of: document.metadata.reference, language: target)
        var best: [Int: MemoryMatch] = [:]
        var repetitions = Set<Int>()
        var seen = Set<String>()
        try workspace.readMemory { reader in
            let lookup = MemoryLookup(reader)
            for (i, view) in views.enumerated() {
                progress?(i + 1, views.count)
                if !seen.insert(view.matchingKey).inserted { repetitions.insert(i) }
                let content = view.segment.content
                guard !content.plainText.allSatisfy(\.isWhitespace) else { continue }
                let own = try reader.unitID(reference: document.metadata.reference, segment: view.segment.number)
                let query = MemoryQuery(content: content, from: source, to: target, minimum: minimum, limit: 1,
                                        previous: i > 0 ? views[i - 1].segment.content.plainText : nil,
                                        next: i + 1 < views.count ? views[i + 1].segment.content.plainText : nil,
                                        excluding: own.map { [$0] } ?? [])
                if let match = try lookup.matches(query).first { best[i] = match }
            }
        }
        return SegmentMatches(reference: document.metadata.reference, target: target, views: views, best: best,
                              repetitions: repetitions)
    }

    /// The analysis: segments and words per band. A repetition counts as a repetition, whatever
    /// its own best match, as CAT tools count them.
    public func analyze(reference: String, target: Language, progress: ((Int, Int) -> Void)? = nil) throws -> DocumentAnalysis {
        let m = try matches(reference: reference, target: target, minimum: MatchBand.floor, progress: progress)
        var counts: [MatchBand: (Int, Int)] = [:]
        for (i, view) in m.views.enumerated() {
            let band = m.repetitions.contains(i) ? .repetition : MatchBand(score: m.best[i]?.score)
            let c = counts[band] ?? (0, 0)
            counts[band] = (c.0 + 1, c.1 + view.words)
        }
        let document = try workspace.document(reference)
        return DocumentAnalysis(
            reference: m.reference, sourceLanguage: document.metadata.sourceLanguage.language, targetLanguage: target,
            bands: MatchBand.allCases.map { BandCount(band: $0, segments: counts[$0]?.0 ?? 0, words: counts[$0]?.1 ?? 0) },
            segments: m.views.count, words: m.views.reduce(0) { $0 + $1.words })
    }
}
