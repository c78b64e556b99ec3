import HexaglotCore

/// Finds the numbers, dates, references, web and e-mail addresses in a text, reading them
/// the way the text's language writes them.
///
/// Placeables never overlap: where two readings compete the longer wins ("17 May 2019" is
/// one date, not two numbers; "Resolution 200" one reference), and at equal length a date
/// wins over a URL, an e-mail address, a reference and a number, in that order.
///
/// **Numbers and dates** are read by HexaglotText's `NumberReader` and `DateReader`, whose
/// documentation gives the rules; in short:
/// - digits of any `DigitSystem` (ASCII, Arabic-Indic `٠-٩`, Extended Arabic-Indic `۰-۹`,
///   full-width `０-９`), one system a placeable; values always use ASCII digits;
/// - a number is an optional minus (`-` or `−` U+2212, after a space, an opening bracket or a
///   quotation mark), digits, groups and decimals as `NumberSeparators` gives them for the
///   language and digit system, and an optional ordinal suffix of the language (English
///   `st nd rd th`, French `e er re è ère ème eme ᵉ ᵉʳ ʳᵉ`, Spanish `º ª o a .º .ª`). A `+`
///   and a percent sign stay outside. A year is a number. Digits touching a Latin, Greek or
///   Cyrillic letter are part of a word ("G20", "5G", "2030s"), and so are digits after a
///   letter and a hyphen ("COVID-19", "IMT-2020"); a range "2018-2030" is two numbers;
/// - dates are numeric (`2019-05-17`, `17/05/2019`, `17.05.2019`; in English `05/17/2019`
///   when the day-first reading is impossible), with a month name of `MonthNames` ("17 May
///   2019", "May 17, 2019", "1er mai 2019", "17 de mayo de 2019", "17 мая 2019 г.", "в мае
///   2019 г.", "17 أيار/مايو 2019م"), or Chinese ("2019年5月17日", "5月17日", "2019年5月").
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
