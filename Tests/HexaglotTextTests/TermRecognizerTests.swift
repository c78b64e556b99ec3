import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
import HexaglotCore
import Synchronization
import Testing
@testable import HexaglotText

/// The real demo glossary, read with a minimal TBX reader (this target cannot use HexaglotFormats).
enum ConnectGlossary {
    static let repository = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent()

    static let entries: [GlossaryEntry] = {
        let url = repository.appendingPathComponent("Glossaries/connect2030.tbx")
        let parser = XMLParser(contentsOf: url)!
        let reader = MiniTBX()
        parser.delegate = reader
        _ = parser.parse()
        return reader.entries
    }()

    static let recognizer = TermRecognizer(entries: entries)

    /// termEntry id, langSet xml:lang, tig term, termNote termType / administrativeStatus.
    final class MiniTBX: NSObject, XMLParserDelegate {
        var entries: [GlossaryEntry] = []
        var id = "", language: Language?, text = "", termText = "", note = "", type: String?, usage = GlossaryEntry.Usage.preferred
        var matching: GlossaryEntry.Matching = [], conceptMatching: GlossaryEntry.Matching = [], descrip = ""
        var terms: [GlossaryEntry.Term] = []

        func parser(_ parser: XMLParser, didStartElement name: String, namespaceURI: String?, qualifiedName: String?,
                    attributes: [String: String] = [:]) {
            text = ""
            switch name {
            case "termEntry": id = attributes["id"] ?? ""; terms = []; conceptMatching = []
            case "descrip": descrip = attributes["type"] ?? ""
            case "langSet": language = Language(rawValue: attributes["xml:lang"] ?? "")
            case "tig": termText = ""; type = nil; usage = .preferred; matching = []
            case "termNote": note = attributes["type"] ?? ""
            default: break
            }
        }
        func parser(_ parser: XMLParser, foundCharacters string: String) { text += string }
        func parser(_ parser: XMLParser, didEndElement name: String, namespaceURI: String?, qualifiedName: String?) {
            switch name {
            case "term": termText = text
            case "termNote" where note == "termType": type = text
            case "termNote" where note == "x-matching": matching = (try? GlossaryEntry.Matching.parse(text).get()) ?? []
            case "descrip" where descrip == "x-matching": conceptMatching = (try? GlossaryEntry.Matching.parse(text).get()) ?? []
            case "termNote" where note == "administrativeStatus":
                usage = text.hasPrefix("deprecated") ? .deprecated : text.hasPrefix("admitted") ? .admitted : .preferred
            case "tig":
                if let language { terms.append(GlossaryEntry.Term(language: language, text: termText, usage: usage, termType: type, matching: matching)) }
            case "termEntry":
                entries.append(GlossaryEntry(id: id, terms: terms.map { var t = $0; t.matching.formUnion(conceptMatching); return t }))
            default: break
            }
        }
    }
}

@Suite struct TermRecognizerTests {
    let r = ConnectGlossary.recognizer

    /// "concept:matched text" for each hit.
    func found(_ text: String, _ language: Language) -> [String] {
        r.find(in: text, language: language).map { "\($0.conceptID.replacingOccurrences(of: "c2030-", with: "")):\($0.matched)" }
    }

    @Test func glossaryIsRead() {
        #expect(ConnectGlossary.entries.count == 50)
    }

    @Test func everyTermFindsItself() {
        for entry in ConnectGlossary.entries {
            for term in entry.terms {
                let hits = r.find(in: term.text, language: term.language)
                #expect(hits.contains { $0.conceptID == entry.id && $0.term == term }, "\(term.language) \(term.text): \(hits.map { "\($0.conceptID) \($0.term.text)" })")
            }
        }
    }

    @Test func russianCases() {
        #expect(found("в рамках Повестки дня \"Соединим к 2030 году\" МСЭ", .ru) == ["001:Повестки дня \"Соединим к 2030 году\"", "031:МСЭ"])
        #expect(found("Сотрудничество в области ИКТ.", .ru) == ["012:ИКТ"])
        #expect(found("для достижения целей в области устойчивого развития", .ru).first?.hasSuffix(":целей в области устойчивого развития") == true)
        #expect(found("с использованием информационно-коммуникационных технологий", .ru) == ["012:информационно-коммуникационных технологий"])
        #expect(found("Государствам-Членам и Членам Секторов", .ru) == ["020:Государствам-Членам", "021:Членам Секторов"])
        #expect(found("в Полномочной конференции", .ru) == ["017:Полномочной конференции"])
        #expect(found("по случаю Всемирного дня электросвязи и информационного общества", .ru) == ["015:Всемирного дня электросвязи и информационного общества"])
    }

