import HexaglotCore

/// Finds a glossary's terms in text of any of the six languages, through inflection.
///
/// Build one recognizer per glossary (it indexes every term once) and call
/// ``find(in:language:)`` for each segment; a recognizer is immutable and may be shared
/// between threads. Only the terms in the segment's language are looked for.
///
/// Rules, applied alike to a term and to the text:
///
/// 1. **Tokens.** Words, numbers and punctuation, as ``RecognitionTokenizer`` reads them: a
///    word is a run of letters, marks and digits (`ICT4SDG` is one word), each Han or kana
///    character is a word; hyphens, dashes, quotation marks and apostrophes are skipped
///    (`Secretary-General` = `Secretary General`, `Государства – Члены` = `Государства-Члены`,
///    `«…»` = `"…"`); other punctuation (`( ) , . /`) must be there in both. A term matches
///    whole tokens only, never part of a word: `ICT` is not found in `ICT4SDG` nor `ИКТ` in
///    `ИКТС`; a hyphen does end a word, so `ICT-based` and `ИКТ-решения` contain the acronym.
/// 2. **Elision.** In French, `l' d' j' m' n' s' t' c' qu' jusqu' lorsqu' puisqu'` (any
///    apostrophe) before a word are dropped: `l'Objectif` reads `Objectif`, `d'ODD` reads
///    `ODD`. In English, a possessive `'s` is dropped (`ITU's`).
/// 3. **Folding.** Each word goes through ``MatchingKey`` (NFKC case folding, width, Arabic
///    harakat and tatweel), then, for recognition only, ``RecognitionFold``: diacritics on
///    Latin letters are removed (`Dubaï` = `Dubai`, `Resolución` = `Resolucion`), `ё` → `е`,
///    Arabic-Indic digits → ASCII, Arabic `أ إ آ` → `ا`, `ى` → `ي`, `ة` → `ه`.
/// 4. **Arabic clitics.** An Arabic word is read with and without a leading conjunction
///    (`و ف`), preposition (`ب ك ل`) and article (`ال`, `لل`), as
///    ``RecognitionFold/arabicReadings(_:)`` details: `وتكنولوجيا` ~ `تكنولوجيا`,
///    `بالاتصالات` ~ `للاتصالات` ~ `الاتصالات`.
/// 5. **Stems.** A word matches when its Snowball stem (``Stemmer``: ar en es fr ru)
///    equals the term word's, or both stems lie within the words' common beginning (Snowball
///    cuts `разрыв` to `разр` but `разрыва` to `разрыв`), and the two words differ only by an
///    inflectional ending
///    (``RecognitionFold/isInflection(_:_:language:)``): `Objectifs`/`Objectif`,
///    `Повестки`/`Повестка`, `целей`/`цели`, `States`/`State`, but not `sustainable`/
///    `sustainability`. Russian fleeting vowels count as inflection (`день`/`дня`,
///    `рынок`/`рынка`). Numbers and punctuation match on their folded key.
/// 6. **Sequences.** A multi-word term matches the same words, in order, with nothing
///    between them but skipped characters (rule 1): every word counts, stop words too
///    (`Objectifs du développement durable` is not `Objectifs de développement durable`).
/// 7. **Acronyms.** A term word written in capitals (no lower-case letter, with at least two
///    capitals, or one capital after the term's first word: `ICT`, `ЦУР`, `ICT4SDG`, the `D`
///    of `ITU-D`), or capitals with a final plural `s` (`SDGs`), matches only the same
///    word written the same way after NFKC: case-sensitive, never stemmed (`ICT` is not
///    `ict`). In English, French and Spanish a Latin acronym also matches its plural with a
///    lower-case `s` (`SDG` ~ `SDGs`, `TIC` ~ `TICs`). Other one-word abbreviations (TBX
///    termType abbreviation, acronym, initialism, shortForm; ``GlossaryEntry/Term/isAbbreviation``)
///    are not stemmed either: they match their folded key, in Arabic through the clitic
///    readings (`اليونيدو` in `واليونيدو`). Multi-word short forms (`Connect 2030`,
///    `Повестка-2030`) follow the word rules, so they inflect.
/// 8. **Chinese.** No stemming: each Han character is a word, so a Chinese term matches as a
///    substring of the text's characters (whole Latin words and numbers inside it:
///    `连通目标2030议程`, `WSIS论坛`).
/// 9. **Overlaps.** When matches overlap, the one with more term tokens wins (then the longer in
///    UTF-16, then the earlier): `information society` is not reported inside
///    `World Telecommunication and Information Society Day`.
/// 10. **Which term.** When several terms match the same span, the one written most like the
///     text wins: most tokens equal after folding, then equal with diacritics, then most
///     gaps between tokens equal on the matching key (`Secretary-General` vs `Secretary
///     General`), then most tokens equal as written, then most gaps equal as written, then
///     preferred before admitted before deprecated, then glossary order. So `Etats Membres`
///     reports that deprecated variant, `member states` the deprecated lower-case one, and
///     `Sustainable Development Goals` the plural concept rather than `Sustainable
///     Development Goal`. One hit per concept; concepts that tie all give a hit on the same
///     range (`ODD`, `ЦУР`, `可持续发展目标` are written alike for the Goals and for one Goal).
///
/// 11. **Interruptions.** Between two tokens of a term the text may hold a parenthesised
///     acronym, in any language: `(`, one to four words written as acronyms (rule 7) or `/`,
///     `)`, ASCII or full-width (`our ICTs for SDGs (ICT4SDG) campaign`, `ИКТ для ЦУР
///     (ICT4SDG)`, `信息通信技术（ICT）促进发展`); a parenthesis holding anything else (`(see
///     Annex)`, `(2019)`) does not interrupt. In Russian, a dependent genitive of one to three
///     words (``RussianGenitive``) may stand before a term token that is an opening parenthesis
///     or bracket, or that follows a quotation mark: `Резолюции 200 Полномочной конференции
///     (Пересм. Дубай, 2018 г.)` is `Резолюция 200 (Пересм. Дубай, 2018 г.)`. In English,
///     French and Spanish, a complement with `of`/`de` naming its issuer
///     (``PrepositionalComplement``) may stand before a term's opening parenthesis:
///     `Resolution 200 of the Plenipotentiary Conference (Rev. Dubai, 2018)`.
/// 12. **A term's own matching** (``GlossaryEntry/Matching``): `caseSensitive` terms match only
///     words written in the same case (first letter capital or not, all capitals or not:
///     `Sector` is not `sector`); `wholePhrase` terms match their words folded but not stemmed
///     (no inflection; Arabic clitics still come off) and are never interrupted (rule 11).
///     `suggestOnly` does not change recognition (the glossary check reports it as a hint).
///
/// A hit's range covers its first to its last token, an interruption inside it included (the
/// words of an interruption are not reported as terms of their own): an elided article or an
/// English `'s` is outside it; a quotation mark is inside it only where the term itself begins
/// or ends with one (`Повестка дня «Соединим к 2030 году»`).
public struct TermRecognizer: Sendable {
    /// How one token of a term matches a text token.
    enum Matcher: Sendable {
        /// Stem equality (any Arabic reading), within inflection (rule 5).
        case word
        /// Folded key equality (numbers, punctuation, Chinese).
        case exact
        /// Case-sensitive equality with the NFKC text (rule 7); `plural` allows a trailing `s`.
        case acronym(written: String, plural: Bool)
        /// Equality of any Arabic reading, unstemmed (uncased one-word abbreviations).
        case readings
    }

