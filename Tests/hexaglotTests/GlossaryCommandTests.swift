import Foundation
import Testing

/// The glossary commands on the built binary.
@Suite struct GlossaryCommandTests {
    @Test func listFindExportAndImportAgain() throws {
        let cli = try CLI()
        defer { cli.remove() }
        _ = try cli.ok(["init"])
        let list = try cli.json(["glossary", "list", "--lang", "fr"])
        let terms = try #require(list["terms"] as? [[String: Any]]).compactMap { $0["term"] as? String }
        #expect(terms.count >= 40)
        #expect(terms.contains("Objectifs de développement durable"))
        #expect(!terms.contains("Objectifs du développement durable"), "deprecated terms only with --all")
        // Collation: "États Membres" sorts with the E's, not after z.
        let e = try #require(terms.firstIndex { $0.hasPrefix("États") })
        #expect(terms.firstIndex { $0.lowercased().hasPrefix("f") }.map { e < $0 } ?? true)
        let found = try cli.json(["glossary", "find", "ЦУР"])
        let ids = (found["concepts"] as? [[String: Any]])?.compactMap { $0["id"] as? String } ?? []
        #expect(ids.contains("c2030-009"), "\(ids)")
        for ext in ["csv", "tbx"] {
            let path = cli.folder.appendingPathComponent("out.\(ext)").path
            _ = try cli.ok(["glossary", "export", path, "--name", "connect2030"])
            let again = try cli.ok(["glossary", "import", path])
            #expect(again.contains("imported"))
        }
        // A CSV with a conflicting duplicate is refused with its line; the glossaries stay.
        let before = try cli.ok(["glossary", "list", "--lang", "en", "--json"])
        let bad = try cli.write("bad.csv", Data("concept,language,term,usage\nict,en,ICT,preferred\nict,en,ICT,deprecated\n".utf8))
        let r = try cli.run(["glossary", "import", bad])
        #expect(r.status != 0 && r.stderr.contains("bad.csv:3"), "\(r.stderr)")
        #expect(try cli.ok(["glossary", "list", "--lang", "en", "--json"]) == before)
    }
}

/// `hexaglot check` for people and for CI.
@Suite struct CheckCommandTests {
    @Test func theReportAndTheExitStatus() throws {
        let cli = try CLI()
        defer { cli.remove() }
        _ = try cli.ok(["init"])
        let list = try cli.json(["check", "--list"])
        let ids = (list["checks"] as? [[String: Any]])?.compactMap { $0["id"] as? String } ?? []
        #expect(ids.contains("terms") && ids.contains("numbers") && ids.contains("consistency") && ids.count >= 10)
        // A deprecated term put into a translation is an error-level finding: exit status 1.
        _ = try cli.ok(["translate", "CL-17/24", "1", "--lang", "es", "Secretaría General (SG) y las NTIC"])
        let r = try cli.run(["check", "CL-17/24", "--lang", "es", "--json"])
        #expect(r.status == 1, "\(r.stderr)")
        let report = try JSONSerialization.jsonObject(with: Data(r.stdout.utf8)) as? [String: Any]
        #expect((report?["errors"] as? Int ?? 0) >= 1)
        let clean = try cli.run(["check", "CL-17/24", "--lang", "es", "--only", "spaces"])
        #expect(clean.status == 0)
        // show gives the glossary terms of a segment with their approved renderings.
        let shown = try cli.json(["show", "CL-19/73", "--lang", "es", "--segments", "9"])
        let hints = try #require(((shown["segments"] as? [[String: Any]])?.first?["terms"]) as? [[String: Any]])
        #expect(hints.contains { ($0["approved"] as? [String])?.contains("Día Mundial de las Telecomunicaciones y de la Sociedad de la Información") == true })
        let bad = try cli.run(["check", "--only", "nonsense"])
        #expect(bad.status != 0 && bad.stderr.contains("unknown check"))
    }