    @Test func arabicClitics() {
        #expect(found("ونشر تكنولوجيا المعلومات والاتصالات", .ar) == ["012:تكنولوجيا المعلومات والاتصالات"])
        #expect(found("وتكنولوجيا المعلومات والاتصالات", .ar) == ["012:وتكنولوجيا المعلومات والاتصالات"])
        #expect(found("فيما يتعلق بأهداف التنمية المستدامة", .ar) == ["009:بأهداف التنمية المستدامة"])
        let hits = r.find(in: "رسالة من الأمين العام للاتحاد الدولي للاتصالات", language: .ar).map(\.conceptID)
        #expect(hits.contains("c2030-024") && hits.contains("c2030-031"))
        #expect(found("وبالنطاق العريض", .ar) == ["014:وبالنطاق العريض"])
        // A sound feminine plural is a form of its singular: الغايات for الغاية.
        #expect(found("تحقيق الغايات الاستراتيجية للاتحاد", .ar) == ["002:الغايات الاستراتيجية", "031:للاتحاد"])
        #expect(found("الغاية الاستراتيجية", .ar) == ["002:الغاية الاستراتيجية"])
    }

    @Test func frenchPluralsAndElision() {
        #expect(found("l'Objectif de développement durable 5", .fr) == ["010:Objectif de développement durable"])
        #expect(found("la réalisation des Objectifs de développement durable", .fr) == ["009:Objectifs de développement durable"])
        let odd = r.find(in: "la campagne en faveur d'ODD", language: .fr)
        #expect(odd.map(\.matched) == ["ODD", "ODD"] && Set(odd.map(\.conceptID)) == ["c2030-009", "c2030-010"])
        #expect(found("l’Union internationale des télécommunications (UIT)", .fr) == ["031:Union internationale des télécommunications", "031:UIT"])
        #expect(found("les États Membres de l'UIT", .fr) == ["020:États Membres", "031:UIT"])
        #expect(found("au Sommet mondial sur la société de l’information", .fr) == ["027:Sommet mondial sur la société de l’information"])
    }

    @Test func spanishAndEnglishPlurals() {
        #expect(found("los Objetivos de Desarrollo Sostenible y las TIC", .es) == ["009:Objetivos de Desarrollo Sostenible", "012:TIC"])
        #expect(found("el uso de las TICs", .es) == ["012:TICs"])
        #expect(found("all Member States and Sector Members", .en) == ["020:Member States", "021:Sector Members"])
        #expect(found("progress on the SDGs", .en) == ["009:SDGs"])
        #expect(found("SDG 5", .en) == ["010:SDG"])
        #expect(found("ITU's Member States", .en) == ["031:ITU", "020:Member States"])
        #expect(found("the Secretary-General's message", .en) == ["024:Secretary-General"])
        #expect(found("information and communication technologies", .en) == ["012:information and communication technologies"])
    }

    @Test func chinese() {
        #expect(found("国际电联的连通目标2030议程和可持续发展目标", .zh).prefix(2) == ["031:国际电联", "001:连通目标2030议程"])
        let sdg = r.find(in: "国际电联的连通目标2030议程和可持续发展目标", language: .zh).filter { $0.matched == "可持续发展目标" }
        #expect(Set(sdg.map(\.conceptID)) == ["c2030-009", "c2030-010"])
        #expect(found("参加WSIS论坛", .zh) == ["028:WSIS论坛"])
        #expect(found("2030年可持续发展议程", .zh) == ["011:2030年可持续发展议程"])
    }

    @Test func deprecatedVariantsAreReported() {
        let ntic = r.find(in: "les NTIC au service du développement", language: .fr)
        #expect(ntic.map(\.term.text) == ["NTIC"] && ntic.first?.term.usage == .deprecated)
        let odd = r.find(in: "les Objectifs du développement durable", language: .fr)
        #expect(odd.map(\.term.text) == ["Objectifs du développement durable"] && odd.first?.term.usage == .deprecated)
        #expect(r.find(in: "les Etats Membres", language: .fr).map(\.term.text) == ["Etats Membres"])
        #expect(r.find(in: "les États Membres", language: .fr).map(\.term.text) == ["États Membres"])
        #expect(r.find(in: "the Sustainable Developments Goals", language: .en).map(\.term.usage) == [.deprecated])
        #expect(r.find(in: "Nations unies", language: .fr).map(\.term.usage) == [.deprecated])
    }

