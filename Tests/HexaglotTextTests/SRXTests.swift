import Foundation
import Testing
@testable import HexaglotText

@Suite struct SRXTests {
    static let sample = """
    <?xml version="1.0" encoding="UTF-8"?>
    <srx xmlns="http://www.lisa.org/srx20" xmlns:okpsrx="http://okapi.sf.net/srx-extensions" version="2.0">
      <header segmentsubflows="yes" cascade="no">
        <formathandle type="start" include="no"/>
        <okpsrx:options trimLeadingWhitespaces="no"/>
      </header>
      <body>
        <languagerules>
          <languagerule languagerulename="French">
            <rule break="no"><beforebreak>\\bM\\.</beforebreak><afterbreak>\\s</afterbreak></rule>
            <rule><beforebreak><![CDATA[[.?!]+]]></beforebreak><afterbreak>\\s&amp;</afterbreak></rule>
          </languagerule>
          <languagerule languagerulename="Default">
            <rule break="yes"><afterbreak>\\n</afterbreak></rule>
          </languagerule>
        </languagerules>
        <maprules>
          <languagemap languagepattern="fr.*" languagerulename="French"/>
          <languagemap languagepattern=".*" languagerulename="Default"/>
        </maprules>
      </body>
    </srx>
    """

    @Test func readsRulesMapsAndHeader() throws {
        let rules = try SegmentationRules(srx: Self.sample)
        #expect(rules.cascade == false)
        #expect(rules.languageRules.map(\.name) == ["French", "Default"])
        #expect(rules.languageRules[0].rules == [
            .init(isBreak: false, beforeBreak: "\\bM\\.", afterBreak: "\\s"),
            .init(isBreak: true, beforeBreak: "[.?!]+", afterBreak: "\\s&"),
        ])
        #expect(rules.languageRules[1].rules == [.init(isBreak: true, beforeBreak: "", afterBreak: "\\n")])
        #expect(rules.languageMaps == [.init(pattern: "fr.*", ruleName: "French"), .init(pattern: ".*", ruleName: "Default")])
        // cascade="no": only the first matching map applies.
        #expect(rules.rules(forLanguageCode: "fr-CH").count == 2)
        #expect(rules.rules(forLanguageCode: "en").count == 1)
    }

    @Test func cascadeAppliesEveryMatchingMapInOrder() throws {
        var rules = try SegmentationRules(srx: Self.sample)
        rules.cascade = true
        #expect(rules.rules(forLanguageCode: "FR").map(\.afterBreak) == ["\\s", "\\s&", "\\n"])
    }

    @Test func writeThenReadGivesEqualRules() throws {
        let original = try SegmentationRules(srx: Self.sample)
        let written = original.srx()
        #expect(written.contains("<beforebreak>\\bM\\.</beforebreak>"))
        #expect(written.contains("\\s&amp;"))
        #expect(try SegmentationRules(srx: written) == original)
        #expect(try SegmentationRules(srx: SegmentationRules.builtIn.srx()) == SegmentationRules.builtIn)
    }

    @Test func builtInRulesCoverTheSixLanguages() throws {
        let rules = SegmentationRules.builtIn
        for code in ["ar", "zh", "en", "fr", "ru", "es"] {
            #expect(!rules.rules(forLanguageCode: code).isEmpty, "\(code)")
        }
        #expect(rules.rules(forLanguageCode: "fr").count > rules.rules(forLanguageCode: "de").count)
        #expect(SegmentationRules.bundledRulesURL?.lastPathComponent == "hexaglot.srx")
    }

    @Test func loadsFromAFile() throws {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("hexaglot-test-\(UUID().uuidString).srx")
        try Self.sample.write(to: url, atomically: true, encoding: .utf8)
        defer { try? FileManager.default.removeItem(at: url) }
        #expect(try SegmentationRules.load(contentsOf: url) == SegmentationRules(srx: Self.sample))
        #expect(throws: TextError.self) { try SegmentationRules.load(contentsOf: url.appendingPathExtension("missing")) }
    }

    private func failure(_ srx: String) -> TextError? {
        do {
            _ = try SegmentationRules(srx: srx)
            return nil
        } catch let e as TextError {
            return e
        } catch {
            return nil
        }
    }

    @Test func malformedXMLNamesTheLine() throws {
        let e = failure("<?xml version=\"1.0\"?>\n<srx version=\"2.0\">\n<body>\n<languagerules>\n</body>\n</srx>")
        #expect(e?.code == .rules)
        #expect(e?.message.contains("line 5") == true, "\(e?.message ?? "")")
    }

    @Test func invalidRegexNamesTheLine() throws {
        let srx = Self.sample.replacingOccurrences(of: "<beforebreak>\\bM\\.</beforebreak>", with: "<beforebreak>(unclosed</beforebreak>")
        let e = failure(srx)
        #expect(e?.code == .rules)
        #expect(e?.message.contains("line 10") == true, "\(e?.message ?? "")")
        #expect(e?.message.contains("(unclosed") == true)
    }

    @Test func semanticErrorsNameTheLine() throws {
        let unknownRule = Self.sample.replacingOccurrences(of: "languagerulename=\"Default\"/>", with: "languagerulename=\"Nope\"/>")
        #expect(failure(unknownRule)?.message.contains("line 19") == true)
        let badBreak = Self.sample.replacingOccurrences(of: "<rule break=\"yes\">", with: "<rule break=\"maybe\">")
        #expect(failure(badBreak)?.message.contains("line 14") == true)
        #expect(failure("<?xml version=\"1.0\"?>\n<notsrx/>")?.message.contains("line 2") == true)
        #expect(failure("<srx version=\"3.0\"/>")?.code == .rules)
        #expect(failure("")?.code == .rules)
    }

    @Test func programmaticRulesAreValidated() throws {
        #expect(throws: TextError.self) {
            try SegmentationRules(languageRules: [.init(name: "A", rules: [])], languageMaps: [.init(pattern: ".*", ruleName: "B")])
        }
        #expect(throws: TextError.self) {
            try SegmentationRules(languageRules: [.init(name: "A", rules: [.init(isBreak: false, beforeBreak: "[")])], languageMaps: [])
        }
        let ok = try SegmentationRules(languageRules: [.init(name: "A", rules: [.init(isBreak: false, beforeBreak: "x")])],
                                       languageMaps: [.init(pattern: "fr", ruleName: "A")])
        #expect(try SegmentationRules(srx: ok.srx()) == ok)
    }

    @Test func unboundedBeforeBreakStillWorks() throws {
        let rules = try SegmentationRules(languageRules: [
            .init(name: "A", rules: [
                .init(isBreak: false, beforeBreak: "\\bVoir\\s+les\\s+Rév\\.", afterBreak: "\\s"),
                .init(isBreak: true, beforeBreak: ";+", afterBreak: "\\s"),
            ]),
        ], languageMaps: [.init(pattern: ".*", ruleName: "A")])
        let s = try SentenceSegmenter(language: .fr, rules: rules)
        #expect(s.sentences(in: "Voir les Rév. Dubaï; et plus.").map(String.init) == ["Voir les Rév. Dubaï;", "et plus."])
    }

    @Test func entityDeclarationsAreRefusedNotExpanded() throws {
        let srx = """
            <?xml version="1.0"?>
            <!DOCTYPE srx [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>
            <srx version="2.0"><header/><body><languagerules><languagerule languagerulename="A">
            <rule break="no"><beforebreak>&xxe;</beforebreak></rule></languagerule></languagerules></body></srx>
            """
        let e = failure(srx)
        #expect(e?.code == .rules)
        #expect(e?.message.hasPrefix("line 2: malformed SRX: entity declarations are refused") == true, "\(String(describing: e))")
    }
}
