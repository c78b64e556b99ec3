import Foundation
import HexaglotCore
import Testing
@testable import HexaglotText

@Suite struct CollatorTests {
    @Test func spanishEnyeIsALetterAfterN() {
        let es = Collator.shared(.es)
        #expect(es.sorted(["oso", "ñandú", "nube"], by: { $0 }) == ["nube", "ñandú", "oso"])
        #expect(es.compare("nube", "ñandú") == -1)
        #expect(es.compare("ñandú", "oso") == -1)
        #expect(es.compare("oso", "ñandú") == 1)
    }

    @Test func frenchAccentsAtSecondaryStrength() throws {
        let secondary = try Collator(language: .fr, strength: .secondary)
        #expect(secondary.sorted(["côté", "coté", "côte", "cote"], by: { $0 }) == ["cote", "coté", "côte", "côté"])
        #expect(secondary.compare("côte", "Côte") == 0)
        let primary = try Collator(language: .fr, strength: .primary)
        #expect(primary.compare("cote", "côté") == 0)
        #expect(Collator.shared(.fr).compare("côte", "Côte") == -1)
    }

    @Test func russianYoSortsWithYe() throws {
        let ru = Collator.shared(.ru)
        #expect(ru.sorted(["яблоко", "жук", "ель", "ёлка", "елка", "ёж"], by: { $0 })
            == ["ёж", "елка", "ёлка", "ель", "жук", "яблоко"])
        #expect(try Collator(language: .ru, strength: .primary).compare("елка", "ёлка") == 0)
    }

    @Test func chineseInPinyinOrder() {
        #expect(Collator.shared(.zh).sorted(["中国", "天津", "北京", "上海"], by: { $0 }) == ["北京", "上海", "天津", "中国"])
    }

    @Test func arabicAlphabeticalOrder() {
        #expect(Collator.shared(.ar).sorted(["دار", "جمل", "باب", "تفاح", "أمل"], by: { $0 }) == ["أمل", "باب", "تفاح", "جمل", "دار"])
    }

    @Test func numericOrderingAndItsOption() throws {
        #expect(Collator.shared(.en).sorted(["CL-19", "CL-9", "CL-100"], by: { $0 }) == ["CL-9", "CL-19", "CL-100"])
        let plain = try Collator(language: .en, numeric: false)
        #expect(plain.sorted(["CL-19", "CL-9", "CL-100"], by: { $0 }) == ["CL-100", "CL-19", "CL-9"])
    }

    @Test func sortKeysOrderLikeCompare() {
        let fr = Collator.shared(.fr)
        let words = ["Élan", "élan", "elan", "zèbre", "Zèbre", "abc", "CL-9", "CL-19"]
        for a in words {
            for b in words {
                let byKey = fr.sortKey(a).lexicographicallyPrecedes(fr.sortKey(b)) ? -1 : (fr.sortKey(a) == fr.sortKey(b) ? 0 : 1)
                #expect(byKey == fr.compare(a, b), "\(a) \(b)")
            }
        }
        #expect(!fr.sortKey("a").contains(0))
    }

    @Test func sortedIsStableAndUsesTheKey() {
        struct Item: Equatable { let name: String; let n: Int }
        let items = [Item(name: "b", n: 1), Item(name: "A", n: 2), Item(name: "a", n: 3), Item(name: "a", n: 4)]
        let primary = try! Collator(language: .en, strength: .primary)
        #expect(primary.sorted(items, by: \.name).map(\.n) == [2, 3, 4, 1])
    }

    @Test func compareUTF8MatchesCompare() {
        let ru = Collator.shared(.ru)
        let pairs = [("ель", "ёж"), ("жук", "ёлка"), ("a", "a"), ("", "я")]
        for (a, b) in pairs {
            let viaBytes = Array(a.utf8).withUnsafeBytes { ra in Array(b.utf8).withUnsafeBytes { rb in ru.compareUTF8(ra, rb) } }
            #expect(viaBytes == ru.compare(a, b))
        }
    }

    @Test func sharedIsCachedAndThreadSafe() async {
        #expect(Collator.shared(.es) === Collator.shared(.es))
        let ok = await withTaskGroup(of: Bool.self) { group in
            for _ in 0..<16 {
                group.addTask { Collator.shared(.es).compare("nube", "ñandú") == -1 }
            }
            return await group.reduce(true) { $0 && $1 }
        }
        #expect(ok)
    }
}
