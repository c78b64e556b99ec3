import HexaglotCore
import Testing
@testable import HexaglotText

/// Enumerations run together inside one paragraph (``InlineEnumeration``), in the six
/// languages, and the look-alikes that must not be taken for them.
@Suite struct SentenceSegmenterEnumerationTests {
    static let lists: [SegmentationCase] = [
        .init(.en, "1.) Call the venue 2.) Confirm the date. 3.) Send the invitations",
              ["1.) Call the venue", "2.) Confirm the date.", "3.) Send the invitations"]),
        .init(.en, "Before you leave: 1) Switch off the lights 2) Lock the door",
              ["Before you leave: 1) Switch off the lights", "2) Lock the door"]),
        .init(.en, "• 7. Draft the agenda • 8. Circulate it", ["• 7. Draft the agenda", "• 8. Circulate it"]),
        .init(.en, "▪ Draft the agenda ▪ Circulate it ▪ Adopt it", ["▪ Draft the agenda", "▪ Circulate it", "▪ Adopt it"]),
        .init(.fr, "a) Rédiger l'ordre du jour b) Le diffuser", ["a) Rédiger l'ordre du jour", "b) Le diffuser"]),
        .init(.es, "1. Redactar el orden del día. 2. Distribuirlo.", ["1. Redactar el orden del día.", "2. Distribuirlo."]),
        .init(.ru, "а) Подготовить повестку б) Разослать её", ["а) Подготовить повестку", "б) Разослать её"]),
        .init(.ar, "1) إعداد جدول الأعمال 2) توزيعه", ["1) إعداد جدول الأعمال", "2) توزيعه"]),
        .init(.zh, "1. 起草议程 2. 分发议程", ["1. 起草议程", "2. 分发议程"]),
    ]

    /// Numbers, letters and abbreviations that only look like list markers.
    static let lookAlikes: [SegmentationCase] = [
        .init(.en, "The authors: A. Smith and B. Jones.", ["The authors: A. Smith and B. Jones."]),
        .init(.en, "This is covered in paragraph 2. The next section explains why. See also paragraph 3. It is short.",
              ["This is covered in paragraph 2.", "The next section explains why.", "See also paragraph 3.", "It is short."]),
        .init(.en, "The Council decided: 1. To approve the budget; 2. To adopt the plan.",
              ["The Council decided: 1. To approve the budget; 2. To adopt the plan."]),
        .init(.en, "Member States are invited to: (a) submit contributions; (b) take part in the work.",
              ["Member States are invited to: (a) submit contributions; (b) take part in the work."]),
        .init(.fr, "Il a voté 1. Puis 2. Enfin 3.", ["Il a voté 1.", "Puis 2.", "Enfin 3."]),
        .init(.ru, "Адрес: г. Москва, ул. Тверская, д. 7. Вход со двора.", ["Адрес: г. Москва, ул. Тверская, д. 7.", "Вход со двора."]),
        .init(.ru, "Совет постановил: 1. Утвердить бюджет; 2. Принять план.", ["Совет постановил: 1. Утвердить бюджет; 2. Принять план."]),
        .init(.ar, "قرر المجلس: 1. الموافقة على الميزانية، 2. اعتماد الخطة.", ["قرر المجلس: 1. الموافقة على الميزانية، 2. اعتماد الخطة."]),
        .init(.zh, "理事会决定：1. 批准预算；2. 通过计划。", ["理事会决定：1. 批准预算；2. 通过计划。"]),
        .init(.es, "Se aprobó el punto 4. El punto 5 se aplazó.", ["Se aprobó el punto 4.", "El punto 5 se aplazó."]),
    ]

    @Test(arguments: lists) func itemsAreSentences(_ c: SegmentationCase) throws {
        #expect(try segment(c) == c.expected)
    }

    @Test(arguments: lookAlikes) func lookAlikesAreLeftAlone(_ c: SegmentationCase) throws {
        #expect(try segment(c) == c.expected)
    }

    @Test func markersAreFoundInUTF16Offsets() {
        let e = InlineEnumeration("1) Öffnen 2) Schließen")
        #expect(e.itemStarts == [10])
        #expect(e.splitsMarker(3))
        #expect(!e.splitsMarker(10))
    }
}
