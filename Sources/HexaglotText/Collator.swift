import Synchronization
import CICU
import HexaglotCore

/// Language-correct ordering of strings (ICU collation), for sorted lists and for the
/// store's SQLite collations (`hexaglot_fr`…, through ``compareUTF8(_:_:)``).
///
/// Locales: `ar`, `zh` (pinyin order, ICU's default for Chinese), `en`, `fr` (accents
/// compared from the start of the word, as ICU's `fr` does; only `fr_CA` reverses them),
/// `ru` (ё sorts with е, differing only at secondary strength), `es` (ñ is a letter
/// after n). With `numeric`, digit runs compare by value ("CL-9" before "CL-19").
///
/// Comparison and sort keys only read the ICU collator, which ICU allows from any number
/// of threads; the collator is never changed after `init`.
// @unchecked: the ICU handle is never changed after init and only read (compare, sort keys), which ICU allows from any thread.
public final class Collator: @unchecked Sendable {
    /// Which differences count, from letters only (primary) to every code point (identical).
    public enum Strength: Sendable {
        /// Base letters: `cote` = `côte` = `Cote`.
        case primary
        /// Plus accents: `cote` < `côte`, but `côte` = `Côte`.
        case secondary
        /// Plus case and variants: `côte` < `Côte`.
        case tertiary
        /// Plus punctuation when it is otherwise ignored.
        case quaternary
        /// Plus the code points themselves.
        case identical

        var icu: Int32 {
            switch self {
            case .primary: return Int32(HX_STRENGTH_PRIMARY)
            case .secondary: return Int32(HX_STRENGTH_SECONDARY)
            case .tertiary: return Int32(HX_STRENGTH_TERTIARY)
            case .quaternary: return Int32(HX_STRENGTH_QUATERNARY)
            case .identical: return Int32(HX_STRENGTH_IDENTICAL)
            }
        }
    }

    public let language: Language
    public let strength: Strength
    public let numeric: Bool
    private let handle: OpaquePointer

    public init(language: Language, strength: Strength = .tertiary, numeric: Bool = true) throws {
        var status: Int32 = 0
        guard let h = hx_collator_open(language.collationLocale, strength.icu, numeric ? 1 : 0, &status),
              hx_failed(status) == 0 else {
            throw TextError(.icu, "cannot open ICU collator for '\(language.collationLocale)': \(String(cString: hx_error_name(status)))")
        }
        self.language = language
        self.strength = strength
        self.numeric = numeric
        self.handle = h
    }

    deinit { hx_collator_close(handle) }

    /// -1 when `a` sorts before `b`, 0 when equal at this strength, 1 after.
    public func compare(_ a: String, _ b: String) -> Int {
        var a = a, b = b
        return a.withUTF8 { ua in
            b.withUTF8 { ub in
                compareUTF8(UnsafeRawBufferPointer(ua), UnsafeRawBufferPointer(ub))
            }
        }
    }

    /// Compares UTF-8 bytes (as SQLite passes them to a collation callback): -1, 0 or 1.
    /// Ill-formed UTF-8 compares as if each bad sequence were U+FFFD.
    public func compareUTF8(_ a: UnsafeRawBufferPointer, _ b: UnsafeRawBufferPointer) -> Int {
        var status: Int32 = 0
        let empty = UnsafeRawPointer(ICU.emptyUTF16)
        let r = hx_collator_compare_utf8(handle,
                                         (a.baseAddress ?? empty).assumingMemoryBound(to: CChar.self), Int32(a.count),
                                         (b.baseAddress ?? empty).assumingMemoryBound(to: CChar.self), Int32(b.count),
                                         &status)
        return Int(r.signum())
    }

    /// The ICU sort key: comparing keys bytewise orders strings as ``compare(_:_:)`` does.
    /// The trailing NUL is not included.
    public func sortKey(_ s: String) -> [UInt8] {
        let text = Array(s.utf16)
        var capacity = Int32(text.count * 4 + 16)
        while true {
            var out = [UInt8](repeating: 0, count: Int(capacity))
            let n = text.withUnsafeBufferPointer { t in
                hx_collator_sort_key(handle, t.baseAddress ?? ICU.emptyUTF16, Int32(t.count), &out, capacity)
            }
            if n <= capacity { return Array(out[0..<max(0, Int(n) - 1)]) }
            capacity = n
        }
    }

    /// `items` sorted by the collation order of `key(item)`; equal keys keep their order.
    public func sorted<S: Sequence>(_ items: S, by key: (S.Element) -> String) -> [S.Element] {
        let keyed = items.enumerated().map { (offset: $0.offset, element: $0.element, key: sortKey(key($0.element))) }
        return keyed.sorted { x, y in
            x.key.lexicographicallyPrecedes(y.key) || (x.key == y.key && x.offset < y.offset)
        }.map(\.element)
    }

    private static let cache = Mutex<[Language: Collator]>([:])

    /// A shared tertiary, numeric collator for `language`, created once.
    public static func shared(_ language: Language) -> Collator {
        cache.withLock { cache in
            if let c = cache[language] { return c }
            guard let c = try? Collator(language: language) else {
                fatalError("ICU has no collator for \(language.rawValue)")
            }
            cache[language] = c
            return c
        }
    }
}

extension Language {
    /// The ICU locale ID used for collation (pinyin is ICU's default order for `zh`).
    var collationLocale: String {
        switch self {
        case .zh: return "zh"
        default: return rawValue
        }
    }
}
