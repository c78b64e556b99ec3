import HexaglotCore
import HexaglotStore

/// What pretranslating one document into one language did.
public struct PretranslationResult: Codable, Sendable, Equatable {
    public var reference: String
    public var language: Language
    /// Segments filled with a memory draft.
    public var filled: Int
    /// Segments that already had a translation (left alone).
    public var alreadyTranslated: Int
    /// Segments with no match at the minimum score.
    public var noMatch: Int
    /// Filled segments per band.
    public var bands: [String: Int]
}

/// Fills a document's untranslated segments with the best memory matches, as drafts.
///
/// Each draft is the match's target with the segment's placeables and inline codes put in,
/// stored with status `draft`, its score and its origin, in one transaction per language.
/// Segments that have a translation (any status but `new`) are never touched.
public struct Pretranslator {
    let workspace: Workspace

    public init(_ workspace: Workspace) { self.workspace = workspace }

    public func pretranslate(reference: String, into target: Language, minimum: Int, author: String?,
                             progress: ((Int, Int) -> Void)? = nil) throws -> PretranslationResult {
        let m = try DocumentMatcher(workspace).matches(reference: reference, target: target, minimum: minimum,
                                                       progress: progress)
        var result = PretranslationResult(reference: m.reference, language: target, filled: 0, alreadyTranslated: 0,
                                          noMatch: 0, bands: [:])
        var drafts: [MemoryDraft] = []
        for (i, view) in m.views.enumerated() {
            if view.status != .new {
                result.alreadyTranslated += 1
                continue
            }
            guard let match = m.best[i] else {
                result.noMatch += 1
                continue
            }
            let origin = match.document.map { "\($0) [\(match.segment ?? 0)]" } ?? match.origin
            drafts.append(MemoryDraft(segment: view.segment.number, content: match.target, score: match.score, origin: origin))
            result.bands[MatchBand(score: match.score).rawValue, default: 0] += 1
        }
        let tag = LanguageTag(target)
        result.filled = try workspace.storeDrafts(of: m.reference, language: tag, drafts: drafts, author: author)
        return result
    }
}