    struct CompiledToken: Sendable {
        var matcher: Matcher
        var info: TokenInfo
    }

    /// What recognition knows of a token.
    struct TokenInfo: Sendable {
        var kind: RecognitionToken.Kind
        var text: String
        /// The matching key.
        var key: String
        /// The key with the recognition folds.
        var folded: String
        /// Folded readings (Arabic clitics off; else just `folded`) and their stems.
        var readings: [String]
        var stems: [String]
    }

    struct CompiledTerm: Sendable {
        var conceptID: String
        var term: GlossaryEntry.Term
        /// Order of the term in the glossary (ties: preferred before admitted before deprecated).
        var rank: Int
        var tokens: [CompiledToken]
        /// What is written between consecutive tokens (skipped characters, spaces), as
        /// written and as matching key: a tie-break between `Secretary-General` and
        /// `Secretary General`.
        var gaps: [(text: String, key: String)]
        /// True when the term begins or ends with a skipped character (a quotation mark):
        /// the hit then takes in one such character next to it in the text.
        var opens: Bool
        var closes: Bool
    }

    private let terms: [CompiledTerm]
    /// Language → lookup key of a term's first token → indices in `terms`.
    private let index: [Language: [String: [Int]]]

    public init(entries: [GlossaryEntry]) {
        var terms: [CompiledTerm] = []
        var index: [Language: [String: [Int]]] = [:]
        for entry in entries {
            for term in entry.terms {
                let (tokens, gaps, opens, closes) = Self.compile(term)
                guard let first = tokens.first else { continue }
                let usageRank = GlossaryEntry.Usage.allCases.firstIndex(of: term.usage)!
                terms.append(CompiledTerm(conceptID: entry.id, term: term, rank: usageRank * 1_000_000 + terms.count, tokens: tokens, gaps: gaps, opens: opens, closes: closes))
                var keys: Set<String> = [first.info.folded]
                if case .word = first.matcher { keys.formUnion(first.info.stems) }
                if case .readings = first.matcher { keys.formUnion(first.info.readings) }
                for key in keys { index[term.language, default: [:]][key, default: []].append(terms.count - 1) }
            }
        }
        self.terms = terms
        self.index = index
    }

