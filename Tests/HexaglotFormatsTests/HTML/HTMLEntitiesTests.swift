import Testing
@testable import HexaglotFormats

/// HTML5's named character references, whole, and CommonMark's numeric ones.
@Suite struct HTMLEntitiesTests {
    private func decode(_ s: String) -> String? {
        HTMLEntities.match(Array(s.unicodeScalars), at: 0)?.1
    }

    @Test func everyLanguagesLettersAndSignsAreNamed() {
        #expect(decode("&oacute;") == "ó")          // Spanish
        #expect(decode("&Eacute;") == "É")          // French
        #expect(decode("&ccedil;") == "ç")
        #expect(decode("&laquo;") == "«")           // French and Russian quotes
        #expect(decode("&Zcy;") == "З")             // Cyrillic
        #expect(decode("&yucy;") == "ю")
        #expect(decode("&rlm;") == "\u{200F}")      // Arabic text direction
        #expect(decode("&ideographicspace;") == nil, "not an HTML5 name")
        #expect(decode("&CounterClockwiseContourIntegral;") == "∳")
        #expect(decode("&ngE;") == "≧\u{338}", "two code points")
        #expect(decode("&nosuchname;") == nil)
        #expect(decode("&oacute") == nil, "CommonMark needs the semicolon")
    }

    @Test func theTableHasAllOfHTML5() {
        #expect(HTMLEntities.named("amp") == "&")
        #expect(HTMLEntities.legacyWithoutSemicolon.count == 106)
        #expect(HTMLEntities.legacyWithoutSemicolon.allSatisfy { HTMLEntities.named($0) != nil })
        let names = HTMLEntities.table.split(separator: "\n").count
        #expect(names + HTMLEntities.legacyWithoutSemicolon.count == 2231)
    }

    @Test func numericReferences() {
        #expect(decode("&#1575;") == "ا")
        #expect(decode("&#x4E2D;") == "中")
        #expect(decode("&#0;") == "\u{FFFD}")
        #expect(decode("&#xD800;") == "\u{FFFD}")
        #expect(decode("&#12345678;") == nil, "more than 7 decimal digits")
    }
}
