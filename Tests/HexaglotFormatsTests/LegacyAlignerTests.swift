import Foundation
import HexaglotCore
import HexaglotText
import Testing
@testable import HexaglotFormats

@Suite struct LegacyAlignerTests {
    static let repository = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent()

    private func letter(_ language: Language) throws -> String {
        try String(contentsOf: Self.repository.appendingPathComponent("Letters/CL-19-73/CL-19-73.\(language.rawValue).md"), encoding: .utf8)
    }

    private func parse(_ text: String, _ language: Language) throws -> ParsedFile {
        try MarkdownFormat().parse(text, file: nil, language: language)
    }

    private func align(_ source: String, _ from: Language, _ target: String, _ to: Language) throws
        -> (source: ParsedFile, target: ParsedFile, report: AlignmentReport) {
        let s = try parse(source, from), t = try parse(target, to)
        return (s, t, LegacyAligner(from: from, to: to).align(source: s, target: t))
    }

    /// Every segment of both files is in exactly one pair, in document order.
    private func expectComplete(_ r: (source: ParsedFile, target: ParsedFile, report: AlignmentReport),
                                sourceLocation: Testing.SourceLocation = #_sourceLocation) {
        #expect(r.report.pairs.flatMap(\.sourceSegments) == r.source.segments.map(\.index), sourceLocation: sourceLocation)
        #expect(r.report.pairs.flatMap(\.targetSegments) == r.target.segments.map(\.index), sourceLocation: sourceLocation)
    }

    private func pair(_ report: AlignmentReport, source prefix: String) -> AlignmentReport.Pair? {
        report.pairs.first { $0.source.plainText.hasPrefix(prefix) }
    }

    // MARK: The demo letters

    @Test func theReviewedEnglishLetterAlignsOneToOne() throws {
        let r = try align(letter(.fr), .fr, letter(.en), .en)
        expectComplete(r)
        #expect(r.report.counts == [.oneToOne: r.source.segments.count])
        #expect(r.report.blocks.allSatisfy { $0.kind == .oneToOne })
        #expect(r.report.pairs.allSatisfy { $0.confidence > 0.9 })
        #expect(r.report.meanConfidence > 0.97)
        #expect(r.report.lowConfidence.isEmpty)
        let title = try #require(r.report.title)
        #expect(title.target.plainText == "World Telecommunication and Information Society Day 2020")
        #expect(title.confidence > 0.99)
        // Inline codes stay in the contents.
        let programme = try #require(pair(r.report, source: "Le Programme Connect 2030"))
        #expect(programme.target.markup.contains("[Resolution 200](#)"))
        #expect(programme.source.codes.count == 2 && programme.target.codes.count == 2)
    }

    @Test func theSpanishAndRussianLettersAlignToo() throws {
        let es = try align(letter(.fr), .fr, letter(.es), .es)
        expectComplete(es)
        #expect(es.report.counts == [.oneToOne: es.source.segments.count])
        #expect(es.report.pairs.allSatisfy { $0.confidence > 0.9 })
        // The Russian letter leaves the Annex in French, which Russian rules split otherwise:
        // blocks still pair one to one, "(Rév. Dubaï, 2018)" making 1-2 links inside them.
        let ru = try align(letter(.fr), .fr, letter(.ru), .ru)
        expectComplete(ru)
        #expect(ru.report.blocks.allSatisfy { $0.kind == .oneToOne })
        let annex = try #require(ru.source.segments.firstIndex { $0.content.plainText == "Annexe 1" })
        #expect(ru.report.pairs.filter { $0.kind != .oneToOne }.allSatisfy { $0.sourceSegments[0] > annex })
    }

