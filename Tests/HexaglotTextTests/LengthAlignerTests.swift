import Foundation
import HexaglotCore
import Testing
@testable import HexaglotText

@Suite struct LengthAlignerTests {
    static let english = [
        "The Connect 2030 Agenda sets out a shared global vision for the development of the telecommunication/ICT sector.",
        "It was adopted by the Plenipotentiary Conference in Dubai in 2018, in Resolution 200.",
        "Its five strategic goals are growth, inclusiveness, sustainability, innovation and partnership.",
        "World Telecommunication and Information Society Day is celebrated every year on 17 May.",
        "Through the ICT4SDG campaign, ITU shows how ICTs can accelerate progress towards each of the Sustainable Development Goals.",
    ]
    static let french = [
        "Le Programme Connect 2030 définit une vision mondiale commune pour le développement du secteur des télécommunications/TIC.",
        "Il a été adopté par la Conférence de plénipotentiaires à Dubaï en 2018, dans la Résolution 200.",
        "Ses cinq buts stratégiques sont la croissance, l'inclusion, la durabilité, l'innovation et le partenariat.",
        "La Journée mondiale des télécommunications et de la société de l'information est célébrée chaque année le 17 mai.",
        "Grâce à la campagne ICT4SDG, l'UIT montre comment les TIC peuvent accélérer les progrès vers chacun des Objectifs de développement durable.",
    ]
    static let spanish = [
        "La Agenda Conectar 2030 define una visión mundial compartida para el desarrollo del sector de las telecomunicaciones/TIC.",
        "Fue adoptada por la Conferencia de Plenipotenciarios en Dubái en 2018.",
        "Sus metas estratégicas son el crecimiento, la inclusión, la sostenibilidad, la innovación y la asociación.",
        "El Día Mundial de las Telecomunicaciones y de la Sociedad de la Información se celebra cada año el 17 de mayo.",
    ]
    static let russian = [
        "Повестка дня «Соединим к 2030 году» определяет общее глобальное видение развития сектора электросвязи/ИКТ.",
        "Она была принята Полномочной конференцией в Дубае в 2018 году в Резолюции 200.",
        "Ее пять стратегических целей – рост, открытость, устойчивость, инновации и партнерство.",
        "Всемирный день электросвязи и информационного общества ежегодно отмечается 17 мая.",
    ]
    static let chinese = [
        "连通目标2030议程为电信/信息通信技术部门的发展确立了共同的全球愿景。",
        "该议程由2018年在迪拜举行的全权代表大会通过。",
        "其五个战略目标是增长、包容性、可持续性、创新和伙伴关系。",
        "世界电信和信息社会日每年5月17日举行庆祝活动。",
    ]

    private func lengths(_ sentences: [String]) -> [Int] { sentences.map(\.count) }

    private func shape(_ links: [AlignmentLink]) -> [String] {
        links.map { "\($0.kind.rawValue) \($0.source.lowerBound)-\($0.target.lowerBound)" }
    }

    @Test func translationsSentenceForSentenceAlignOneToOne() {
        let links = LengthAligner(from: .fr, to: .en).align(source: lengths(Self.french), target: lengths(Self.english))
        #expect(shape(links) == ["1-1 0-0", "1-1 1-1", "1-1 2-2", "1-1 3-3", "1-1 4-4"])
        #expect(links.allSatisfy { $0.confidence > 0.9 })
    }

    @Test func oneSourceSentenceTranslatedByTwo() {
        let merged = "Il a été adopté par la Conférence de plénipotentiaires à Dubaï en 2018, dans la Résolution 200, et ses cinq buts stratégiques sont la croissance, l'inclusion, la durabilité, l'innovation et le partenariat."
        let source = [Self.french[0], merged, Self.french[3]]
        let links = LengthAligner(from: .fr, to: .en).align(source: lengths(source), target: lengths(Array(Self.english[0..<4])))
        #expect(shape(links) == ["1-1 0-0", "1-2 1-1", "1-1 2-3"])
        #expect(links[1].source == 1..<2 && links[1].target == 1..<3)
        #expect(links.allSatisfy { $0.confidence > 0.5 })
    }

    @Test func twoSourceSentencesTranslatedByOne() {
        let target = [
            Self.english[0],
            "Adopted by the Plenipotentiary Conference in Dubai in 2018, its strategic goals are growth, inclusiveness, sustainability, innovation and partnership.",
            Self.english[3],
        ]
        let links = LengthAligner(from: .es, to: .en).align(source: lengths(Self.spanish), target: lengths(target))
        #expect(shape(links) == ["1-1 0-0", "2-1 1-1", "1-1 3-2"])
        #expect(links[1].source == 1..<3 && links[1].target == 1..<2)
    }

    @Test func aSentenceLeftOutIsAOneToZeroLink() {
        let campaign = "Благодаря кампании ICT4SDG МСЭ показывает, как ИКТ могут ускорить прогресс в достижении каждой из целей в области устойчивого развития, и приглашает Государства-Члены, Членов Секторов и академические организации рассказать о своих инициативах."
        let source = [Self.russian[0], campaign, Self.russian[1], Self.russian[3]]
        let target = [Self.english[0], Self.english[1], Self.english[3]]
        let links = LengthAligner(from: .ru, to: .en).align(source: lengths(source), target: lengths(target))
        #expect(shape(links) == ["1-1 0-0", "1-0 1-1", "1-1 2-1", "1-1 3-2"])
        #expect(links[1].target.isEmpty)
        #expect(links.allSatisfy { $0.confidence > 0.8 })
        // And the other way round: a sentence added in the translation.
        let added = LengthAligner(from: .en, to: .ru).align(source: lengths(target), target: lengths(source))
        #expect(shape(added) == ["1-1 0-0", "0-1 1-1", "1-1 1-2", "1-1 2-3"])
    }

