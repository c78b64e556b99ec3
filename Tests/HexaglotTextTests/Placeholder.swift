import Testing
@testable import HexaglotText

@Test func icuLinks() throws {
    let s = try SentenceSegmenter(language: .fr)
    let out = s.sentences(in: "Voir la Résolution 200 (Rév. Dubaï, 2018). C'est tout. Réf.: CL-19/73")
    print(out)
    #expect(out.count >= 2)
    print(Normalizer.normalize("Ｃｏｎｎｅｃｔ Straße", .nfkcCasefold))
}
