/// A piece of a segment that translation carries over unchanged in meaning but not always
/// in form: a number, a date, a document reference, a web address or an e-mail address.
///
/// ``PlaceableFinder`` finds them; ``PlaceableAdapter`` uses them to turn a fuzzy match's
/// translation into a suggestion for the segment looked up. Two placeables from different
/// languages that stand for the same thing have the same ``kind`` and ``value``:
/// French "2 030,5" and English "2,030.5" are both the number `2030.5`, "17 mai 2019" and
/// "2019年5月17日" both the date `2019-05-17`.
public struct Placeable: Hashable, Codable, Sendable {
    /// What a placeable is; ``value`` is normalised per kind.
    public enum Kind: String, Codable, Sendable, CaseIterable {
        /// Digits in any of the recognised digit systems, with their signs, grouping, decimals
        /// and ordinal suffix. Value: `-`? ASCII digits without leading zeros or grouping,
        /// then `.` and the fraction digits as written when there are any (`-1234.50`).
        case number
        /// A calendar date. Value: ISO 8601 `yyyy-mm-dd`, `yyyy-mm` (a month and a year)
        /// or `--mm-dd` (a day and a month, as in "17 May"). A year alone is a ``number``.
        case date
        /// A document symbol ("CL-19/73", "A/RES/70/1"), an ITU Recommendation ("Y.3172"),
        /// a section number ("5.2.1") or a numbered resolution or decision. Value: the symbol
        /// as written with ASCII digits and `-` for any hyphen; for resolutions and decisions
        /// `Resolution N` or `Decision N` whatever the language ("Résolution 71" and
        /// "第71号决议" are both `Resolution 71`).
        case reference
        /// An address starting with `http://`, `https://`, `ftp://` or `www.`. Value: as
        /// written with scheme and host lower-cased.
        case url
        /// An e-mail address. Value: as written with the domain lower-cased.
        case email
    }

    public var kind: Kind
    /// The placeable as it stands in the text.
    public var text: String
    /// Where ``text`` stands, in UTF-16 code units from the start of the text searched
    /// (`String(text.utf16[...])` offsets; for a ``Content``, of its `plainText`).
    public var range: Range<Int>
    /// The language-independent value that placeables are compared by.
    public var value: String

    public init(kind: Kind, text: String, range: Range<Int>, value: String) {
        self.kind = kind
        self.text = text
        self.range = range
        self.value = value
    }
}