    /// The glossary terms in `text`, read as `language`, in text order (rules above).
    public func find(in text: String, language: Language) -> [TermHit] {
        guard let index = index[language], !text.isEmpty else { return [] }
        let tokens = RecognitionTokenizer.tokens(of: text, language: language)
        if tokens.isEmpty { return [] }
        let infos = tokens.map { Self.info(of: $0, language: language) }
        let pluralAcronyms = language == .en || language == .fr || language == .es

        let utf16 = Array(text.utf16)
        struct Candidate { var start: Int; var end: Int; var count: Int; var term: Int; var score: (Int, Int, Int, Int, Int) }
        var candidates: [Candidate] = []
        for i in infos.indices {
            let info = infos[i]
            var keys: Set<String> = [info.folded]
            keys.formUnion(info.stems)
            keys.formUnion(info.readings)
            if pluralAcronyms, info.folded.count > 2, info.folded.hasSuffix("s") { keys.insert(String(info.folded.dropLast())) }
            var seen = Set<Int>()
            for key in keys {
                guard let list = index[key] else { continue }
                for t in list where seen.insert(t).inserted {
                    let term = terms[t]
                    guard let places = Self.place(term, at: i, tokens: tokens, infos: infos, language: language) else { continue }
                    var score = (0, 0, 0, 0, 0)
                    for (j, token) in term.tokens.enumerated() {
                        let x = infos[places[j]]
                        if token.info.folded == x.folded { score.0 += 1 }
                        if token.info.key == x.key { score.1 += 1 }
                        if token.info.text == x.text { score.3 += 1 }
                    }
                    for (j, gap) in term.gaps.enumerated() {
                        let g = String(decoding: utf16[tokens[places[j]].range.upperBound..<tokens[places[j + 1]].range.lowerBound], as: UTF16.self)
                        if g == gap.text { score.2 += 1; score.4 += 1 } else if MatchingKey.make(g) == gap.key { score.2 += 1 }
                    }
                    candidates.append(Candidate(start: i, end: places[places.count - 1], count: term.tokens.count, term: t, score: score))
                }
            }
        }
        if candidates.isEmpty { return [] }

        func length(_ c: Candidate) -> Int { tokens[c.end].range.upperBound - tokens[c.start].range.lowerBound }
        candidates.sort {
            if $0.count != $1.count { return $0.count > $1.count }
            let l0 = length($0), l1 = length($1)
            if l0 != l1 { return l0 > l1 }
            if $0.start != $1.start { return $0.start < $1.start }
            if $0.score != $1.score { return $0.score > $1.score }
            return terms[$0.term].rank < terms[$1.term].rank
        }
        var taken = [Bool](repeating: false, count: tokens.count)
        var hits: [TermHit] = []
        var k = 0
        while k < candidates.count {
            let first = candidates[k]
            var group = k
            while group < candidates.count, candidates[group].start == first.start, candidates[group].end == first.end,
                  candidates[group].count == first.count { group += 1 }
            defer { k = group }
            if (first.start...first.end).contains(where: { taken[$0] }) { continue }
            for t in first.start...first.end { taken[t] = true }
            let core = tokens[first.start].range.lowerBound..<tokens[first.end].range.upperBound
            var concepts = Set<String>()
            // The group is sorted best first: the first term of each concept with the best score.
            for c in candidates[k..<group] where c.score == first.score {
                let term = terms[c.term]
                guard concepts.insert(term.conceptID).inserted else { continue }
                var range = core
                if term.opens, range.lowerBound > 0, Self.isSkipped(utf16[range.lowerBound - 1]) { range = range.lowerBound - 1..<range.upperBound }
                if term.closes, range.upperBound < utf16.count, Self.isSkipped(utf16[range.upperBound]) { range = range.lowerBound..<range.upperBound + 1 }
                let matched = String(decoding: utf16[range], as: UTF16.self)
                hits.append(TermHit(conceptID: term.conceptID, term: term.term, range: range, matched: matched))
            }
        }
        return hits.sorted { ($0.range.lowerBound, $0.conceptID) < ($1.range.lowerBound, $1.conceptID) }
    }

