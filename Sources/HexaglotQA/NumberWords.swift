import HexaglotCore

/// Numbers written as words (zero to twenty, the first ordinals, dozen, hundred, thousand), for ``NumbersCheck``: a
/// translation may write in digits what its source spells out ("three dimensions" → "3
/// измерения", "second" → "2e"), so a digit in the target that the source spells is not extra.
///
/// Words are compared in lower case after any leading elision or clitic: English, French and
/// Spanish whole words (`premier`, `première`, `primera`); Russian by the word's beginning
/// (`трет` for `третий`, `третьего`, `три` as a word); Arabic after `و`, `ال`, `ب`, `ل`
/// (`الثاني`, `وثلاثة`). Chinese numerals are read by HexaglotText's `ChineseNumerals`.
enum NumberWords {
    /// The values of the number words in `text`.
    static func values(in text: String, language: Language) -> Set<String> {
        var result = Set<String>()
        var word = ""
        func flush() {
            defer { word = "" }
            guard !word.isEmpty else { return }
            var w = word.lowercased()
            while w.hasSuffix("-") { w.removeLast() }
            switch language {
            case .en, .fr, .es:
                if let v = table[language]?[w] { result.insert(String(v)) }
            case .ru:
                if let v = russianWords[w] ?? russianStems.first(where: { w.hasPrefix($0.0) })?.1 { result.insert(String(v)) }
            case .ar:
                var forms = [w]
                for prefix in ["و", "ف", "ب", "ل", "ال", "وال", "بال", "لل"] where w.hasPrefix(prefix) && w.count > prefix.count + 2 {
                    forms.append(String(w.dropFirst(prefix.count)))
                }
                if let v = forms.lazy.compactMap({ arabic[$0] }).first { result.insert(String(v)) }
            case .zh:
                break
            }
        }
        for s in text.unicodeScalars {
            if s.properties.isAlphabetic && !(0x4E00...0x9FFF).contains(s.value) || (s == "-" && !word.isEmpty) {
                word.unicodeScalars.append(s)
            } else {
                flush()
            }
        }
        flush()
        return result
    }

    static let table: [Language: [String: Int]] = [
        .en: words("zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen seventeen eighteen nineteen twenty",
                   ordinals: "first second third fourth fifth sixth seventh eighth ninth tenth eleventh twelfth")
            .merging(["dozen": 12, "hundred": 100, "thousand": 1000], uniquingKeysWith: { a, _ in a }),
        .fr: words("zéro un deux trois quatre cinq six sept huit neuf dix onze douze treize quatorze quinze seize dix-sept dix-huit dix-neuf vingt",
                   ordinals: "premier deuxième troisième quatrième cinquième sixième septième huitième neuvième dixième onzième douzième")
            .merging(["une": 1, "première": 1, "second": 2, "seconde": 2, "douzaine": 12, "cent": 100, "mille": 1000], uniquingKeysWith: { a, _ in a }),
        .es: words("cero uno dos tres cuatro cinco seis siete ocho nueve diez once doce trece catorce quince dieciséis diecisiete dieciocho diecinueve veinte",
                   ordinals: "primero segundo tercero cuarto quinto sexto séptimo octavo noveno décimo undécimo duodécimo")
            .merging(["un": 1, "una": 1, "primer": 1, "primera": 1, "segunda": 2, "tercer": 3, "tercera": 3, "cuarta": 4,
                      "quinta": 5, "sexta": 6, "séptima": 7, "octava": 8, "novena": 9, "décima": 10,
                      "docena": 12, "cien": 100, "ciento": 100, "mil": 1000], uniquingKeysWith: { a, _ in a }),
    ]

    /// Cardinals from zero, then ordinals from first.
    static func words(_ cardinals: String, ordinals: String) -> [String: Int] {
        var table: [String: Int] = [:]
        for (n, w) in cardinals.split(separator: " ").enumerated() { table[String(w)] = n }
        for (n, w) in ordinals.split(separator: " ").enumerated() { table[String(w), default: n + 1] = n + 1 }
        return table
    }

    static let russianWords: [String: Int] = [
        "ноль": 0, "один": 1, "одна": 1, "одно": 1, "одного": 1, "одной": 1, "два": 2, "две": 2, "двух": 2, "три": 3, "трех": 3,
        "трёх": 3, "пять": 5, "шесть": 6, "семь": 7, "восемь": 8, "девять": 9, "десять": 10, "сто": 100,
    ]
    /// Beginnings of inflected number words, longest first where one begins another.
    static let russianStems: [(String, Int)] = [
        ("тысяч", 1000), ("дюжин", 12), ("одиннадцат", 11), ("двенадцат", 12), ("тринадцат", 13), ("четырнадцат", 14), ("пятнадцат", 15), ("шестнадцат", 16),
        ("семнадцат", 17), ("восемнадцат", 18), ("девятнадцат", 19), ("двадцат", 20), ("перв", 1), ("втор", 2), ("трет", 3),
        ("четыр", 4), ("четвер", 4), ("пят", 5), ("шест", 6), ("седьм", 7), ("восьм", 8), ("девят", 9), ("десят", 10),
    ]
    static let arabic: [String: Int] = [
        "صفر": 0, "واحد": 1, "واحدة": 1, "اثنان": 2, "اثنين": 2, "اثنتان": 2, "اثنتين": 2, "ثلاث": 3, "ثلاثة": 3, "أربع": 4, "أربعة": 4,
        "خمس": 5, "خمسة": 5, "ست": 6, "ستة": 6, "سبع": 7, "سبعة": 7, "ثماني": 8, "ثمانية": 8, "تسع": 9, "تسعة": 9, "عشر": 10, "عشرة": 10,
        "عشرين": 20, "عشرون": 20, "مائة": 100, "مئة": 100, "ألف": 1000,
        "أول": 1, "أولى": 1, "ثاني": 2, "ثانية": 2, "ثالث": 3, "ثالثة": 3, "رابع": 4, "رابعة": 4, "خامس": 5, "خامسة": 5,
        "سادس": 6, "سادسة": 6, "سابع": 7, "سابعة": 7, "ثامن": 8, "ثامنة": 8, "تاسع": 9, "تاسعة": 9, "عاشر": 10, "عاشرة": 10,
    ]
}