    @Test func foldsDiacriticsCaseAndWidth() {
        #expect(found("Resolucion 200 (Rev. Dubai, 2018)", .es) == ["018:Resolucion 200 (Rev. Dubai, 2018)"])
        #expect(found("la Résolution 200 (Rév. Dubai, 2018)", .fr) == ["018:Résolution 200 (Rév. Dubai, 2018)"])
        #expect(found("MEMBER STATES", .en) == ["020:MEMBER STATES"])
        #expect(found("ＩＣＴ", .en) == ["012:ＩＣＴ"])
        #expect(found("Всемирной встречи на высшем уровне по вопросам информационного общества", .ru).first?.hasPrefix("027:") == true)
    }

    @Test func noHitsInsideLongerWordsOrForAbsentTerms() {
        #expect(found("the ICT4SDG campaign", .en) == ["030:ICT4SDG campaign"])
        #expect(found("ICT4SDG", .en) == [])
        #expect(found("ICTS and ICTA", .en) == [])
        #expect(found("ict and sdg", .en) == [])
        #expect(found("ИКТС", .ru) == [])
        #expect(found("membres du Conseil", .fr) == [])
        #expect(found("sustainable development", .en) == [])
        #expect(found("sustainable development goals", .en) == ["009:sustainable development goals"])
        #expect(found("the association of companies", .en) == [])
        #expect(found("sectoral policies", .en) == [])
        #expect(found("Associated Press", .en) == [])
        #expect(found("information, society", .en) == [])
        #expect(found("The weather is fine today.", .en) == [])
        #expect(found("", .en) == [])
        #expect(found("Member States", .fr) == [])
    }

    @Test func longestMatchWins() {
        #expect(found("World Telecommunication and Information Society Day", .en) == ["015:World Telecommunication and Information Society Day"])
        #expect(found("the ITU Telecommunication Development Sector (ITU-D)", .en) == ["038:ITU Telecommunication Development Sector", "038:ITU-D"])
        #expect(found("the information society", .en) == ["016:information society"])
    }

    @Test func rangesAreUTF16Offsets() {
        let text = "😀 l'Union internationale des télécommunications"
        let hit = r.find(in: text, language: .fr).first!
        #expect(hit.range == 5..<48)
        let utf16 = Array(text.utf16)
        #expect(String(decoding: utf16[hit.range], as: UTF16.self) == hit.matched)
    }

    @Test func concurrentUseGivesTheSameHits() {
        let texts: [(String, Language)] = [
            ("les Objectifs de développement durable et les TIC", .fr), ("целей в области устойчивого развития", .ru),
            ("بأهداف التنمية المستدامة", .ar), ("the Member States of ITU", .en), ("las Naciones Unidas", .es),
        ]
        let expected = texts.map { r.find(in: $0.0, language: $0.1) }
        let box = ResultsBox(count: 200)
        DispatchQueue.concurrentPerform(iterations: 200) { i in
            let (t, l) = texts[i % texts.count]
            box.set(i, r.find(in: t, language: l))
        }
        for i in 0..<200 { #expect(box.get(i) == expected[i % texts.count]) }
    }

    final class ResultsBox: Sendable {
        private let results: Mutex<[[TermHit]]>
        init(count: Int) { results = Mutex(Array(repeating: [], count: count)) }
        func set(_ i: Int, _ hits: [TermHit]) { results.withLock { $0[i] = hits } }
        func get(_ i: Int) -> [TermHit] { results.withLock { $0[i] } }
    }

    @Test func stemmer() {
        #expect(Stemmer.stem("goals", language: .en) == "goal")
        #expect(Stemmer.stem("повестки", language: .ru) == Stemmer.stem("повестка", language: .ru))
        #expect(Stemmer.stem("objectifs", language: .fr) == Stemmer.stem("objectif", language: .fr))
        #expect(Stemmer.stem("目标", language: .zh) == "目标")
    }
}
