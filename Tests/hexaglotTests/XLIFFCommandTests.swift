import Foundation
import Testing

/// XLIFF out to another CAT tool and back, on the built binary.
@Suite(.serialized) struct XLIFFCommandTests {
    static let schema = CLI.repositoryRoot.appendingPathComponent("Tests/HexaglotFormatsTests/Schemas/xliff/hexaglot-xliff-2.1.xsd").path

    static var xmllint: String? {
        for dir in (ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin").split(separator: ":") {
            let p = "\(dir)/xmllint"
            if FileManager.default.isExecutableFile(atPath: p) { return p }
        }
        return nil
    }

    @Test func exportEditInAnotherToolImportBack() throws {
        let cli = try CLI()
        defer { cli.remove() }
        _ = try cli.ok(["init"])
        let xlf = cli.folder.appendingPathComponent("CL-17-24.en.xlf").path
        let report = try cli.json(["export", "CL-17/24", "--lang", "en", "--xliff", "-o", xlf, "--json"])
        #expect(report["units"] as? Int == 22)  // the title (u0) and 21 segments

        var text = try String(contentsOfFile: xlf, encoding: .utf8)
        #expect(text.contains("version=\"2.1\""))
        #expect(text.contains("<mda:meta type=\"revision\">1</mda:meta>"))
        #expect(text.contains("state=\"reviewed\""))
        if let xmllint = Self.xmllint {
            let p = Process()
            p.executableURL = URL(fileURLWithPath: xmllint)
            p.arguments = ["--noout", "--nonet", "--schema", Self.schema, xlf]
            let err = Pipe()
            p.standardError = err
            try p.run()
            p.waitUntilExit()
            #expect(p.terminationStatus == 0, "\(String(decoding: err.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self))")
        } else {
            Issue.record("xmllint is not on PATH: install libxml2-utils to validate the export against the OASIS schema")
        }

        // Another tool approves segment 1 (reviewed → final) and retranslates segment 2.
        let first = try #require(text.range(of: "<segment id=\"s1\" state=\"reviewed\">"))
        text.replaceSubrange(first, with: "<segment id=\"s1\" state=\"final\">")
        let s2 = try #require(text.range(of: "<segment id=\"s2\""))
        let target = try #require(text.range(of: "<target>", range: s2.upperBound..<text.endIndex))
        let end = try #require(text.range(of: "</target>", range: target.upperBound..<text.endIndex))
        text.replaceSubrange(target.upperBound..<end.lowerBound, with: "Geneva, 31 May 2017 (revised)")
        let edited = cli.folder.appendingPathComponent("edited.en.xlf").path
        try Data(text.utf8).write(to: URL(fileURLWithPath: edited))
        let imported = try cli.ok(["import", edited, "--as", "cat-tool"])
        #expect(imported.contains("1 texts and 1 statuses updated"), "\(imported)")
        let shown = try cli.json(["show", "CL-17/24", "--lang", "en", "--segments", "1-2"])
        let rows = try #require(shown["segments"] as? [[String: Any]])
        #expect(rows.map { $0["status"] as? String } == ["approved", "reviewed"])
        #expect(rows[1]["target"] as? String == "Geneva, 31 May 2017 (revised)")
        let log = try cli.json(["log", "CL-17/24", "--segment", "2", "--lang", "en"])
        #expect((log["changes"] as? [[String: Any]])?.first?["author"] as? String == "cat-tool")
    }

    @Test func aFileFromAnotherRevisionOrDocumentIsRefused() throws {
        let cli = try CLI()
        defer { cli.remove() }
        _ = try cli.ok(["init"])
        let xlf = cli.folder.appendingPathComponent("CL-17-24.en.xlf").path
        _ = try cli.ok(["export", "CL-17/24", "--lang", "en", "--xliff", "-o", xlf])
        let text = try String(contentsOfFile: xlf, encoding: .utf8)
        let before = try cli.ok(["coverage", "--json"])
        // Another source text in unit 2: not this revision's segment.
        let changed = cli.folder.appendingPathComponent("changed.xlf").path
        try Data(text.replacingOccurrences(of: "<source>Genève, le 31 mai 2017</source>", with: "<source>Genève, le 1er juin 2017</source>").utf8)
            .write(to: URL(fileURLWithPath: changed))
        let r1 = try cli.run(["import", changed])
        #expect(r1.status != 0 && r1.stderr.contains("another revision or document"), "\(r1.stderr)")
        // Another revision number.
        let old = cli.folder.appendingPathComponent("old.xlf").path
        try Data(text.replacingOccurrences(of: "<mda:meta type=\"revision\">1</mda:meta>", with: "<mda:meta type=\"revision\">7</mda:meta>").utf8)
            .write(to: URL(fileURLWithPath: old))
        let r2 = try cli.run(["import", old])
        #expect(r2.status != 0 && r2.stderr.contains("revision 7"), "\(r2.stderr)")
        // Another document.
        let other = cli.folder.appendingPathComponent("other.xlf").path
        try Data(text.replacingOccurrences(of: "original=\"CL-17/24\"", with: "original=\"CL-99/1\"").utf8).write(to: URL(fileURLWithPath: other))
        let r3 = try cli.run(["import", other])
        #expect(r3.status != 0 && r3.stderr.contains("CL-99/1"), "\(r3.stderr)")
        // Broken inline codes and truncation are format errors with the line.
        let truncated = cli.folder.appendingPathComponent("truncated.xlf").path
        try Data(text.prefix(text.count / 2).utf8).write(to: URL(fileURLWithPath: truncated))
        let r4 = try cli.run(["import", truncated])
        #expect(r4.status != 0 && r4.stderr.contains("truncated.xlf:"), "\(r4.stderr)")
        #expect(try cli.ok(["coverage", "--json"]) == before, "the store changed")
    }
}
