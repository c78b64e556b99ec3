import Synchronization
import Foundation
import HexaglotCore

/// Splits text into sentences for one language: ICU's sentence boundaries corrected by
/// SRX exception rules (``SegmentationRules``, by default ``SegmentationRules/builtIn``).
///
/// How a boundary is decided:
/// 1. ICU's sentence break iterator with the CLDR suppressions (`@ss=standard`) proposes
///    boundaries. Each SRX `break="yes"` rule proposes more: every position where its
///    `beforeBreak` ends and its `afterBreak` begins.
/// 2. ICU places a boundary after the spaces that follow a sentence; SRX rules are written
///    for the position right after the punctuation. So every candidate is moved back over
///    the whitespace before it and the rules are tried there: `\bRév\.` with `afterBreak`
///    `\s` matches "(Rév. Dubaï".
/// 3. The first rule (in the cascaded order of the language's maps) that matches decides;
///    where none matches ICU's decision stands.
/// 4. A boundary after a line or paragraph separator (LF, CR, U+2028, U+2029, NEL, VT, FF)
///    is always kept: a line break ends a segment whatever precedes it.
/// 5. Items of an enumeration run together in the paragraph ("1.) Open it 2.) Close it",
///    ``InlineEnumeration``) each start a sentence, and no boundary falls after a marker.
///
/// Semicolons never end a sentence, full-width `；` and Arabic `؛` included (as in ICU and
/// the OmegaT and Okapi default rules): one sentence per segment is what translators and
/// translation memories expect.
///
/// Boundaries are reported after the whitespace that follows a sentence, never at the
/// start or end of the text, and never where only whitespace precedes them.
///
/// Compiled rules and ICU iterators are cached per language and rule set, so creating a
/// segmenter is cheap after the first time; a segmenter may be used from any thread.
public struct SentenceSegmenter: Sendable {
    public let language: Language
    private let engine: SegmentationEngine

    /// A segmenter with the built-in rules.
    public init(language: Language) throws {
        self.language = language
        self.engine = try SegmentationEngine.builtIn(language)
    }

    /// A segmenter with custom rules; the rules mapped to `language.rawValue` apply.
    public init(language: Language, rules: SegmentationRules) throws {
        self.language = language
        self.engine = try SegmentationEngine.cached(language, rules)
    }

    /// Break positions inside `text` (neither its start nor its end), each placed after
    /// the whitespace that follows a sentence, as ICU places them.
    public func breaks(in text: String) -> [String.Index] {
        let utf16 = Array(text.utf16)
        return engine.breakOffsets(utf16, text: text).compactMap { offset in
            let i = text.utf16.index(text.utf16.startIndex, offsetBy: offset)
            return String.Index(i, within: text)
        }
    }

    /// The sentences of `text`, with surrounding whitespace trimmed; empty pieces dropped.
    public func sentences(in text: String) -> [Substring] {
        var result: [Substring] = []
        var start = text.startIndex
        for b in breaks(in: text) + [text.endIndex] {
            let piece = text[start..<b]
            if let lo = piece.firstIndex(where: { !$0.isWhitespace }),
               let hi = piece.lastIndex(where: { !$0.isWhitespace }) {
                result.append(text[lo...hi])
            }
            start = b
        }
        return result
    }
}

/// The compiled form of one language's rules plus its ICU iterators.
final class SegmentationEngine: Sendable {
    private let rules: [CompiledRule]
    private let breakRules: [CompiledRule]
    private let pool: BreakerPool
    /// How far around a candidate the rules look (UTF-16 units), from ``PatternReach``.
    private let lookBehind: Int
    private let lookAhead: Int
    private static let widest = 256

    init(language: Language, rules: SegmentationRules) throws {
        pool = try BreakerPool(kind: .sentence, locale: language.icuLocale + "@ss=standard")
        self.rules = try rules.rules(forLanguageCode: language.rawValue).map(CompiledRule.init)
        breakRules = self.rules.filter(\.isBreak)
        if self.rules.contains(where: { $0.combined == nil }) {
            lookBehind = SegmentationRules.maxUnboundedLookBehind
        } else {
            lookBehind = self.rules.map { $0.reachBefore ?? Self.widest }.max().map { min($0, Self.widest) + 1 } ?? 0
        }
        lookAhead = self.rules.map { $0.reachAfter ?? Self.widest }.max().map { min($0, Self.widest) + 1 } ?? 0
    }

