import HexaglotCore
import Testing
@testable import HexaglotQA

@Suite struct PlaceholdersCheckTests {
    @Test func keptPlaceholdersPass() {
        #expect(findings(PlaceholdersCheck.self, "%1$s countries have joined the Connect 2030 Agenda by %2$s",
                         "%2$s : %1$s pays ont rejoint le Programme Connect 2030", .en, .fr).isEmpty)
        #expect(findings(PlaceholdersCheck.self, "Welcome to {name}, {0} new members", "欢迎来到{name}，{0}名新成员", .en, .zh).isEmpty)
        #expect(findings(PlaceholdersCheck.self, "%PRODUCTNAME uses $(ITU_HOME) and ${LANG}",
                         "%PRODUCTNAME использует $(ITU_HOME) и ${LANG}", .en, .ru).isEmpty)
        // "50 % of" and "100%" are not placeholders, and %% is a literal percent sign.
        #expect(findings(PlaceholdersCheck.self, "100% of the 17 SDGs, 50 %% more", "el 100 % de los 17 ODS", .en, .es).isEmpty)
    }

    @Test func missingIsAnErrorExtraAWarning() {
        let f = findings(PlaceholdersCheck.self, "%d of %s targets met", "%d de las metas cumplidas", .en, .es)
        #expect(f.count == 1)
        #expect(f.first?.severity == .error)
        #expect(f.first?.message.contains("“%s”") == true)

        let g = findings(PlaceholdersCheck.self, "Hello {name}", "مرحبا {name} {user}", .en, .ar)
        #expect(g.count == 1)
        #expect(g.first?.severity == .warning)
        #expect(g.first?.message.contains("{user}") == true)
    }
}
