import Testing
@testable import HexaglotCore

@Suite struct LanguageTagTests {
    @Test(arguments: [
        ("ar", Language.ar, "ar"), ("ar-EG", .ar, "ar-EG"), ("ara", .ar, "ar"),
        ("zh", .zh, "zh"), ("zh-Hans", .zh, "zh-Hans"), ("zh-CN", .zh, "zh-CN"), ("zh_hans_cn", .zh, "zh-Hans-CN"),
        ("zh-Hant-TW", .zh, "zh-Hant-TW"), ("cmn", .zh, "zh"),
        ("en", .en, "en"), ("en-GB", .en, "en-GB"), ("EN-us", .en, "en-US"),
        ("fr", .fr, "fr"), ("fr-CH", .fr, "fr-CH"), ("fr_FR", .fr, "fr-FR"), ("fre", .fr, "fr"),
        ("ru", .ru, "ru"), ("ru-RU", .ru, "ru-RU"), ("rus", .ru, "ru"),
        ("es", .es, "es"), ("es-419", .es, "es-419"), ("es-ES", .es, "es-ES"), (" spa ", .es, "es"),
    ])
    func mapsTagsToTheSixLanguages(tag: String, language: Language, normalized: String) throws {
        let parsed = try LanguageTag(parsing: tag)
        #expect(parsed.language == language)
        #expect(parsed.tag == normalized)
    }

    @Test(arguments: ["de", "pt-BR", "", "x", "fr--CH", "fr-CH!", "zh-Hans-toolongsubtag", "english"])
    func refusesOtherLanguagesAndMalformedTags(tag: String) {
        do {
            _ = try LanguageTag(parsing: tag)
            Issue.record("accepted '\(tag)'")
        } catch let error as CoreError {
            #expect(error.code == .unknownLanguage)
            #expect(error.message.contains(tag.trimmingWhitespace()) || tag.isEmpty)
        } catch {
            Issue.record("unexpected error \(error)")
        }
    }

    @Test func languagesComeInUNOrder() {
        #expect(Language.allCases.map(\.rawValue) == ["ar", "zh", "en", "fr", "ru", "es"])
        #expect(Language.allCases.sorted() == Language.allCases)
        #expect(Language.ar.isRightToLeft && !Language.fr.isRightToLeft)
        #expect(Language.zh.isCharacterCounted && !Language.ru.isCharacterCounted)
    }
}
