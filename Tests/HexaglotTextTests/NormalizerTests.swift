import Testing
@testable import HexaglotText

@Suite struct NormalizerTests {
    @Test func forms() {
        let decomposed = "Re\u{0301}solution"
        #expect(Normalizer.normalize(decomposed) == "Résolution")
        #expect(Normalizer.normalize("Résolution", .nfd) == decomposed)
        #expect(Normalizer.normalize("ﬁ²", .nfkc) == "fi2")
        #expect(Normalizer.normalize("Ｃｏｎｎｅｃｔ Straße", .nfkcCasefold) == "connect strasse")
        #expect(Normalizer.normalize("") == "")
    }

    @Test func foldCase() {
        #expect(Normalizer.foldCase("Straße МСЭ") == "strasse мсэ")
    }
}
