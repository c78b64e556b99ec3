import HexaglotCore
import Testing
@testable import HexaglotText

@Suite struct MatchingKeyTests {
    @Test func foldsCaseWidthAndCompatibilityForms() {
        #expect(MatchingKey.make("Ｃｏｎｎｅｃｔ 2030") == "connect 2030")
        #expect(MatchingKey.make("Straße") == "strasse")
        #expect(MatchingKey.make("ﬁnance") == "finance")
        #expect(MatchingKey.make("УИТ И МСЭ") == "уит и мсэ")
    }

    @Test func foldsApostrophesQuotesAndDashes() {
        #expect(MatchingKey.make("L’UIT ‘x’ ʼ ʻ ` ´ ′ ＇") == "l'uit 'x' ' ' ' ' ' '")
        #expect(MatchingKey.make("«Connect» “a” „b‟ ‹c› 「d」 『e』 ″f″ ＂g＂") == "\"connect\" \"a\" \"b\" \"c\" \"d\" \"e\" \"f\" \"g\"")
        #expect(MatchingKey.make("a‐b‑c‒d–e—f―g−h﹘i﹣j－k") == "a-b-c-d-e-f-g-h-i-j-k")
    }

    @Test func collapsesEveryKindOfSpace() {
        let text = "  La\u{00A0}séance\u{202F}:\tle\u{3000}17\u{2028}mai\u{2029}2020\r\n\u{2003}fin  "
        #expect(MatchingKey.make(text) == "la séance : le 17 mai 2020 fin")
    }

    @Test func dropsDefaultIgnorablesAndArabicMarks() {
        #expect(MatchingKey.make("Con\u{200B}nect\u{00AD}ion\u{200D}") == "connection")
        #expect(MatchingKey.make("العَرَبِيَّة") == "العربية")
        #expect(MatchingKey.make("كتـــاب") == "كتاب")
        #expect(MatchingKey.make("الرَّحْمٰنِ\u{06D6}") == "الرحمن")
        #expect(MatchingKey.make("ﻻ") == "لا")
    }

    @Test func keepsWhatItDoesNotFold() {
        #expect(MatchingKey.make("côte") != MatchingKey.make("cote"))
        #expect(MatchingKey.make("٣") != MatchingKey.make("3"))
        #expect(MatchingKey.make("a.b") == "a.b")
        #expect(MatchingKey.make("") == "")
    }

    @Test func contentUsesPlainText() {
        var content = Content(text: "L’UIT ")
        content.append(.code(InlineCode(id: 1, kind: .placeholder, role: .lineBreak, data: "\n", equiv: " ")))
        content.append(.text(" CONNECT"))
        #expect(MatchingKey.make(content) == "l'uit connect")
    }
}