    /// The text token index matching each token of `term` when the term begins at text
    /// token `start`, or nil. Between two term tokens the text may hold an interruption
    /// (rule 11), unless the term is ``GlossaryEntry/Matching/wholePhrase``.
    static func place(_ term: CompiledTerm, at start: Int, tokens: [RecognitionToken], infos: [TokenInfo], language: Language) -> [Int]? {
        var places: [Int] = []
        places.reserveCapacity(term.tokens.count)
        var x = start
        let interruptible = !term.term.matching.contains(.wholePhrase)
        for (j, token) in term.tokens.enumerated() {
            if x < infos.count, matches(token, infos[x], language: language, matching: term.term.matching) {
                places.append(x)
                x += 1
                continue
            }
            guard j > 0, interruptible else { return nil }
            var skips = [parenthesisedAcronyms(at: x, infos: infos)].filter { $0 > 0 }
            let opening = ["(", "[", "\u{FF08}"].contains(token.info.text)
            if language == .ru, opening || term.gaps[j - 1].text.contains(where: isQuotation) {
                skips += RussianGenitive.groups(at: x, infos: infos)
            }
            if opening { skips += PrepositionalComplement.lengths(at: x, infos: infos, language: language) }
            guard let skip = skips.first(where: { x + $0 < infos.count && matches(token, infos[x + $0], language: language, matching: term.term.matching) }) else {
                return nil
            }
            places.append(x + skip)
            x += skip + 1
        }
        return places
    }

    /// The number of tokens of a parenthesised acronym at text token `x`: `(`, one to four
    /// words written as acronyms (``acronym(_:isFirst:)``) or `/`, `)`; ASCII or full-width
    /// parentheses. 0 when there is none.
    static func parenthesisedAcronyms(at x: Int, infos: [TokenInfo]) -> Int {
        let open: Set<String> = ["(", "\u{FF08}"], close: Set<String> = [")", "\u{FF09}"]
        guard x < infos.count, infos[x].kind == .punctuation, open.contains(infos[x].text) else { return 0 }
        var k = x + 1
        while k < infos.count, k - x <= 5 {
            let t = infos[k]
            if t.kind == .punctuation, close.contains(t.text) { return k > x + 1 ? k - x + 1 : 0 }
            let ok = (t.kind == .word && acronym(t.text, isFirst: k == x + 1) != nil)
                || (t.kind == .punctuation && t.text == "/")
            guard ok else { return 0 }
            k += 1
        }
        return 0
    }

    static func isQuotation(_ c: Character) -> Bool {
        c.unicodeScalars.contains { RecognitionTokenizer.charClass($0) == .ignorable && $0 != "-" && !(0x2010...0x2015).contains($0.value) && $0.value != 0x2212 }
    }

    // MARK: - Compiling and comparing

    static func isSkipped(_ unit: UInt16) -> Bool {
        guard let scalar = Unicode.Scalar(unit) else { return false }
        return RecognitionTokenizer.charClass(scalar) == .ignorable
    }

