import Foundation
import Testing
import HexaglotCore
@testable import HexaglotFormats

/// Front matter written by a newcomer: aliases, typos, lenient values, and what stays an error.
@Suite struct FrontMatterKeysTests {
    private func keys(_ yaml: String) throws -> FrontMatterKeys {
        let parsed = try MarkdownFormat().parse("---\n" + yaml + "---\n\nTexte.\n", file: "new.md", language: .fr)
        return try FrontMatterKeys(parsed, file: "new.md")
    }

    @Test func aliasesAreReadWithAWarningOnTheirLine() throws {
        let front = try keys("ref: CL-21/05\nlang: fr\ntype: Circular letter\nsubject: Consultation\n")
        #expect(front["reference"] == "CL-21/05")
        #expect(front["language"] == "fr")
        #expect(front["kind"] == "letter")
        #expect(front["title"] == "Consultation")
        #expect(front.hasReference)
        let text = front.warnings.map(\.description)
        #expect(text.contains { $0.hasPrefix("new.md:2:") && $0.contains("'ref': did you mean reference?") })
        #expect(text.contains { $0.hasPrefix("new.md:3:") && $0.contains("'lang': did you mean language?") })
        #expect(text.contains { $0.hasPrefix("new.md:4:") && $0.contains("Circular letter") })
        #expect(front.extra.isEmpty)
    }

    @Test func typosAreReadAsTheOneKeyTheyAreCloseTo() throws {
        let front = try keys("refrence: CL-21/05\nlangauge: es\ntitel: Consulta\n")
        #expect(front["language"] == "es")
        #expect(front["title"] == "Consulta")
        #expect(front.warnings.contains { $0.message.contains("'refrence': did you mean reference?") })
        #expect(front.warnings.contains { $0.message.contains("'langauge': did you mean language?") })
    }

    @Test func twoSpellingsOfOneKeyMustAgree() throws {
        #expect(throws: FormatError.self) { try keys("ref: CL-21/05\nreference: CL-21/06\nlanguage: fr\n") }
        let same = try keys("ref: CL-21/05\nreference: CL-21/05\nlanguage: fr\n")
        #expect(same["reference"] == "CL-21/05")
        #expect(same.warnings.contains { $0.message.contains("repeats") })
    }

    @Test func unknownKeysAreKeptAndNamed() throws {
        let front = try keys("reference: X-1\nlanguage: ru\ntags: [a, b]\n")
        #expect(front.extra["tags"] == "[a, b]")
        #expect(front.warnings.count == 1)
        #expect(front.warnings[0].description.hasPrefix("new.md:4: warning: 'tags'"))
        let clean = try keys("reference: X-1\nlanguage: ru\nkind: post\ndate: 2020-01-02\n")
        #expect(clean.warnings.isEmpty)
    }

    @Test func sourceLanguageKeysDependOnTheRestOfTheFile() throws {
        let source = try keys("reference: X-2\nsource-language: zh\n")
        #expect(source["language"] == "zh" && source["translation-of"] == nil)
        let translation = try keys("reference: X-2\nlang: ar\nsource_lang: fr\n")
        #expect(translation["language"] == "ar" && translation["translation-of"] == "fr")
        let plain = try keys("reference: X-2\nlang: es\nsource: French\n")
        #expect(plain["translation-of"] == "fr")
        let link = try keys("reference: X-2\nlang: en\nsource: https://www.itu.int/news\n")
        #expect(link["translation-of"] == nil && link.extra["source"] == "https://www.itu.int/news")
    }

    @Test func valuesAreReadLeniently() throws {
        let front = try keys("reference: X-3\nlanguage: Français\ndate: 24.12.2019\ncomplete: yes\n")
        #expect(front["language"] == "fr")
        #expect(front["date"] == "2019-12-24")
        #expect(front["complete"] == "true")
        #expect(try keys("reference: X\nlanguage: Русский\ndate: 2019-12-24T10:00:00Z\n")["date"] == "2019-12-24")
        #expect(try keys("reference: X\nlanguage: en\ndate: 12/24/2019\n")["date"] == "2019-12-24")
        let vague = try keys("reference: X\nlanguage: en\ndate: next Tuesday\n")
        #expect(vague["date"] == "next Tuesday")
        #expect(vague.warnings.contains { $0.message.contains("not a date") })
        #expect(throws: FormatError.self) { try keys("reference: X\nlanguage: de\n") }
        #expect(throws: FormatError.self) { try keys("reference: X\nlanguage: fr\nkind: memo\n") }
    }

    @Test func editDistanceCountsASwapAsOne() {
        #expect(FrontMatterKeys.editDistance("langauge", "language") == 1)
        #expect(FrontMatterKeys.editDistance("refrence", "reference") == 1)
        #expect(FrontMatterKeys.editDistance("kind", "date") == 4)
    }
}

/// Export's front-matter refresh: keys replaced through YAML, everything else byte for byte.
@Suite struct FrontMatterUpdateTests {
    @Test func replacesWholeValuesAndKeepsTheRest() throws {
        let block = "---\nreference: CL-19/73\n# the translator's note\ntitel: \"Old: title\"\nstatus: >-\n  draft\ncomplete: false\ntags: [a, b]\n---\n"
        let out = try FrontMatterWriter.updating(block, with: [("title", "Nuevo: título"), ("status", "reviewed"), ("complete", "false")])
        #expect(out == "---\nreference: CL-19/73\n# the translator's note\ntitel: \"Nuevo: título\"\nstatus: reviewed\ncomplete: false\ntags: [a, b]\n---\n")
        #expect(try FrontMatterWriter.updating(block, with: [("author", "x")]) == block)
        // A line that merely starts like a key is not one.
        let tricky = "---\nnote: |\n  status: keep me\nstatus: draft\n---\n"
        #expect(try FrontMatterWriter.updating(tricky, with: [("status", "approved")]) == "---\nnote: |\n  status: keep me\nstatus: approved\n---\n")
    }
}