    @Test func aLegacyEnglishLetterWithMergedSentencesASplitParagraphAndAMissingOne() throws {
        var legacy = try letter(.en)
        let edits = [
            ("(SDGs)\". The Connect 2030 Agenda sets out", "(SDGs)\"; the Connect 2030 Agenda sets out"),
            ("signed in Paris. Information on past", "signed in Paris.\n\nInformation on past"),
            ("I should be grateful if you would inform me, by 14 February 2020, of any activities that you plan to organize to mark World Telecommunication and Information Society Day 2020.\n\n", ""),
        ]
        for (old, new) in edits {
            #expect(legacy.contains(old))
            legacy = legacy.replacingOccurrences(of: old, with: new)
        }
        let r = try align(letter(.fr), .fr, legacy, .en)
        expectComplete(r)
        #expect(r.report.counts[.twoToOne] == 1)
        #expect(r.report.counts[.oneToZero] == 1)
        #expect(r.report.counts[.oneToOne] == r.source.segments.count - 3)
        #expect(r.report.pairs.count == r.source.segments.count - 1)

        let merged = try #require(r.report.pairs.first { $0.kind == .twoToOne })
        #expect(merged.source.plainText.hasPrefix("J'ai l'honneur de vous informer"))
        #expect(merged.source.plainText.contains("(ODD)\". Le Programme Connect 2030 définit"))
        #expect(merged.target.plainText.contains("(SDGs)\"; the Connect 2030 Agenda"))
        #expect(merged.confidence > 0.5)

        let missing = try #require(r.report.pairs.first { $0.kind == .oneToZero })
        #expect(missing.source.plainText.hasPrefix("Je vous saurais gré"))
        #expect(missing.target.isEmpty && missing.targetSegments.isEmpty)
        // "Je vous invite…" (298 characters) and "Je vous saurais gré…" (250) are both about
        // as long as "I invite you…" (243): which one is missing, lengths barely tell.
        #expect(missing.confidence > 0.5 && missing.confidence < 0.8)

        let founding = try #require(r.source.segments.first { $0.content.plainText.hasPrefix("Cette Journée marque") })
        let split = try #require(r.report.blocks.first { $0.kind == .oneToTwo })
        #expect(split.sourceBlocks == [founding.block])
        #expect(r.report.blocks.filter { $0.kind != .oneToOne }.map(\.kind) == [.oneToTwo, .oneToZero])
        #expect(pair(r.report, source: "Des informations sur les éditions passées")?.kind == .oneToOne)
    }

    @Test func blockKindsDecideWhatLengthsCannot() throws {
        // "Annexe: 1" (a paragraph) and "Annexe 1" (a heading) are as long as each other;
        // the translation leaves out the paragraph, and the heading still pairs with its heading.
        let english = try letter(.en)
        #expect(english.contains("Annex: 1\n\n## Annex 1"))
        let r = try align(letter(.fr), .fr, english.replacingOccurrences(of: "Annex: 1\n\n", with: ""), .en)
        expectComplete(r)
        #expect(r.report.pairs.filter { $0.kind != .oneToOne }.map(\.source.plainText) == ["Annexe: 1"])
        #expect(pair(r.report, source: "Annexe 1")?.target.plainText == "Annex 1")
    }

    // MARK: Chinese and Arabic

    static let french = """
        ---
        title: "La campagne ICT4SDG"
        ---
        # La campagne ICT4SDG

        Le Programme Connect 2030 définit une vision mondiale commune pour le développement du secteur des télécommunications/TIC. Il a été adopté par la Conférence de plénipotentiaires de l'UIT à Dubaï en 2018, dans la Résolution 200. Ses cinq buts stratégiques sont la croissance, l'inclusion, la durabilité, l'innovation et le partenariat.

        Avec la campagne ICT4SDG, l'UIT montre comment les TIC peuvent accélérer la réalisation de chacun des Objectifs de développement durable. Les États Membres, les Membres de Secteur et les établissements universitaires sont invités à faire connaître leurs initiatives. Les meilleures d'entre elles sont présentées sur le site web de la campagne.

        ## Journée mondiale des télécommunications et de la société de l'information

        Chaque année, le 17 mai, la Journée mondiale des télécommunications et de la société de l'information marque l'anniversaire de la signature de la première Convention télégraphique internationale, en 1865. Elle est l'occasion de faire le point sur les progrès accomplis dans la mise en œuvre du Programme Connect 2030. Les activités prévues peuvent être signalées au Secrétariat général.

        """

    static let chinese = """
        ---
        title: "ICT4SDG宣传活动"
        ---
        # ICT4SDG宣传活动

        连通目标2030议程为电信/信息通信技术部门的发展确立了共同的全球愿景。该议程由国际电联全权代表大会于2018年在迪拜通过，载于第200号决议。其五个战略目标是增长、包容性、可持续性、创新和伙伴关系。

        通过ICT4SDG宣传活动，国际电联展示了信息通信技术如何加快实现每一项可持续发展目标。国际电联邀请成员国、部门成员和学术成员介绍各自的举措。最佳举措将在宣传活动网站上展示。

        ## 世界电信和信息社会日

        每年5月17日的世界电信和信息社会日纪念1865年第一份《国际电报公约》的签署。这一天也是总结连通目标2030议程实施进展的机会。计划开展的活动可通报总秘书处。

        """

