import HexaglotCore

/// Puts the query's inline codes in place of the match's in a suggested target: the query's
/// codes (or none) always win.
///
/// The match's source codes and the query's codes are paired in order when they have the same
/// kinds and roles; each target code is then replaced by the query code paired with its
/// source code (same id and kind). A suggestion built from a TMX unit thus carries the
/// segment's own Markdown (`**`, link brackets and address) rather than the file's markup.
/// A target code with no counterpart in the query is dropped (a placeholder that stands for
/// text, such as an escape or a line break, leaves that text), and so is the other half of a
/// span whose open or close code has none: a query without codes gets a target without codes,
/// never the match's markup. The dropped codes are counted.
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
        // A span keeps its codes only when both ends have a counterpart, closing what they opened.
        var kept: [Key: InlineCode] = [:]
        for code in targetCodes {
            guard let replacement = pairs[Key(code)] else { continue }
            switch code.kind {
            case .placeholder:
                kept[Key(code)] = replacement
            case .open, .close:
                let other = InlineCode(id: code.id, kind: code.kind == .open ? .close : .open, role: code.role, data: "")
                guard let partner = pairs[Key(other)], targetCodes.contains(where: { Key($0) == Key(other) }),
                      partner.id == replacement.id else { continue }
                kept[Key(code)] = replacement
            }
        }
        var unmatched = 0
        var runs: [Run] = []
        for run in target.runs {
            guard case .code(let code) = run else { runs.append(run); continue }
            if let replacement = kept[Key(code)] {
                runs.append(.code(replacement))
            } else {
                unmatched += 1
                if code.kind == .placeholder, let equiv = code.equiv, !equiv.isEmpty { runs.append(.text(equiv)) }
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
