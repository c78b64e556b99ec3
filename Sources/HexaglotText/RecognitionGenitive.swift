/// Russian dependent genitives that may stand inside a term (``TermRecognizer`` rule 11).
///
/// Russian puts the genitive complement of a noun right after it, before the rest of the
/// name: the term `Резолюция 200 (Пересм. Дубай, 2018 г.)` is written `Резолюции 200
/// Полномочной конференции (Пересм. Дубай, 2018 г.)`, and `Повестка дня «Соединим к 2030
/// году»` may read `Повестка дня МСЭ «Соединим к 2030 году»`. A group is one to three words,
/// each in a genitive form by its ending, the last one a noun (or an acronym in capitals:
/// `МСЭ`, `ООН`, `ITU`). By ending: adjectives `-ого -его -ой -ей -ых -их`; nouns `-а -я -ы -и
/// -ов -ев -ей -ий`. Words of fewer than three letters, pronouns, conjunctions, prepositions
/// and verb forms (`-ла -ло -ть -ся -сь`, `были`) are never part of a group, so `Резолюции 200
/// и 71 (…)` or `Резолюция 200 была принята (…)` do not contain the first term.
enum RussianGenitive {
    static let adjectiveEndings = ["ого", "его", "ой", "ей", "ых", "их"]
    static let nounEndings = ["а", "я", "ы", "и", "ов", "ев", "ей", "ий"]
    static let verbEndings = ["ла", "ло", "ть", "ся", "сь", "ет", "ут", "ют", "ит", "ат", "ят"]
    static let functionWords: Set<String> = [
        "для", "его", "ее", "их", "она", "они", "оно", "эта", "эти", "это", "этой", "этого", "этих", "того", "той",
        "тех", "всех", "всего", "всей", "всея", "которой", "которого", "которых", "или", "либо", "при", "без", "после",
        "около", "против", "среди", "вокруг", "кроме", "также", "тоже", "была", "были", "было", "быть", "нашей",
        "нашего", "наших", "вашей", "вашего", "ваших", "своей", "своего", "своих", "моей", "моего", "мои", "года",
        "году", "где", "куда", "когда", "тогда", "если", "хотя", "чтобы", "как", "так", "уже", "еще", "ещё", "лишь",
    ]

    /// The lengths, in text tokens from `x`, of the dependent genitive groups there, longest
    /// first (a group ends on a noun or an acronym); empty if none.
    static func groups(at x: Int, infos: [TermRecognizer.TokenInfo]) -> [Int] {
        var n = 0
        var lengths: [Int] = []
        while n < 3, x + n < infos.count, infos[x + n].kind == .word, let kind = kind(of: infos[x + n]) {
            n += 1
            if kind != .adjective { lengths.insert(n, at: 0) }
        }
        return lengths
    }

    enum Kind { case adjective, noun, acronym }

    /// What a word can be in a genitive group, or nil.
    static func kind(of info: TermRecognizer.TokenInfo) -> Kind? {
        if TermRecognizer.acronym(info.text, isFirst: true) != nil { return .acronym }
        let word = info.folded
        let letters = word.unicodeScalars
        guard letters.count >= 3, letters.allSatisfy({ (0x0430...0x044F).contains($0.value) }),
              !functionWords.contains(word), !verbEndings.contains(where: word.hasSuffix) else { return nil }
        if adjectiveEndings.contains(where: word.hasSuffix) {
            // `-ой`/`-ей` nouns (`статей`, `людей`) are genitive plurals too.
            return word.hasSuffix("ей") ? .noun : .adjective
        }
        if nounEndings.contains(where: word.hasSuffix) { return .noun }
        return nil
    }
}