    static let english = """
        ---
        title: "The ICT4SDG campaign"
        ---
        # The ICT4SDG campaign

        The Connect 2030 Agenda sets out a shared global vision for the development of the telecommunication/ICT sector. It was adopted by the ITU Plenipotentiary Conference in Dubai in 2018, in Resolution 200. Its five strategic goals are growth, inclusiveness, sustainability, innovation and partnership.

        Through the ICT4SDG campaign, ITU shows how ICTs can accelerate progress towards each of the Sustainable Development Goals. Member States, Sector Members and Academia are invited to share their initiatives. The best of them are presented on the campaign website.

        ## World Telecommunication and Information Society Day

        Every year on 17 May, World Telecommunication and Information Society Day marks the anniversary of the signing of the first International Telegraph Convention, in 1865. It is an opportunity to take stock of progress in implementing the Connect 2030 Agenda. Planned activities may be reported to the General Secretariat.

        """

    static let arabic = """
        ---
        title: "حملة ICT4SDG"
        ---
        # حملة ICT4SDG

        يحدد برنامج التوصيل في 2030 رؤية عالمية مشتركة لتنمية قطاع الاتصالات/تكنولوجيا المعلومات والاتصالات. وقد اعتمده مؤتمر المندوبين المفوضين للاتحاد الدولي للاتصالات في دبي عام 2018، في القرار 200. وأهدافه الاستراتيجية الخمسة هي النمو والشمول والاستدامة والابتكار والشراكة.

        ومن خلال حملة ICT4SDG، يبين الاتحاد كيف يمكن لتكنولوجيا المعلومات والاتصالات أن تسرّع التقدم نحو تحقيق كل هدف من أهداف التنمية المستدامة. والدول الأعضاء وأعضاء القطاعات والهيئات الأكاديمية مدعوون إلى التعريف بمبادراتهم. وتُعرض أفضل هذه المبادرات على الموقع الإلكتروني للحملة.

        ## اليوم العالمي للاتصالات ومجتمع المعلومات

        يُحتفل باليوم العالمي للاتصالات ومجتمع المعلومات في 17 مايو من كل عام، إحياءً لذكرى توقيع أول اتفاقية دولية للتلغراف في عام 1865. وهو فرصة لتقييم التقدم المحرز في تنفيذ برنامج التوصيل في 2030. ويمكن إبلاغ الأمانة العامة بالأنشطة المزمع تنظيمها.

        """

    @Test func frenchAndChineseAlignSentenceForSentence() throws {
        let r = try align(Self.french, .fr, Self.chinese, .zh)
        expectComplete(r)
        #expect(r.report.counts == [.oneToOne: 11])
        #expect(r.report.pairs.allSatisfy { $0.confidence > 0.5 })
        #expect(pair(r.report, source: "Journée mondiale")?.target.plainText == "世界电信和信息社会日")
        #expect(r.report.title?.target.plainText == "ICT4SDG宣传活动")
    }

