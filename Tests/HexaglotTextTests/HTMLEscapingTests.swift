import Testing
@testable import HexaglotText

@Suite struct HTMLEscapingTests {
    @Test func markupShowsAsText() {
        #expect(HTMLEscaping.escape(#"<script>alert('x')</script> & "q""#)
                == "&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; &quot;q&quot;")
    }

    @Test(arguments: ["Programme Connect 2030 de l'UIT", "جدول أعمال التوصيل 2030", "连通2030议程",
                      "Повестка дня «Соединим к 2030 году»", "Agenda Conectar 2030", "Connect 2030 Agenda"])
    func textWithoutMarkupIsUnchangedButForApostrophes(_ text: String) {
        #expect(HTMLEscaping.escape(text) == text.replacingOccurrences(of: "'", with: "&#39;"))
    }
}