    static func compile(_ term: GlossaryEntry.Term) -> ([CompiledToken], [(text: String, key: String)], opens: Bool, closes: Bool) {
        let tokens = RecognitionTokenizer.tokens(of: term.text, language: term.language)
        let utf16 = Array(term.text.utf16)
        let gaps = zip(tokens, tokens.dropFirst()).map { a, b -> (text: String, key: String) in
            let g = String(decoding: utf16[a.range.upperBound..<b.range.lowerBound], as: UTF16.self)
            return (g, MatchingKey.make(g))
        }
        let compiled = tokens.enumerated().map { n, token -> CompiledToken in
            let info = info(of: token, language: term.language)
            let matcher: Matcher
            if token.kind != .word {
                matcher = .exact
            } else if let written = acronym(token.text, isFirst: n == 0) {
                let latin = written.unicodeScalars.contains { ($0.value >= 0x41 && $0.value <= 0x5A) }
                let plural = [.en, .fr, .es].contains(term.language) && latin && !written.hasSuffix("s")
                matcher = .acronym(written: written, plural: plural)
            } else if term.language == .zh {
                matcher = .exact
            } else if term.isAbbreviation && tokens.count == 1 || term.matching.contains(.wholePhrase) {
                matcher = term.language == .ar ? .readings : .exact
            } else {
                matcher = .word
            }
            return CompiledToken(matcher: matcher, info: info)
        }
        let opens = tokens.first.map { $0.range.lowerBound > 0 && isSkipped(utf16[$0.range.lowerBound - 1]) } ?? false
        let closes = tokens.last.map { $0.range.upperBound < utf16.count && isSkipped(utf16[$0.range.upperBound]) } ?? false
        return (compiled, gaps, opens, closes)
    }

    /// `word` in NFKC if it is written as an acronym (rule 7), else nil.
    static func acronym(_ word: String, isFirst: Bool) -> String? {
        var upper = 0
        let scalars = Array(word.unicodeScalars)
        for (n, s) in scalars.enumerated() {
            if s.properties.isLowercase {
                // A final plural "s" after at least two capitals.
                if n == scalars.count - 1, s == "s", upper >= 2 { continue }
                return nil
            }
            if s.properties.isUppercase { upper += 1 }
        }
        guard upper >= 2 || (upper == 1 && !isFirst) else { return nil }
        return Normalizer.normalize(word, .nfkc)
    }

    /// True when two words have their letters in the same case: both begin with a capital or
    /// both not, and both are in capitals throughout or both not (inflected endings may differ).
    static func sameCase(_ a: String, _ b: String) -> Bool {
        func shape(_ s: String) -> (Bool, Bool) {
            let letters = s.unicodeScalars.filter { $0.properties.isUppercase || $0.properties.isLowercase }
            guard let first = letters.first else { return (false, false) }
            return (first.properties.isUppercase, letters.count > 1 && letters.allSatisfy { $0.properties.isUppercase })
        }
        return shape(a) == shape(b)
    }

    static func info(of token: RecognitionToken, language: Language) -> TokenInfo {
        let key = MatchingKey.make(token.text)
        let folded = RecognitionFold.fold(key: key)
        guard token.kind == .word, language != .zh else {
            return TokenInfo(kind: token.kind, text: token.text, key: key, folded: folded, readings: [folded], stems: [folded])
        }
        let readings = language == .ar ? RecognitionFold.arabicReadings(folded) : [folded]
        let stems = readings.map { Stemmer.stem($0, language: language) }
        return TokenInfo(kind: token.kind, text: token.text, key: key, folded: folded, readings: readings, stems: stems)
    }

    static func matches(_ token: CompiledToken, _ x: TokenInfo, language: Language, matching: GlossaryEntry.Matching = []) -> Bool {
        if matching.contains(.caseSensitive), token.info.kind == .word, !sameCase(token.info.text, x.text) { return false }
        switch token.matcher {
        case .exact:
            return token.info.folded == x.folded && (token.info.kind == .punctuation) == (x.kind == .punctuation)
        case .acronym(let written, let plural):
            guard x.kind == .word else { return false }
            let text = x.text.unicodeScalars.allSatisfy({ $0.value < 0x80 }) ? x.text : Normalizer.normalize(x.text, .nfkc)
            return text == written || (plural && text == written + "s")
        case .readings:
            return x.kind == .word && x.readings.contains { token.info.readings.contains($0) }
        case .word:
            guard x.kind == .word else { return false }
            if token.info.folded == x.folded { return true }
            for (a, sa) in zip(token.info.readings, token.info.stems) {
                for (b, sb) in zip(x.readings, x.stems) {
                    if sa == sb || RecognitionFold.stemsWithin(a, sa, b, sb), RecognitionFold.isInflection(a, b, language: language) { return true }
                    if language == .ru, RecognitionFold.isFleetingVowel(a, sa, b, sb) { return true }
                }
            }
            return false
        }
    }
}
