import HexaglotCore

/// Complements with "of"/"de" that may stand inside a term in English, French and Spanish
/// (``TermRecognizer`` rule 11), as Russian genitives do (``RussianGenitive``).
///
/// A citation's issuer may come before its parenthesised revision: the term `Resolution 200
/// (Rev. Dubai, 2018)` is written `Resolution 200 of the Plenipotentiary Conference (Rev. Dubai,
/// 2018)`, `Resolución 200 de la Conferencia de Plenipotenciarios (Rev. Dubái, 2018)`. A
/// complement is the preposition (en `of`; fr `de du des`, `d'`/`de l'` after elision; es `de
/// del`), an optional article (`the`; `la le les`; `el la los las`), then one to five words of
/// which the first is capitalised (a name or an acronym: `ITU`, `la PP`). It is only looked for
/// before a term's opening parenthesis or bracket, so `Resolution 200 of 2014 (…)` or
/// `Resolution 200 and 71 (…)` are not the term.
enum PrepositionalComplement {
    static let prepositions: [Language: Set<String>] = [.en: ["of"], .fr: ["de", "du", "des"], .es: ["de", "del"]]
    static let articles: [Language: Set<String>] = [.en: ["the"], .fr: ["la", "le", "les"], .es: ["el", "la", "los", "las"]]

    /// The lengths, in text tokens from `x`, of the complements there, longest first; empty if none.
    static func lengths(at x: Int, infos: [TermRecognizer.TokenInfo], language: Language) -> [Int] {
        guard let prepositions = prepositions[language], let articles = articles[language],
              x < infos.count, infos[x].kind == .word, prepositions.contains(infos[x].folded) else { return [] }
        var k = x + 1
        if k < infos.count, infos[k].kind == .word, articles.contains(infos[k].folded) { k += 1 }
        guard k < infos.count, infos[k].kind == .word, infos[k].text.unicodeScalars.first?.properties.isUppercase == true else { return [] }
        var lengths: [Int] = []
        var n = k
        while n < infos.count, n - k < 5, infos[n].kind == .word {
            n += 1
            lengths.insert(n - x, at: 0)
        }
        return lengths
    }
}