    /// Issue 9: the shipped demo has no error-level finding in any document and language, and a
    /// missing term is reported at the source term, named by the concept's English term.
    @Test func theDemoChecksCleanAndATermFindingPointsAtTheSource() throws {
        let cli = try CLI()
        defer { cli.remove() }
        _ = try cli.ok(["init"])
        let all = try cli.run(["check", "--json"])
        let report = try #require(try JSONSerialization.jsonObject(with: Data(all.stdout.utf8)) as? [String: Any])
        let errors = (report["documents"] as? [[String: Any]] ?? []).flatMap { doc in
            (doc["findings"] as? [[String: Any]] ?? []).filter { $0["severity"] as? String == "error" }
                .map { "\(doc["reference"] ?? "") \(doc["language"] ?? "") [\($0["segment"] ?? "")] \($0["message"] ?? "")" }
        }
        #expect(all.status == 0 && errors.isEmpty, "\(errors)")
        // Russian [10] cites "Резолюции 200 Полномочной конференции (Пересм. Дубай, 2018 г.)": no finding.
        let ru = try cli.run(["check", "CL-19/73", "--lang", "ru", "--only", "terms"])
        #expect(ru.status == 0, "\(ru.stdout)")
        // Take the term out of CL-17/24 [9]: one error, at "campagne sur les TIC au service des ODD" in the source.
        _ = try cli.ok(["translate", "CL-17/24", "9", "--lang", "en", "I have the honour to update you on our campaign, which promotes ICTs as catalysts for the achievement of the Sustainable Development Goals (SDGs), launched in December 2016 (CL-16/62)."])
        let r = try cli.run(["check", "CL-17/24", "--lang", "en", "--only", "terms", "--json"])
        #expect(r.status == 1)
        let json = try #require(try JSONSerialization.jsonObject(with: Data(r.stdout.utf8)) as? [String: Any])
        let findings = (json["documents"] as? [[String: Any]])?.first?["findings"] as? [[String: Any]] ?? []
        let missing = try #require(findings.first { $0["segment"] as? Int == 9 && $0["severity"] as? String == "error" })
        #expect(missing["side"] as? String == "source")
        let range = try #require(missing["range"] as? [Int])
        let shown = try cli.json(["show", "CL-17/24", "--lang", "en", "--segments", "9"])
        let source = try #require((shown["segments"] as? [[String: Any]])?.first?["source"] as? String)
        let utf16 = Array(source.utf16)
        #expect(String(decoding: utf16[range[0]..<range[1]], as: UTF16.self) == "campagne sur les TIC au service des ODD")
        let message = missing["message"] as? String ?? ""
        #expect(message.contains("concept “ICT4SDG campaign”") && !message.contains("c2030-") && !message.contains("\""), "\(message)")
    }

