import HexaglotCore

/// Inline codes of the source (bold, links, inline code, images…) are in the target, once, in order.
///
/// Rule: codes are compared by kind (open, close, placeholder) and role (emphasis, link…):
/// - **missing** (error): the target has fewer codes of a kind and role than the source, unless
///   the source's surplus codes may be deleted (``InlineCode/canDelete``, a soft line break);
/// - **extra** (error): the target has more codes of a kind and role than the source;
/// - **broken pair** (error): a close code before its open code, or an open code never closed,
///   in the target (pairs share an ``InlineCode/id``);
/// - **reordered** (warning): same codes, different order. Compared by id when the target's ids
///   are the source's, else by kind and role. Translations often move a span within the
///   sentence, so this is only a warning.
///
/// Findings on a code in the target have an empty range at its position in the target's plain text.
public struct InlineCodesCheck: QACheck {
    public static let id = "codes"
    public static let severity = QASeverity.error
    public static let summary = "Inline codes of the source are in the target: none missing, extra, unpaired or reordered"

    public init() {}

    private struct Key: Hashable {
        var kind: InlineCode.Kind
        var role: InlineCode.Role
        var name: String { "\(kind == .placeholder ? "" : kind.rawValue + " ")\(role.rawValue) code" }
        /// "An" before "open …", "autolink …", "escape …", "emphasis …", "image …"; else "A".
        var article: String { name.first.map { "aeiou".contains($0) } == true ? "An" : "A" }
    }

    public func check(_ pair: QAPair) -> [QAFinding] {
        let source = pair.source.codes
        let target = positionedCodes(pair.target)
        guard !source.isEmpty || !target.isEmpty else { return [] }
        var findings: [QAFinding] = []

        var sourceCount: [Key: Int] = [:], deletable: [Key: Int] = [:], targetCount: [Key: Int] = [:]
        for c in source {
            sourceCount[Key(kind: c.kind, role: c.role), default: 0] += 1
            if c.canDelete { deletable[Key(kind: c.kind, role: c.role), default: 0] += 1 }
        }
        for (c, _) in target { targetCount[Key(kind: c.kind, role: c.role), default: 0] += 1 }

        // Missing, in source order.
        var reported = Set<Key>()
        for c in source {
            let key = Key(kind: c.kind, role: c.role)
            guard !reported.contains(key) else { continue }
            let missing = sourceCount[key]! - (targetCount[key] ?? 0)
            if missing > 0, missing > (deletable[key] ?? 0) {
                reported.insert(key)
                findings.append(finding(pair, "\(missing == 1 ? key.article : "\(missing)") \(key.name)\(missing == 1 ? "" : "s") of the source (\(quote(c))) missing from the target"))
            }
        }
        // Extra, at their place in the target.
        var seen: [Key: Int] = [:]
        for (c, offset) in target {
            let key = Key(kind: c.kind, role: c.role)
            seen[key, default: 0] += 1
            if seen[key]! > (sourceCount[key] ?? 0) {
                findings.append(finding(pair, "Extra \(key.name) \(quote(c)) in the target, not in the source", range: offset..<offset))
            }
        }
        // Pairing in the target.
        var open: [Int: (InlineCode, Int)] = [:]
        for (c, offset) in target {
            switch c.kind {
            case .open: open[c.id] = (c, offset)
            case .close:
                if open.removeValue(forKey: c.id) == nil {
                    findings.append(finding(pair, "Close code \(quote(c)) in the target comes before its open code or has none", range: offset..<offset))
                }
            case .placeholder: break
            }
        }
        for (c, offset) in open.values.sorted(by: { $0.1 < $1.1 }) where target.contains(where: { $0.0.kind == .close && $0.0.id == c.id }) == false
            && source.contains(where: { $0.kind == .close && $0.id == c.id })
            && !reported.contains(Key(kind: .close, role: c.role)) {  // already reported as a missing close code
            findings.append(finding(pair, "Open code \(quote(c)) in the target is never closed", range: offset..<offset))
        }
        // Order, when nothing is missing or extra.
        if findings.isEmpty, source.count == target.count {
            let sameIDs = source.map { IDKey(c: $0) }.sorted() == target.map { IDKey(c: $0.0) }.sorted()
            let reordered = sameIDs
                ? source.map { IDKey(c: $0) } != target.map { IDKey(c: $0.0) }
                : source.map { Key(kind: $0.kind, role: $0.role) } != target.map { Key(kind: $0.0.kind, role: $0.0.role) }
            if reordered {
                let first = zip(source, target).first { IDKey(c: $0.0) != IDKey(c: $0.1.0) }?.1
                findings.append(finding(pair, "Inline codes are in another order than in the source, from \(first.map { quote($0.0) } ?? "the first code")",
                                        range: first.map { $0.1..<$0.1 }, severity: .warning))
            }
        }
        return findings
    }

    private struct IDKey: Hashable, Comparable {
        var id: Int, kind: String, role: String
        init(c: InlineCode) { id = c.id; kind = c.kind.rawValue; role = c.role.rawValue }
        static func < (a: IDKey, b: IDKey) -> Bool { (a.id, a.kind, a.role) < (b.id, b.kind, b.role) }
    }

    private func quote(_ c: InlineCode) -> String {
        let shown = c.data.count > 40 ? String(c.data.prefix(40)) + "…" : c.data
        return "“\(shown)” (id \(c.id))"
    }

    /// The target's codes with their UTF-16 offsets in its plain text.
    private func positionedCodes(_ content: Content) -> [(InlineCode, Int)] {
        var offset = 0
        var result: [(InlineCode, Int)] = []
        for run in content.runs {
            switch run {
            case .text(let t): offset += t.utf16.count
            case .code(let c):
                result.append((c, offset))
                offset += c.equiv?.utf16.count ?? 0
            }
        }
        return result
    }
}
