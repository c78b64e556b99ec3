import Foundation
import HexaglotCore

/// What a unit carries besides its texts, stored as JSON only when there is any.
struct MemoryExtra: Codable {
    /// A variant's own authors, dates, context texts, properties, notes and attributes.
    struct VariantExtra: Codable {
        var author: String?
        var created: Date?
        var changedBy: String?
        var changed: Date?
        var previous: String?
        var next: String?
        var properties: [UnitProperty]?
        var notes: [String]?
        var attributes: [String: String]?

        init(_ v: TranslationUnit.Variant) {
            author = v.author
            created = v.created
            changedBy = v.changedBy
            changed = v.changed
            previous = v.previous
            next = v.next
            properties = MemoryExtra.nonEmpty(v.properties)
            notes = MemoryExtra.nonEmpty(v.notes)
            attributes = MemoryExtra.nonEmpty(v.attributes)
        }

        var isEmpty: Bool {
            author == nil && created == nil && changedBy == nil && changed == nil && previous == nil && next == nil
                && properties == nil && notes == nil && attributes == nil
        }

        func apply(to v: inout TranslationUnit.Variant) {
            v.author = author
            v.created = created
            v.changedBy = changedBy
            v.changed = changed
            v.previous = previous
            v.next = next
            v.properties = properties ?? []
            v.notes = notes ?? []
            v.attributes = attributes ?? [:]
        }
    }

    var properties: [UnitProperty]?
    var notes: [String]?
    var attributes: [String: String]?
    var foreignVariants: [TranslationUnit.ForeignVariant]?
    /// Further variants in a language the unit already has (TMX allows several).
    var alternates: [TranslationUnit.Variant]?
    /// Per language code.
    var variants: [String: VariantExtra]?

    var isEmpty: Bool {
        properties == nil && notes == nil && attributes == nil && foreignVariants == nil && alternates == nil && variants == nil
    }

    static func json(_ extra: MemoryExtra) throws -> String? {
        if extra.isEmpty { return nil }
        let encoder = JSONEncoder()
        encoder.dateEncodingStrategy = .iso8601
        encoder.outputFormatting = .sortedKeys
        return String(decoding: try encoder.encode(extra), as: UTF8.self)
    }

    static func decode(_ text: String?) -> MemoryExtra {
        let decoder = JSONDecoder()
        decoder.dateDecodingStrategy = .iso8601
        guard let text, let extra = try? decoder.decode(MemoryExtra.self, from: Data(text.utf8)) else {
            return MemoryExtra()
        }
        return extra
    }

    static func nonEmpty<T: Collection>(_ c: T) -> T? { c.isEmpty ? nil : c }
}
