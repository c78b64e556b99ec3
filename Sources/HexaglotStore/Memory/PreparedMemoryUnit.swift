import Foundation
import HexaglotCore
import HexaglotText

/// A memory unit with its text work done (plain texts, matching keys, token boundaries, JSON),
/// ready for the store to give its tokens ids and write it.
///
/// Preparing needs nothing from the store, so an import prepares units on one thread while the
/// store writes on another.
public struct PreparedMemoryUnit: Sendable {
    let unit: TranslationUnit
    let hash: Int64
    /// The first variant of each language, in the order they came.
    let variants: [PreparedVariant]
    /// The unit's JSON extras, nil when there are none.
    let extra: String?

    /// How many variants will be stored (one per language).
    public var variantCount: Int { variants.count }

    public init(_ unit: TranslationUnit) throws {
        self.unit = unit
        var seen: UInt8 = 0
        var variants: [PreparedVariant] = []
        var alternates: [TranslationUnit.Variant] = []
        var perVariant: [String: MemoryExtra.VariantExtra] = [:]
        for v in unit.variants {
            let language = v.language.language
            let bit = UInt8(1) << UInt8(language.memoryIndex)
            guard seen & bit == 0 else {
                alternates.append(v)
                continue
            }
            seen |= bit
            variants.append(try PreparedVariant(v))
            let extra = MemoryExtra.VariantExtra(v)
            if !extra.isEmpty { perVariant[language.rawValue] = extra }
        }
        self.variants = variants
        var h = StableHash()
        for v in variants.sorted(by: { $0.language.memoryIndex < $1.language.memoryIndex }) {
            h.add(v.language.rawValue)
            h.add(v.markup)
        }
        hash = h.signed
        extra = try MemoryExtra.json(MemoryExtra(
            properties: MemoryExtra.nonEmpty(unit.properties), notes: MemoryExtra.nonEmpty(unit.notes),
            attributes: MemoryExtra.nonEmpty(unit.attributes), foreignVariants: MemoryExtra.nonEmpty(unit.foreignVariants),
            alternates: MemoryExtra.nonEmpty(alternates), variants: MemoryExtra.nonEmpty(perVariant)))
    }
}

/// One variant's text work: what the store needs to write and index it.
struct PreparedVariant: Sendable {
    let language: Language
    /// The tag, when it says more than the language code.
    let tag: String?
    let plain: String
    /// The content as JSON when it has inline codes.
    let contentJSON: String?
    let markup: String
    let key: [UInt8]
    /// Token spans in `key`: start << 34 | end << 2 | kind.
    let spans: [UInt64]
    /// Each token's dictionary hash (``TokenDictionary/hash(_:meta:)``), computed here so that the
    /// store's thread only probes.
    let hashes: [UInt64]
    /// The inline codes, as memory tokens.
    let codes: [UInt32]
    let context: Int64?

    init(_ v: TranslationUnit.Variant, context: Int64? = nil) throws {
        language = v.language.language
        tag = v.language.tag == language.rawValue ? nil : v.language.tag
        var plain = ""
        var markup = ""
        var codes: [UInt32] = []
        if v.content.runs.count == 1, case .text(let t) = v.content.runs[0] {
            plain = t
            markup = t
        } else {
            for run in v.content.runs {
                switch run {
                case .text(let t):
                    plain += t
                    markup += t
                case .code(let c):
                    plain += c.equiv ?? ""
                    markup += c.data
                    codes.append(MemoryToken.code(c))
                }
            }
        }
        self.plain = plain
        self.markup = markup
        self.codes = codes
        contentJSON = codes.isEmpty ? nil : String(decoding: try JSONEncoder().encode(v.content), as: UTF8.self)
        var text = plain
        let key = text.withUTF8 { MatchingKey.bytes(utf8: $0) }
        self.key = key
        var spans: [UInt64] = []
        var hashes: [UInt64] = []
        // About one token in four bytes of key (a word and its space, two Han characters):
        // mostly one allocation each instead of one per doubling.
        spans.reserveCapacity(key.count / 4 + 2)
        hashes.reserveCapacity(key.count / 4 + 2)
        let languageIndex = language.memoryIndex
        key.withUnsafeBufferPointer { bytes in
            MatchTokenizer.forEachToken(in: bytes) { start, end, kind in
                spans.append(UInt64(start) << 34 | UInt64(end) << 2 | UInt64(kind.rawValue))
                hashes.append(TokenDictionary.hash(UnsafeBufferPointer(rebasing: bytes[start..<end]),
                                                   meta: TokenDictionary.meta(language: languageIndex, kind: MemoryToken.kind(kind))))
            }
        }
        self.spans = spans
        self.hashes = hashes
        self.context = context ?? VariantEncoding.context(previous: v.previous, next: v.next)
    }
}
