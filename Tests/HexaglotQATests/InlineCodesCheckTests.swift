import HexaglotCore
import Testing
@testable import HexaglotQA

@Suite struct InlineCodesCheckTests {
    static let boldOpen = InlineCode(id: 1, kind: .open, role: .strong, data: "**")
    static let boldClose = InlineCode(id: 1, kind: .close, role: .strong, data: "**")
    static let linkOpen = InlineCode(id: 2, kind: .open, role: .link, data: "[")
    static let linkClose = InlineCode(id: 2, kind: .close, role: .link, data: "](https://www.itu.int/en/mediacentre/backgrounders/Pages/connect-2030-agenda.aspx)")

    // "The **Connect 2030 Agenda** was adopted by [Resolution 200](…)."
    static let source = Content([.text("The "), .code(boldOpen), .text("Connect 2030 Agenda"), .code(boldClose),
                                 .text(" was adopted by "), .code(linkOpen), .text("Resolution 200"), .code(linkClose), .text(".")])

    @Test func sameCodesPass() {
        let fr = Content([.text("Le "), .code(Self.boldOpen), .text("Programme Connect 2030"), .code(Self.boldClose),
                          .text(" a été adopté par la "), .code(Self.linkOpen), .text("Résolution 200"), .code(Self.linkClose), .text(".")])
        #expect(findings(InlineCodesCheck.self, Self.source, fr).isEmpty)
    }

    @Test func missingCodeIsAnError() {
        let fr = Content([.text("Le Programme Connect 2030 a été adopté par la "), .code(Self.linkOpen),
                          .text("Résolution 200"), .code(Self.linkClose), .text(".")])
        let f = findings(InlineCodesCheck.self, Self.source, fr)
        #expect(f.count == 2)  // open and close strong
        #expect(f.allSatisfy { $0.severity == .error && $0.message.contains("strong") && $0.message.contains("missing") })
    }

    @Test func extraCodeIsAnError() {
        let extra = InlineCode(id: 3, kind: .placeholder, role: .image, data: "![logo](itu.png)")
        let ru = Content([.text("Повестка дня "), .code(Self.boldOpen), .text("\"Соединим к 2030 году\""), .code(Self.boldClose),
                          .code(extra), .text(" принята "), .code(Self.linkOpen), .text("Резолюцией 200"), .code(Self.linkClose), .text(".")])
        let f = findings(InlineCodesCheck.self, Self.source, ru, .en, .ru)
        #expect(f.count == 1)
        #expect(f.first?.severity == .error)
        #expect(f.first?.message.contains("Extra image code") == true)
        #expect(f.first?.range != nil)
    }

    @Test func reorderedIsAWarningAndBrokenPairAnError() {
        // Link first, then bold: allowed by grammar but worth a look.
        let es = Content([.text("La "), .code(Self.linkOpen), .text("Resolución 200"), .code(Self.linkClose),
                          .text(" adoptó la "), .code(Self.boldOpen), .text("Agenda Conectar 2030"), .code(Self.boldClose), .text(".")])
        let f = findings(InlineCodesCheck.self, Self.source, es, .en, .es)
        #expect(f.count == 1)
        #expect(f.first?.severity == .warning)

        let broken = Content([.text("La "), .code(Self.boldClose), .text("Agenda Conectar 2030"), .code(Self.boldOpen),
                              .text(" adoptada por la "), .code(Self.linkOpen), .text("Resolución 200"), .code(Self.linkClose), .text(".")])
        let g = findings(InlineCodesCheck.self, Self.source, broken, .en, .es)
        #expect(g.contains { $0.severity == .error && $0.message.contains("before its open code") })
    }

    @Test func deletableLineBreakMayGo() {
        let br = InlineCode(id: 4, kind: .placeholder, role: .lineBreak, data: "\n", equiv: " ", canDelete: true)
        let source = Content([.text("Connect 2030"), .code(br), .text("Agenda")])
        #expect(findings(InlineCodesCheck.self, source, Content(text: "Programme Connect 2030")).isEmpty)
    }
}

@Suite struct InlineCodesPairingTests {
    @Test func missingCloseIsReportedOnce() {
        let t = Content([.text("Le "), .code(InlineCodesCheckTests.boldOpen), .text("Programme Connect 2030 a été adopté par la "),
                         .code(InlineCodesCheckTests.linkOpen), .text("Résolution 200"), .code(InlineCodesCheckTests.linkClose), .text(".")])
        let f = findings(InlineCodesCheck.self, InlineCodesCheckTests.source, t)
        #expect(f.count == 1)
        #expect(f.first?.message.contains("close strong code") == true)
    }
}
