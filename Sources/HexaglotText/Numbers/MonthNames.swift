import HexaglotCore

/// The month names of a language, as recognised and as written back: the one month table of
/// the date reader, the placeable adapter and the QA `numbers` check.
///
/// - en: full names and `Jan Feb … Sep Sept … Dec`, capitalised, an abbreviation with or
///   without a point;
/// - fr: full names (with or without accents) and `janv. févr. avr. juil. sept. oct. nov. déc.`;
/// - es: full names, `setiembre` too;
/// - ru: genitive (after a day: "17 мая"), nominative, prepositional ("в мае"), dative
///   ("к маю") and instrumental ("маем", with ё or е);
/// - ar: Egyptian names (يناير … ديسمبر, with يونيه, يوليه, إبريل spellings), Levantine names
///   (كانون الثاني … كانون الأول), and the UN's "Levantine/Egyptian" pair ("حزيران/يونيه");
/// - zh: none (months are numbers: "5月").
public struct MonthNames: Sendable {
    /// `forms[f][m - 1]`: each way of writing the months (full, abbreviated, a grammatical case…).
    public let forms: [[String]]
    /// The forms that may follow a day number (Russian: the genitive only).
    public let dayForms: Set<Int>
    /// Whether names are written with a capital (English), and must be to be recognised.
    public let capitalized: Bool
    /// Whether a point may follow a name (English abbreviations).
    public let optionalPoint: Bool
    /// Every spelling recognised, lower-cased, longest first; an abbreviation with and without its point.
    let entries: [(scalars: [Unicode.Scalar], month: Int, form: Int)]

    init(forms: [[String]], aliases: [(String, month: Int, form: Int)] = [], dayForms: Set<Int>? = nil,
         capitalized: Bool = false, optionalPoint: Bool = false) {
        self.forms = forms
        self.dayForms = dayForms ?? Set(forms.indices)
        self.capitalized = capitalized
        self.optionalPoint = optionalPoint
        var entries: [(scalars: [Unicode.Scalar], month: Int, form: Int)] = []
        for (f, names) in forms.enumerated() {
            for (m, name) in names.enumerated() { entries.append((Array(name.lowercased().unicodeScalars), m + 1, f)) }
        }
        for (name, month, form) in aliases { entries.append((Array(name.lowercased().unicodeScalars), month, form)) }
        // An abbreviation is also read without its point ("janv 2020").
        for entry in entries where entry.scalars.last == "." && entry.scalars.count > 1 {
            let bare = Array(entry.scalars.dropLast())
            if !entries.contains(where: { $0.scalars == bare }) { entries.append((bare, entry.month, entry.form)) }
        }
        self.entries = entries.enumerated()
            .sorted { $0.element.scalars.count != $1.element.scalars.count ? $0.element.scalars.count > $1.element.scalars.count : $0.offset < $1.offset }
            .map(\.element)
    }

    /// The month names of `language`; nil for Chinese, which writes months as numbers.
    public static func of(_ language: Language) -> MonthNames? {
        switch language {
        case .en: return en
        case .fr: return fr
        case .es: return es
        case .ru: return ru
        case .ar: return ar
        case .zh: return nil
        }
    }

    static let en = MonthNames(
        forms: [["January", "February", "March", "April", "May", "June", "July", "August", "September",
                 "October", "November", "December"],
                ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]],
        aliases: [("Sept", 9, 1)], capitalized: true, optionalPoint: true)

    static let fr = MonthNames(
        forms: [["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre",
                 "octobre", "novembre", "décembre"],
                ["janv.", "févr.", "mars", "avr.", "mai", "juin", "juil.", "août", "sept.", "oct.", "nov.", "déc."]],
        aliases: [("fevrier", 2, 0), ("aout", 8, 0), ("decembre", 12, 0), ("fevr.", 2, 1), ("dec.", 12, 1)])

    static let es = MonthNames(
        forms: [["enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre",
                 "octubre", "noviembre", "diciembre"]],
        aliases: [("setiembre", 9, 0)])

    static let ru = MonthNames(
        forms: [["января", "февраля", "марта", "апреля", "мая", "июня", "июля", "августа", "сентября",
                 "октября", "ноября", "декабря"],
                ["январь", "февраль", "март", "апрель", "май", "июнь", "июль", "август", "сентябрь",
                 "октябрь", "ноябрь", "декабрь"],
                ["январе", "феврале", "марте", "апреле", "мае", "июне", "июле", "августе", "сентябре",
                 "октябре", "ноябре", "декабре"],
                ["январю", "февралю", "марту", "апрелю", "маю", "июню", "июлю", "августу", "сентябрю",
                 "октябрю", "ноябрю", "декабрю"],
                ["январём", "февралём", "мартом", "апрелем", "маем", "июнем", "июлем", "августом", "сентябрём",
                 "октябрём", "ноябрём", "декабрём"]],
        aliases: [("январем", 1, 4), ("февралем", 2, 4), ("сентябрем", 9, 4), ("октябрем", 10, 4),
                  ("ноябрем", 11, 4), ("декабрем", 12, 4)],
        dayForms: [0])

    private static let arabicEgyptian = ["يناير", "فبراير", "مارس", "أبريل", "مايو", "يونيو", "يوليو", "أغسطس",
                                         "سبتمبر", "أكتوبر", "نوفمبر", "ديسمبر"]
    private static let arabicLevantine = ["كانون الثاني", "شباط", "آذار", "نيسان", "أيار", "حزيران", "تموز", "آب",
                                          "أيلول", "تشرين الأول", "تشرين الثاني", "كانون الأول"]
    /// The UN's Egyptian spellings in the paired form ("حزيران/يونيه").
    private static let arabicPairedEgyptian = ["يناير", "فبراير", "مارس", "أبريل", "مايو", "يونيه", "يوليه",
                                               "أغسطس", "سبتمبر", "أكتوبر", "نوفمبر", "ديسمبر"]
    private static let arabicEgyptianVariants: [Int: [String]] = [
        4: ["إبريل", "ابريل"], 6: ["يونيه"], 7: ["يوليه"], 8: ["اغسطس"], 10: ["اكتوبر"],
    ]
    private static let arabicLevantineVariants: [Int: [String]] = [3: ["اذار"], 5: ["ايار"], 9: ["ايلول"]]

    static let ar: MonthNames = {
        var aliases: [(String, month: Int, form: Int)] = []
        for m in 1...12 {
            let egyptian = [arabicEgyptian[m - 1], arabicPairedEgyptian[m - 1]] + (arabicEgyptianVariants[m] ?? [])
            let levantine = [arabicLevantine[m - 1]] + (arabicLevantineVariants[m] ?? [])
            for e in Set(egyptian) where e != arabicEgyptian[m - 1] { aliases.append((e, m, 0)) }
            for l in levantine.dropFirst() { aliases.append((l, m, 1)) }
            for l in levantine {
                for e in Set(egyptian) where !(l == levantine[0] && e == arabicPairedEgyptian[m - 1]) {
                    aliases.append((l + "/" + e, m, 2))
                }
            }
        }
        let paired = (0..<12).map { arabicLevantine[$0] + "/" + arabicPairedEgyptian[$0] }
        return MonthNames(forms: [arabicEgyptian, arabicLevantine, paired], aliases: aliases)
    }()
}
