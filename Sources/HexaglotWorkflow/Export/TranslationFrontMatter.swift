import HexaglotCore
import HexaglotFormats
import HexaglotStore

/// The front matter of an exported translation, through YAML (``FrontMatterWriter``): the
/// imported file's, brought up to date, or a new one that makes the file import back as a
/// translation.
public enum TranslationFrontMatter {
    /// The front matter an export in `target` gives: the stored one refreshed, else a new one.
    public static func make(_ document: Document, target: Language, views: [SegmentView], stored: String?,
                            translations: [Int: Content]) throws -> String {
        let title = self.title(document, translations)
        return try stored.map { try refreshed($0, views: views, title: title) }
            ?? new(document, target: target, views: views, title: title)
    }

    /// The title the exported file's front matter gives: segment 0's translation, else the source title.
    public static func title(_ document: Document, _ translations: [Int: Content]) -> String {
        (translations[Segment.titleIndex] ?? document.titleSegment?.content)?.plainText ?? document.metadata.title
    }

    /// An imported file's front matter brought up to date: `status` (the lowest status of its
    /// segments now), `complete` (whether every segment has text) and `title` (segment 0's
    /// translation) where the file has these keys, the rest as it was. Read and written through
    /// YAML, so a quoted or multi-line value is replaced whole.
    public static func refreshed(_ frontMatter: String, views: [SegmentView], title: String) throws -> String {
        let statuses = views.compactMap { $0.translation?.status }.filter(\.hasText)
        let lowest = statuses.min() ?? .draft
        let complete = statuses.count == views.count
        do {
            return try FrontMatterWriter.updating(frontMatter, with: [
                ("status", lowest.rawValue), ("complete", complete ? "true" : "false"), ("title", title),
            ])
        } catch let error as FormatError {
            throw WorkflowError(.badInput, "the stored front matter of this translation cannot be read again: \(error.message)")
        }
    }

    /// Front matter for a translation exported before any file of that language was imported,
    /// so that importing the file back stores it as a translation, not as a new source.
    public static func new(_ document: Document, target: Language, views: [SegmentView], title: String) -> String {
        let statuses = views.compactMap { $0.translation?.status }.filter(\.hasText)
        let lowest = statuses.min() ?? .draft
        var pairs: [(key: String, value: String)] = [
            ("reference", document.metadata.reference),
            ("translation-of", document.metadata.sourceLanguage.tag),
            ("language", target.rawValue),
            ("title", title),
        ]
        if let date = document.metadata.date { pairs.append(("date", date)) }
        pairs.append(("status", lowest.rawValue))
        pairs.append(("complete", statuses.count == views.count ? "true" : "false"))
        return FrontMatterWriter.block(pairs)
    }
}