    private static let builtInEngines = Mutex<[Language: SegmentationEngine]>([:])
    private static let customEngines = Mutex<[CustomKey: SegmentationEngine]>([:])

    private struct CustomKey: Hashable {
        let language: Language
        let rules: SegmentationRules
    }

    static func builtIn(_ language: Language) throws -> SegmentationEngine {
        if let e = builtInEngines.withLock({ $0[language] }) { return e }
        let e = try SegmentationEngine(language: language, rules: .builtIn)
        return builtInEngines.withLock { builtInEngines in
            if let existing = builtInEngines[language] { return existing }
            builtInEngines[language] = e
            return e
        }
    }

    static func cached(_ language: Language, _ rules: SegmentationRules) throws -> SegmentationEngine {
        let key = CustomKey(language: language, rules: rules)
        if let e = customEngines.withLock({ $0[key] }) { return e }
        let e = try SegmentationEngine(language: language, rules: rules)
        return customEngines.withLock { customEngines in
            if let existing = customEngines[key] { return existing }
            if customEngines.count >= 32 { customEngines.removeAll() }
            customEngines[key] = e
            return e
        }
    }

    private struct Candidate {
        var fromICU = false
        var hard = false
        var breakRuleInSpace = false
    }

    /// Boundaries as UTF-16 offsets, sorted, strictly inside the text.
    func breakOffsets(_ u: [UInt16], text: String) -> [Int] {
        let n = u.count
        guard n > 0 else { return [] }
        func forward(_ p: Int) -> Int { var i = p; while i < n, Self.isSpace(u[i]) { i += 1 }; return i }
        func backward(_ p: Int) -> Int { var i = p; while i > 0, Self.isSpace(u[i - 1]) { i -= 1 }; return i }

        var candidates: [Int: Candidate] = [:]
        for (p, _) in pool.boundaries(u) where p > 0 && p < n {
            let b = forward(p), c = backward(b)
            candidates[c, default: Candidate()].fromICU = true
            if (c..<b).contains(where: { Self.isSeparator(u[$0]) }) { candidates[c]!.hard = true }
        }
        for rule in breakRules {
            for q in rule.positions(in: text) where q > 0 && q < n {
                let c = backward(forward(q))
                if q == c {
                    if candidates[c] == nil { candidates[c] = Candidate() }
                } else {
                    candidates[c, default: Candidate()].breakRuleInSpace = true
                }
            }
        }

        var result: [Int] = []
        for c in candidates.keys.sorted() {
            let b = forward(c)
            guard c > 0, b < n, let cand = candidates[c] else { continue }
            let decision: Bool
            if cand.hard {
                decision = true
            } else if let rule = firstRule(matchingAt: c, in: u) {
                decision = rule.isBreak
            } else {
                decision = cand.fromICU || cand.breakRuleInSpace
            }
            if decision { result.append(b) }
        }
        let lists = InlineEnumeration(text)
        guard !lists.markers.isEmpty else { return result }
        let items = lists.itemStarts.filter { $0 > 0 && $0 < n }
        return Set(result.filter { !lists.splitsMarker($0) } + items).sorted()
    }

    /// The first rule matching at `offset`, evaluated on a window of the text around it.
    private func firstRule(matchingAt offset: Int, in u: [UInt16]) -> CompiledRule? {
        guard !rules.isEmpty else { return nil }
        let n = u.count
        var lo = max(0, offset - lookBehind)
        var hi = min(n, offset + lookAhead)
        if lo > 0, UTF16.isTrailSurrogate(u[lo]) { lo += 1 }
        if hi < n, UTF16.isTrailSurrogate(u[hi]) { hi -= 1 }
        // A noncharacter stands for the text cut off, so `^`, `$` and `\b` see no false edge.
        var window: [UInt16] = []
        window.reserveCapacity(hi - lo + 2)
        if lo > 0 { window.append(0xFFFF) }
        window += u[lo..<hi]
        if hi < n { window.append(0xFFFF) }
        let at = offset - lo + (lo > 0 ? 1 : 0)
        let string = String(decoding: window, as: UTF16.self)
        return rules.first { $0.matches(at: at, in: string, length: window.count) }
    }

