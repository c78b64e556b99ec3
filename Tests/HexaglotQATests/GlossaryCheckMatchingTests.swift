import HexaglotCore
import Testing
@testable import HexaglotQA

/// Term findings: severity by the glossary's matching flags, the source range, quotes and concept names.
@Suite struct GlossaryCheckMatchingTests {
    static let entries: [GlossaryEntry] = [
        GlossaryEntry(id: "c-001", terms: [
            .init(language: .en, text: "Sustainable Development Goals"), .init(language: .fr, text: "Objectifs de développement durable"),
            .init(language: .fr, text: "ODD", termType: "abbreviation"), .init(language: .ru, text: "Цели в области устойчивого развития"),
        ]),
        GlossaryEntry(id: "c-002", terms: [
            .init(language: .en, text: "growth", matching: .suggestOnly), .init(language: .fr, text: "croissance", matching: .suggestOnly),
            .init(language: .ru, text: "рост", matching: .suggestOnly),
        ]),
        GlossaryEntry(id: "c-003", terms: [
            .init(language: .fr, text: "Programme Connect 2030"),
            .init(language: .ru, text: "Повестка дня \"Соединим к 2030 году\""),
        ]),
        GlossaryEntry(id: "c-004", terms: [
            .init(language: .en, text: "Sector", matching: .caseSensitive), .init(language: .fr, text: "Secteur", matching: .caseSensitive),
        ]),
    ]

    func check(_ source: String, _ sl: Language, _ target: String, _ tl: Language) -> [QAFinding] {
        GlossaryCheck(entries: Self.entries).check(QAPair(source: Content(text: source), target: Content(text: target),
                                                          sourceLanguage: sl, targetLanguage: tl, segment: 4))
    }

    @Test func aMissingTermHasTheSourceTermsRange() {
        let source = "Pour atteindre les ODD d'ici à 2030."
        let f = check(source, .fr, "To reach the Goals by 2030.", .en)
        #expect(f.count == 1)
        let range = try! #require(f.first?.range)
        #expect(String(decoding: Array(source.utf16)[range], as: UTF16.self) == "ODD")
        #expect(f.first?.side == .source)
        // Offsets are UTF-16 code units: a character outside the BMP before the term counts 2.
        let emoji = "🌍 Pour atteindre les ODD."
        let g = check(emoji, .fr, "To reach the Goals.", .en)
        #expect(g.first?.range == 22..<25)
    }

    @Test func theConceptIsNamedByItsEnglishTermWithTypographicQuotes() {
        let f = check("Pour atteindre les ODD.", .fr, "Чтобы достичь целей.", .ru)
        #expect(f.first?.message == "The term “ODD” (concept “Sustainable Development Goals”) is not rendered with an approved term; expected “Цели в области устойчивого развития”")
        #expect(f.allSatisfy { !$0.message.contains("c-001") && !$0.message.contains("\"") })
        // No English term: the source term names it; a term holding straight quotes is quoted ‘…’.
        let g = check("Le Programme Connect 2030.", .fr, "Программа.", .ru)
        #expect(g.first?.message == "The term “Programme Connect 2030” is not rendered with an approved term; expected ‘Повестка дня \"Соединим к 2030 году\"’")
    }

    @Test func suggestOnlyTermsGiveAHintNotAnError() {
        let f = check("the rapid growth of telecommunications/ICTs", .en, "l'essor rapide des télécommunications/TIC", .fr)
        #expect(f.map(\.severity) == [.info])
        #expect(f.first?.message.hasPrefix("Suggestion: “growth”") == true)
        #expect(check("the rapid growth of ICTs", .en, "la croissance rapide des TIC", .fr).isEmpty)
    }

    @Test func caseSensitiveTermsAreOnlyFoundInTheirCase() {
        #expect(check("the telecommunication/ICT sector", .en, "le domaine des télécommunications/TIC", .fr).isEmpty)
        #expect(check("each ITU Sector", .en, "chaque domaine de l'UIT", .fr).count == 1)
        #expect(check("each ITU Sector", .en, "chaque Secteur de l'UIT", .fr).isEmpty)
        #expect(check("each ITU Sector", .en, "chaque secteur de l'UIT", .fr).count == 1)
    }
}