    @Test func aLegacyChineseTranslationWithASplitAndAMergedSentence() throws {
        var legacy = Self.chinese
        legacy = legacy.replacingOccurrences(of: "在迪拜通过，载于第200号决议。", with: "在迪拜通过。它载于第200号决议。")
        legacy = legacy.replacingOccurrences(of: "可持续发展目标。国际电联邀请", with: "可持续发展目标，并邀请")
        let r = try align(Self.french, .fr, legacy, .zh)
        expectComplete(r)
        #expect(r.report.blocks.allSatisfy { $0.kind == .oneToOne })
        #expect(r.report.pairs.map(\.kind) == [.oneToOne, .oneToOne, .oneToTwo, .oneToOne, .twoToOne, .oneToOne,
                                               .oneToOne, .oneToOne, .oneToOne, .oneToOne])
        let split = r.report.pairs[2]
        #expect(split.source.plainText.hasPrefix("Il a été adopté"))
        // Chinese sentences join with nothing between them; French ones with a space.
        #expect(split.target.plainText == "该议程由国际电联全权代表大会于2018年在迪拜通过。它载于第200号决议。")
        let merged = r.report.pairs[4]
        #expect(merged.source.plainText.contains("Objectifs de développement durable. Les États Membres"))
        #expect(merged.target.plainText.hasPrefix("通过ICT4SDG宣传活动"))
    }

    @Test func englishAndArabicAlignSentenceForSentence() throws {
        let r = try align(Self.english, .en, Self.arabic, .ar)
        expectComplete(r)
        #expect(r.report.counts == [.oneToOne: 11])
        #expect(r.report.pairs.allSatisfy { $0.confidence > 0.5 })
        #expect(pair(r.report, source: "World Telecommunication")?.target.plainText == "اليوم العالمي للاتصالات ومجتمع المعلومات")
    }

    @Test func aLegacyArabicTranslationWithAMissingParagraphAndASplitSentence() throws {
        let campaign = Self.arabic.split(separator: "\n", omittingEmptySubsequences: false).first { $0.hasPrefix("ومن خلال") }!
        var legacy = Self.arabic.replacingOccurrences(of: campaign + "\n\n", with: "")
        legacy = legacy.replacingOccurrences(of: "من كل عام، إحياءً لذكرى", with: "من كل عام. ويحيي هذا اليوم ذكرى")
        let r = try align(Self.english, .en, legacy, .ar)
        expectComplete(r)
        #expect(r.report.blocks.map(\.kind) == [.oneToOne, .oneToOne, .oneToZero, .oneToOne, .oneToOne])
        #expect(r.report.pairs.map(\.kind) == [.oneToOne, .oneToOne, .oneToOne, .oneToOne,
                                               .oneToZero, .oneToZero, .oneToZero,
                                               .oneToOne, .oneToTwo, .oneToOne, .oneToOne])
        #expect(r.report.pairs[4].source.plainText.hasPrefix("Through the ICT4SDG campaign"))
        let split = r.report.pairs[8]
        #expect(split.source.plainText.hasPrefix("Every year on 17 May"))
        #expect(split.target.plainText.contains("من كل عام. ويحيي هذا اليوم"))
    }

    // MARK: The report

    @Test func theReportRoundTripsThroughJSON() throws {
        let r = try align(letter(.fr), .fr, letter(.en), .en).report
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        let data = try encoder.encode(r)
        #expect(try JSONDecoder().decode(AlignmentReport.self, from: data) == r)
        let json = try #require(JSONSerialization.jsonObject(with: data) as? [String: Any])
        #expect((json["counts"] as? [String: Int])?["1-1"] == r.pairs.count)
        #expect(((json["pairs"] as? [[String: Any]])?.first?["kind"] as? String) == "1-1")
    }

    @Test func theSummaryCountsKindsAndListsDoubtfulPairs() {
        let pairs = [
            AlignmentReport.Pair(sourceSegments: [0], targetSegments: [0], source: "a", target: "a", kind: .oneToOne, confidence: 0.9),
            AlignmentReport.Pair(sourceSegments: [1, 2], targetSegments: [1], source: "b c", target: "bc", kind: .twoToOne, confidence: 0.3),
            AlignmentReport.Pair(sourceSegments: [3], targetSegments: [], source: "d", target: "", kind: .oneToZero, confidence: 0.6),
        ]
        let r = AlignmentReport(sourceLanguage: .fr, targetLanguage: .en, pairs: pairs, blocks: [])
        #expect(r.counts == [.oneToOne: 1, .twoToOne: 1, .oneToZero: 1])
        #expect(abs(r.meanConfidence - 0.6) < 1e-12)
        #expect(r.lowConfidence == [1])
        #expect(r.lowConfidencePairs.map(\.kind) == [.twoToOne])
    }

    @Test func joinedContentsKeepTheirCodesPaired() {
        func bold(_ word: String) -> Content {
            Content([.code(InlineCode(id: 1, kind: .open, role: .strong, data: "**")), .text(word),
                     .code(InlineCode(id: 1, kind: .close, role: .strong, data: "**")), .text(".")])
        }
        let joined = LegacyAligner.join([bold("One"), bold("Two")], language: .en)
        #expect(joined.markup == "**One**. **Two**.")
        #expect(joined.codes.map(\.id) == [1, 1, 2, 2])
        #expect(LegacyAligner.join([bold("一"), bold("二")], language: .zh).markup == "**一**.**二**.")
        #expect(LegacyAligner.join([], language: .en).isEmpty)
    }
}
