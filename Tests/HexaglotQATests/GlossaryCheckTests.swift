import Testing
import HexaglotCore
@testable import HexaglotQA

/// The glossary and consistency checks on real campaign sentences.
@Suite struct GlossaryCheckTests {
    static let entries: [GlossaryEntry] = [
        GlossaryEntry(id: "sdgs", terms: [
            .init(language: .en, text: "Sustainable Development Goals"), .init(language: .en, text: "SDGs", termType: "abbreviation"),
            .init(language: .fr, text: "Objectifs de développement durable"), .init(language: .fr, text: "ODD", termType: "abbreviation"),
            .init(language: .fr, text: "Objectifs du développement durable", usage: .deprecated),
            .init(language: .ru, text: "Цели в области устойчивого развития"), .init(language: .ru, text: "ЦУР", termType: "abbreviation"),
            .init(language: .es, text: "Objetivos de Desarrollo Sostenible"), .init(language: .es, text: "ODS", termType: "abbreviation"),
            .init(language: .ar, text: "أهداف التنمية المستدامة"),
        ]),
        GlossaryEntry(id: "ict", terms: [
            .init(language: .en, text: "ICT", termType: "abbreviation"), .init(language: .fr, text: "TIC", termType: "abbreviation"),
            .init(language: .fr, text: "NTIC", usage: .deprecated, termType: "abbreviation"),
            .init(language: .es, text: "TIC", termType: "abbreviation"), .init(language: .ru, text: "ИКТ", termType: "abbreviation"),
        ]),
    ]

    func check(_ source: String, _ sl: Language, _ target: String, _ tl: Language) -> [QAFinding] {
        GlossaryCheck(entries: Self.entries).check(QAPair(source: Content(text: source), target: Content(text: target),
                                                          sourceLanguage: sl, targetLanguage: tl, segment: 1))
    }

    @Test func anApprovedRenderingPassesInflectedOrNot() {
        #expect(check("ICTs for the Sustainable Development Goals", .en, "Les TIC au service des Objectifs de développement durable", .fr).isEmpty)
        #expect(check("Les TIC au service des ODD", .fr, "ИКТ для достижения Целей в области устойчивого развития", .ru).isEmpty)
        #expect(check("ICTs for the SDGs", .en, "Las TIC al servicio de los Objetivos de Desarrollo Sostenible", .es).isEmpty)
    }

    @Test func aMissingOrDeprecatedRenderingIsAnError() {
        let missing = check("ICTs for the Sustainable Development Goals", .en, "Les technologies au service du développement", .fr)
        #expect(missing.count == 2)
        #expect(missing.allSatisfy { $0.severity == .error })
        #expect(missing.contains { $0.message.contains("“Objectifs de développement durable” or “ODD”") })
        let deprecated = check("ICTs for the SDGs", .en, "Les NTIC au service des Objectifs du développement durable", .fr)
        #expect(deprecated.count == 2)
        #expect(deprecated.contains { $0.message.contains("“NTIC”") && $0.message.contains("deprecated") })
        let inSource = check("Les NTIC au service des ODD", .fr, "ICTs for the SDGs", .en)
        #expect(inSource.map(\.severity) == [.warning])
    }

    @Test func theSameTermTranslatedTwoWaysIsReported() {
        let items = [
            ConsistencyCheck.Item(place: "CL-1 [1]", pair: QAPair(source: "Les TIC au service des ODD.", target: "ICTs for the SDGs.",
                                                                   sourceLanguage: .fr, targetLanguage: .en)),
            ConsistencyCheck.Item(place: "CL-2 [4]", pair: QAPair(source: "Les TIC au service des ODD.", target: "ICT for SDGs.",
                                                                   sourceLanguage: .fr, targetLanguage: .en)),
        ]
        let findings = ConsistencyCheck().check(items, glossary: GlossaryCheck(entries: Self.entries))
        let segment = findings.first { $0.kind == "segment" }
        #expect(segment?.variants.map(\.places) == [["CL-2 [4]"], ["CL-1 [1]"]])
        #expect(findings.filter { $0.kind == "term" }.isEmpty, "ICT and ICTs are the same approved term")
    }

    /// Forms of one approved rendering are consistent; two different approved renderings are not.
    @Test func formsOfOneRenderingAreConsistent() {
        let entries = [GlossaryEntry(id: "tict", terms: [
            .init(language: .fr, text: "télécommunications/TIC"),
            .init(language: .en, text: "telecommunications/ICTs"), .init(language: .en, text: "telecommunication/ICT"),
            .init(language: .en, text: "telecoms/digital technologies", usage: .admitted),
        ])]
        func item(_ place: String, _ source: String, _ target: String) -> ConsistencyCheck.Item {
            ConsistencyCheck.Item(place: place, pair: QAPair(source: Content(text: source), target: Content(text: target),
                                                             sourceLanguage: .fr, targetLanguage: .en, segment: 1))
        }
        let forms = [
            item("CL-19/73 [10]", "le développement du secteur des télécommunications/TIC.", "the development of the telecommunication/ICT sector."),
            item("CL-19/73 [26]", "tirer parti des télécommunications/TIC.", "to leverage telecommunications/ICTs."),
        ]
        #expect(ConsistencyCheck().check(forms, glossary: GlossaryCheck(entries: entries)).filter { $0.kind == "term" }.isEmpty)
        let other = forms + [item("CL-20/01 [3]", "l'essor des télécommunications/TIC.", "the rise of telecoms/digital technologies.")]
        let findings = ConsistencyCheck().check(other, glossary: GlossaryCheck(entries: entries)).filter { $0.kind == "term" }
        #expect(findings.count == 1)
        #expect(findings.first?.variants.count == 3)
    }
}