    /// Arabic and Chinese translations of CL-19/73 in the house style, with the glossary's terms
    /// (clitics and the article in Arabic, substrings in Chinese, the citations of Resolutions 200
    /// and 71): the terms and numbers checks find nothing wrong.
    @Test func arabicAndChineseTranslationsWithTheGlossarysTermsCheckClean() throws {
        let cli = try CLI()
        defer { cli.remove() }
        _ = try cli.ok(["init"])
        let zh: [Int: String] = [
            2: "2019年12月24日，日内瓦",
            6: "致国际电联成员国、部门成员、部门准成员和学术成员",
            7: "事由：2020年5月17日世界电信和信息社会日（WTISD），“连通目标2030：利用信息通信技术促进可持续发展目标的实现”",
            9: "谨通知您，2020年世界电信和信息社会日的主题为“连通目标2030：利用信息通信技术促进可持续发展目标的实现”。",
            10: "连通目标2030议程为电信/信息通信技术部门的发展确立了共同的全球愿景（见全权代表大会第200号决议（2018年，迪拜，修订版））。",
            11: "距离落实联合国2030年可持续发展议程仅剩十年，2020年世界电信和信息社会日将是国际电联及其成员庆祝信息通信技术过去和未来为造福世界各地所有人的信息社会进步所作贡献的独特机会。",
            12: "世界电信和信息社会日标志着国际电联的成立纪念日：1865年5月17日，第一份《国际电报公约》在巴黎签署。",
            14: "我请您积极参与在贵国举办的2020年世界电信和信息社会日庆祝活动，并为旨在加速实现可持续发展目标的国家、区域和国际举措做出贡献。",
            19: "秘书长",
            24: "国际电联呼吁认可国际电联战略规划中提出的高层次战略目标和具体目标以及全球宽带具体目标，在此基础上，请所有利益攸关方和实体共同努力落实连通目标2030议程，从而为实现2030年可持续发展议程做出贡献。",
            26: "继续利用电信/信息通信技术作为实现2030年可持续发展议程和可持续发展目标的关键推动因素，这些目标以平衡的方式兼顾了可持续发展的经济、社会和环境三个方面；",
            29: "为国际电联的工作做出贡献，这些工作在全权代表大会第71号决议（2018年，迪拜，修订版）附件1所载的国际电联2020-2023年战略规划中做出规定，并有助于实现连通目标2030议程。",
        ]
        let ar: [Int: String] = [
            2: "جنيف، 24 ديسمبر 2019",
            6: "إلى الدول الأعضاء في الاتحاد وأعضاء القطاعات والمنتسبين والهيئات الأكاديمية المشاركة في أعمال الاتحاد",
            7: "الموضوع: اليوم العالمي للاتصالات ومجتمع المعلومات (WTISD)، 17 مايو 2020، «برنامج التوصيل في 2030: تكنولوجيا المعلومات والاتصالات من أجل أهداف التنمية المستدامة»",
            9: "يشرفني أن أبلغكم بأن الموضوع المختار لليوم العالمي للاتصالات ومجتمع المعلومات لعام 2020 هو «برنامج التوصيل في 2030: تكنولوجيا المعلومات والاتصالات من أجل أهداف التنمية المستدامة».",
            10: "يحدد برنامج التوصيل في 2030 رؤية عالمية مشتركة لتطوير قطاع الاتصالات/تكنولوجيا المعلومات والاتصالات (انظر القرار 200 (المراجَع في دبي، 2018) لمؤتمر المندوبين المفوضين).",
            12: "ويصادف هذا اليوم ذكرى تأسيس الاتحاد في ١٧ مايو ١٨٦٥ حين وُقّعت في باريس أول اتفاقية دولية للبرق.",
            19: "الأمين العام",
            26: "مواصلة الاستفادة من الاتصالات/تكنولوجيا المعلومات والاتصالات بوصفها عوامل تمكين أساسية لتحقيق خطة التنمية المستدامة لعام 2030 وأهداف التنمية المستدامة، التي تحقق التكامل بطريقة متوازنة بين الأبعاد الاقتصادية والاجتماعية والبيئية للتنمية المستدامة؛",
        ]
        for (language, texts) in [("zh", zh), ("ar", ar)] {
            for (segment, text) in texts.sorted(by: { $0.key < $1.key }) {
                _ = try cli.ok(["translate", "CL-19/73", String(segment), "--lang", language, text])
            }
            let r = try cli.run(["check", "CL-19/73", "--lang", language, "--only", "terms,numbers"])
            #expect(r.status == 0 && r.stdout.contains("0 errors, 0 warnings"), "\(language): \(r.stdout)")
        }
        // The same with a term left out and a year left over is reported, in both.
        _ = try cli.ok(["translate", "CL-19/73", "19", "--lang", "zh", "2020年秘书"])
        _ = try cli.ok(["translate", "CL-19/73", "19", "--lang", "ar", "الأمين 2020"])
        for language in ["zh", "ar"] {
            let r = try cli.run(["check", "CL-19/73", "--lang", language, "--only", "terms,numbers"])
            #expect(r.status == 1 && r.stdout.contains("2 errors") && r.stdout.contains("“Secretary-General”") && r.stdout.contains("2020"), "\(language): \(r.stdout)")
        }
    }
}
