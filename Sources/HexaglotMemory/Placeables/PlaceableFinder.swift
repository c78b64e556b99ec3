import HexaglotCore

/// Finds the numbers, dates, references, web and e-mail addresses in a text, reading them
/// the way the text's language writes them.
///
/// Placeables never overlap: where two readings compete the longer wins ("17 May 2019" is
/// one date, not two numbers; "Resolution 200" one reference), and at equal length a date
/// wins over a URL, an e-mail address, a reference and a number, in that order.
///
/// **Digits.** ASCII `0-9`, Arabic-Indic `٠-٩`, Extended Arabic-Indic `۰-۹` and full-width
/// `０-９`; one placeable uses one digit system. Values always use ASCII digits.
///
/// **Numbers.** An optional minus (`-` or `−` U+2212, at the start of the text or after a space,
/// an opening bracket or a quotation mark), digits, optional grouping, optional decimals, an
/// optional ordinal suffix. A `+` is not part of the number.
///
/// | Digits           | Language | Group separators (groups of three)                     | Decimal separators |
/// |------------------|----------|--------------------------------------------------------|--------------------|
/// | ASCII            | en, zh   | `,`                                                    | `.`                |
/// | ASCII            | fr, ru   | space, NBSP U+00A0, narrow NBSP U+202F, thin space U+2009 | `,`             |
/// | ASCII            | es       | `.` and the four spaces                                | `,`                |
/// | ASCII            | ar       | `,` and `٬` U+066C                                     | `.` and `٫` U+066B |
/// | Arabic-Indic     | any      | `٬`                                                    | `٫`                |
/// | full-width       | any      | `,` and `，`                                           | `.` and `．`       |
///
/// A `.` followed by digits that do not make a group is read as a decimal point in every
/// language ("versión 2.5", "section 3.5"), so "2.030" is 2030 in Spanish but 2.030 elsewhere.
/// Ordinal suffixes are part of the number: English `st nd rd th`, French `e er re è ère ème eme ᵉ ᵉʳ ʳᵉ`,
/// Spanish `º ª .º .ª`. A percentage is its number; the `%`, `٪` or `％` stays outside.
/// A year is a number. Digits touching a Latin, Greek or Cyrillic letter are part of a word
/// and not a number ("G20", "5G", "ICT4SDG", "2030s"), and so are digits after such a word and
/// a hyphen ("COVID-19", "IMT-2020"); a range "2018-2030" is two numbers.
///
/// **Dates.** Day numbers 1–31 checked against the month, years of four digits:
/// - numeric, in any language: `2019-05-17`, `2019/05/17`, `2019.05.17` (year first) and
///   `17/05/2019`, `17.05.2019`, `17-05-2019` (day first; in English, month first when the
///   day-first reading is impossible, as in `05/17/2019`);
/// - en: "17 May 2019", "17th of May, 2019", "May 17, 2019", "17 May", "May 17", "May 2019",
///   full month names (capitalised) and `Jan Feb … Sep Sept … Dec` with or without a point;
/// - fr: "17 mai 2019", "1er mai", "mai 2019", full names (with or without accents) and
///   `janv. févr. avr. juil. sept. oct. nov. déc.`;
/// - es: "17 de mayo de 2019", "1.º de mayo", "mayo de 2019" (`de` optional), `setiembre` too;
/// - ru: "17 мая 2019 г." (`г.`, `гг.`, `год`, `года`, `году` included), "17 мая" (genitive after a day),
///   "май 2019 года", "в мае 2019 г." (nominative, genitive or prepositional before a year);
/// - ar: "17 مايو 2019", "١٧ مايو ٢٠١٩", "17 أيار/مايو 2019م" — Egyptian names (يناير … ديسمبر,
///   with يونيه, يوليه, إبريل spellings), Levantine names (كانون الثاني … كانون الأول), or the UN's
///   "Levantine/Egyptian" pair; a following `م` is included;
/// - zh: "2019年5月17日", "5月17日", "2019年5月" (`号` for `日` too, spaces allowed between parts).
///
/// **References.**
/// - document symbols: an uppercase letter, more uppercase letters or digits, then segments of
///   letters and digits joined by `-`, `/` or `.`, with at least one `/` and one digit:
///   "CL-19/73", "DM-20/1000", "A/RES/70/1", "E/CN.6/2020/1", "C19/1-E";
/// - ITU Recommendations: one uppercase letter, `.`, digits, an optional revision:
///   "Y.3172", "E.164", "M.2083-0";
/// - section numbers: three or more digit groups joined by `.`: "5.2.1";
/// - resolutions and decisions: the word then the number, with an optional `No.`, `n°`, `nº`,
///   `№`, `núm.` or `رقم` between: en Resolution, Res., Decision; fr Résolution, Rés., Décision;
///   es Resolución, Res., Decisión; ru Резолюция, Решение in the singular cases; ar القرار,
///   المقرر with the prefixes ب ل و ف ك; zh 第N号决议, 第N号决定. Case does not matter. Plurals
///   ("Resolutions 71 and 200") are not references: their numbers are numbers.
///
/// **URLs**: from `http://`, `https://`, `ftp://` or `www.` (with a further `.`) up to a space,
/// a quotation mark, an angle bracket or a non-ASCII character other than a Latin, Greek or
/// Cyrillic letter (so "www.itu.int。" and "www.itu.int،" end before the punctuation); trailing `.,;:!?'"*`
/// and unbalanced `)` or `]` are left out. **E-mail addresses**: `local@domain.tld` in ASCII
/// with a top-level domain of two letters or more.
public enum PlaceableFinder {
    /// The placeables of `text`, written in `language`, in text order.
    public static func find(in text: String, language: Language) -> [Placeable] {
        PlaceableScanner(text, language: language).placeables()
    }
}