    @Test func anOmissionBetweenSentencesOfOneLengthIsUncertain() {
        // The three middle sentences are 78, 87 and 82 characters long: which one the
        // translation left out, lengths cannot tell, and the confidences say so.
        let target = [Self.english[0], Self.english[1], Self.english[3]]
        let links = LengthAligner(from: .ru, to: .en).align(source: lengths(Self.russian), target: lengths(target))
        #expect(links.map(\.source.count).reduce(0, +) == 4)
        #expect(links.filter { $0.kind != .oneToOne }.allSatisfy { $0.confidence < 0.5 })
        #expect(links.contains { $0.source.contains(1) && $0.confidence < 0.6 })
    }

    @Test func chineseUsesItsMeasuredRatio() {
        #expect(LengthAligner.defaultRatio(from: .en, to: .zh) == 0.36)
        #expect(abs(LengthAligner.defaultRatio(from: .zh, to: .en) - 1 / 0.36) < 1e-12)
        #expect(abs(LengthAligner.defaultRatio(from: .fr, to: .en) * LengthAligner.defaultRatio(from: .en, to: .fr) - 1) < 1e-12)
        #expect(LengthAligner.defaultVariance(from: .en, to: .zh) < LengthAligner.defaultVariance(from: .zh, to: .en))

        let source = [
            Self.english[0],
            "Adopted by the Plenipotentiary Conference in Dubai in 2018, its strategic goals are growth, inclusiveness, sustainability, innovation and partnership.",
            Self.english[3],
        ]
        let links = LengthAligner(from: .en, to: .zh).align(source: lengths(source), target: lengths(Self.chinese))
        #expect(shape(links) == ["1-1 0-0", "1-2 1-1", "1-1 2-3"])
        // With English's ratio the Chinese text looks like a third of a translation.
        let naive = LengthAligner(ratio: 1).align(source: lengths(source), target: lengths(Self.chinese))
        #expect(shape(naive) != shape(links))
    }

    @Test func costsFollowGaleAndChurch() {
        let aligner = LengthAligner(ratio: 1.2)
        #expect(abs(aligner.cost(sourceLength: 100, targetLength: 120, kind: .oneToOne) + log(0.89)) < 1e-12)
        // One standard deviation off: P(δ) = 2(1 − Φ(1)) = 0.3173.
        let sd = (100 * 6.8).squareRoot()
        #expect(abs(aligner.cost(sourceLength: 100, targetLength: 120 + Int(sd.rounded()), kind: .oneToOne)
                    - (-log(0.89) - log(0.3173))) < 0.01)
        #expect(abs(aligner.cost(sourceLength: 100, targetLength: 0, kind: .oneToZero) + log(0.0099 / 2)) < 1e-12)
        // Far tails stay finite.
        #expect(aligner.cost(sourceLength: 10_000, targetLength: 1, kind: .oneToOne).isFinite)
        var noMerges = LengthAligner.galeChurchPriors
        noMerges[.twoToOne] = nil
        #expect(LengthAligner(ratio: 1, priors: noMerges).cost(sourceLength: 10, targetLength: 10, kind: .twoToOne) == .infinity)
    }

    @Test func emptySidesAndConfidence() {
        let aligner = LengthAligner(ratio: 1)
        #expect(aligner.align(source: [], target: []).isEmpty)
        #expect(shape(aligner.align(source: [], target: [40, 50])) == ["0-1 0-0", "0-1 0-1"])
        #expect(aligner.align(source: [], target: [40]).first?.confidence == 1)
        // Two equal sentences against one of double length: a 2-1 link, but 1-1 + 1-0 is
        // possible too, so the link is less than certain.
        let links = aligner.align(source: [60, 60], target: [120])
        #expect(shape(links) == ["2-1 0-0"])
        #expect(links[0].confidence > 0.5 && links[0].confidence < 1)
    }

    @Test func longTextsWithOneOmissionInHundreds() throws {
        // Lengths from a fixed pseudo-random sequence: 300 source sentences of 20–219
        // characters, their translations 15 % longer with some noise. The translation
        // leaves out a sentence after the 200th, of 120 characters or more, that differs
        // from both its neighbours by 60 or more: between sentences of one length, lengths
        // cannot tell which one is missing, and a short one hides in a 2-1 link.
        var state: UInt64 = 2030
        func next() -> Int {
            state = state &* 6364136223846793005 &+ 1442695040888963407
            return Int(state >> 33)
        }
        let source = (0..<300).map { _ in 20 + next() % 200 }
        var target = source.map { Int((Double($0) * 1.15).rounded()) + next() % 7 - 3 }
        func standsOut(_ k: Int) -> Bool {
            let before: Int = abs(source[k] - source[k - 1])
            let after: Int = abs(source[k] - source[k + 1])
            return source[k] >= 120 && before >= 60 && after >= 60
        }
        let omitted = try #require((200..<299).first(where: standsOut))
        target.remove(at: omitted)
        let links = LengthAligner(ratio: 1.15).align(source: source, target: target)
        #expect(links.count == 300)
        #expect(links.filter { $0.kind != .oneToOne }.map(\.source) == [omitted..<omitted + 1])
        #expect(links[omitted].kind == .oneToZero)
        #expect(links.filter { $0.confidence < 0.5 }.isEmpty)
    }
}