    static func isSpace(_ c: UInt16) -> Bool {
        switch c {
        case 0x09...0x0D, 0x20, 0x85, 0xA0, 0x1680, 0x2000...0x200A, 0x2028, 0x2029, 0x202F, 0x205F, 0x3000:
            return true
        default:
            return false
        }
    }

    static func isSeparator(_ c: UInt16) -> Bool {
        switch c {
        case 0x0A...0x0D, 0x85, 0x2028, 0x2029: return true
        default: return false
        }
    }
}

/// One SRX rule compiled to ICU regular expressions.
struct CompiledRule: Sendable {
    let isBreak: Bool
    /// `(?<=before)(?=after)`: nil when `before` has no bounded length (ICU refuses it).
    let combined: NSRegularExpression?
    /// Fallback for an unbounded `before`: `(?:before)\z`.
    let before: NSRegularExpression?
    /// `(?:after)`, checked where `before` ends.
    let after: NSRegularExpression?
    /// `before` alone, searched forward to find where a `break="yes"` rule applies.
    let plainBefore: NSRegularExpression?
    /// `(?:before)(?=after)`, searched forward in one pass when the rule has both parts.
    let forward: NSRegularExpression?
    /// The most UTF-16 units `before` and `after` can read (nil: unknown).
    let reachBefore: Int?
    let reachAfter: Int?

    init(_ rule: SegmentationRules.Rule) throws {
        isBreak = rule.isBreak
        let b = rule.beforeBreak, a = rule.afterBreak
        reachBefore = PatternReach.maxLength(b)
        reachAfter = PatternReach.maxLength(a)
        var pattern = ""
        if !b.isEmpty { pattern += "(?<=\(b))" }
        if !a.isEmpty { pattern += "(?=\(a))" }
        do {
            plainBefore = b.isEmpty ? nil : try NSRegularExpression(pattern: b, options: [])
            forward = b.isEmpty || a.isEmpty ? nil : try NSRegularExpression(pattern: "(?:\(b))(?=\(a))", options: [])
            after = a.isEmpty ? nil : try NSRegularExpression(pattern: "(?:\(a))", options: [])
        } catch {
            throw TextError(.rules, "invalid segmentation rule: before \(b), after \(a)")
        }
        if let c = try? NSRegularExpression(pattern: pattern, options: []) {
            combined = c
            before = nil
        } else {
            combined = nil
            before = try? NSRegularExpression(pattern: "(?:\(b))\\z", options: [])
        }
    }

    /// Whether the rule matches at UTF-16 offset `at` of `string`.
    func matches(at: Int, in string: String, length: Int) -> Bool {
        let rest = NSRange(location: at, length: length - at)
        if let combined {
            return combined.firstMatch(in: string, options: [.anchored, .withTransparentBounds, .withoutAnchoringBounds],
                                       range: rest) != nil
        }
        guard let before, before.firstMatch(in: string, options: [.withTransparentBounds],
                                            range: NSRange(location: 0, length: at)) != nil else { return false }
        guard let after else { return true }
        return after.firstMatch(in: string, options: [.anchored, .withTransparentBounds, .withoutAnchoringBounds],
                                range: rest) != nil
    }

    /// Every UTF-16 offset in `text` where the rule matches (for `break="yes"` rules).
    ///
    /// Searches forward for `before` followed by `after` in one pass: a look-behind tried at
    /// every position of a long text costs a hundred times more, and checking `after` at each
    /// end of `before` on its own costs a copy of the text around it every time.
    func positions(in text: String) -> [Int] {
        let whole = NSRange(location: 0, length: text.utf16.count)
        guard let search = forward ?? plainBefore else {
            return combined?.matches(in: text, options: [], range: whole).map(\.range.location) ?? []
        }
        var ends: [Int] = []
        search.enumerateMatches(in: text, options: [], range: whole) { match, _, _ in
            if let match { ends.append(match.range.location + match.range.length) }
        }
        return ends
    }
}
