import HexaglotCore

/// Puts the query's inline codes in place of the match's in a suggested target.
///
/// The match's source codes and the query's codes are paired in order when they have the same
/// kinds and roles; each target code is then replaced by the query code paired with its
/// source code (same id and kind). A suggestion built from a TMX unit thus carries the
/// segment's own Markdown (`**`, link brackets and address) rather than the file's markup.
/// Target codes without a counterpart stay as they are and are counted.
enum CodeTransfer {
    static func transfer(target: Content, matchSource: Content, query: Content) -> (content: Content, unmatched: Int) {
        let targetCodes = target.codes
        guard !targetCodes.isEmpty else { return (target, 0) }
        let sourceCodes = matchSource.codes, queryCodes = query.codes
        var pairs: [Key: InlineCode] = [:]
        var i = 0, j = 0
        // Pair in order, skipping codes that have no partner of the same kind and role.
        while i < sourceCodes.count && j < queryCodes.count {
            let s = sourceCodes[i], q = queryCodes[j]
            if s.kind == q.kind && s.role == q.role {
                pairs[Key(s)] = q
                i += 1
                j += 1
            } else if sourceCodes.count - i > queryCodes.count - j {
                i += 1
            } else {
                j += 1
            }
        }
        var unmatched = 0
        var runs: [Run] = []
        for run in target.runs {
            guard case .code(let code) = run else { runs.append(run); continue }
            if let replacement = pairs[Key(code)] {
                runs.append(.code(replacement))
            } else {
                unmatched += 1
                runs.append(run)
            }
        }
        return (Content(runs), unmatched)
    }

    private struct Key: Hashable {
        var id: Int
        var kind: InlineCode.Kind
        init(_ code: InlineCode) {
            id = code.id
            kind = code.kind
        }
    }
}
