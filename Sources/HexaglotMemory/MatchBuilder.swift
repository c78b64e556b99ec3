import HexaglotCore
import HexaglotStore

/// Turns a ranked unit into the match shown to a translator: the texts, the diff, where it
/// came from, and the target with the query's placeables put in.
struct MatchBuilder {
    let reader: MemoryReader
    let query: MemoryQuery
    let encoded: EncodedQuery

    func match(_ ranked: Ranked) throws -> MemoryMatch {
        let id = Int64(ranked.unit)
        guard let source = try reader.variant(unit: id, language: query.from),
              let target = try reader.variant(unit: id, language: query.to),
              let stored = try reader.unit(id) else {
            throw MemoryError(.notFound, "memory unit \(id) changed during the lookup; look it up again")
        }
        let kind: MemoryMatch.Kind = ranked.score.value > 100 ? .inContext : ranked.score.value == 100 ? .exact : .fuzzy
        let adaptation = PlaceableAdapter.adapt(translation: target.content, targetLanguage: query.to,
                                                matchSource: source.content.plainText, sourceLanguage: query.from,
                                                query: query.content.plainText)
        let codes = CodeTransfer.transfer(target: adaptation.content, matchSource: source.content, query: query.content)
        return MemoryMatch(
            kind: kind, score: ranked.score.value, detail: ranked.score, unit: id,
            source: source.content, target: codes.content, sourceLanguage: source.language,
            targetLanguage: target.language, storedTarget: codes.content == target.content ? nil : target.content,
            adaptations: adaptation.changes, unadapted: adaptation.unadapted, unmatchedCodes: codes.unmatched,
            diff: TextDiff.between(query: query.content.plainText, match: source.content.plainText),
            origin: stored.unit.origin, tuid: stored.unit.id, document: stored.segment?.reference,
            segment: stored.segment?.number, author: target.changedBy ?? target.author ?? stored.unit.author,
            changed: target.changed ?? stored.unit.changed)
    }
}
