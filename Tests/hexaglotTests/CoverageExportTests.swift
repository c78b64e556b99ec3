import Foundation
import Testing

/// `coverage --csv`, `--status` and `--html FILE`, on the built binary; the page also in a real browser.
@Suite(.serialized) struct CoverageExportTests {
    static let languages = ["ar", "zh", "en", "fr", "ru", "es"]
    static let statuses = ["new", "draft", "translated", "reviewed", "approved", "outdated", "rejected"]

    /// A project copy with one more document: an Arabic post whose title has a comma, double
    /// quotes, markup characters and a line break.
    static let arabicTitle = "تقرير \"الاتصال\"، الجزء الأول,\n<مسودة> & ملاحظات"

    static func projectWithArabicPost() throws -> CLI {
        let cli = try CLI()
        let yamlTitle = arabicTitle.replacingOccurrences(of: "\"", with: "\\\"").replacingOccurrences(of: "\n", with: "\\n")
        let text = """
            ---
            reference: AR-2026/1
            kind: post
            title: "\(yamlTitle)"
            date: 2026-01-15
            language: ar
            ---
            # تقرير الاتصال

            يسرني أن أبلغكم بأن الاتحاد الدولي للاتصالات سيعقد اجتماعه السنوي في جنيف.

            نرجو منكم إرسال ملاحظاتكم قبل نهاية الشهر.

            """
        _ = try cli.write("Letters/AR-2026-1/AR-2026-1.ar.md", Data(text.utf8))
        return cli
    }

    // MARK: CSV

    @Test func csvRowsMatchTheJSONReport() throws {
        let cli = try CLI()
        defer { cli.remove() }
        let csv = try CSV.parse(try cli.ok(["coverage", "--csv"]))
        let header = ["reference", "kind", "title", "source_language", "language", "is_source", "percent"]
            + Self.statuses.map { "segments_\($0)" } + Self.statuses.map { "words_\($0)" }
        #expect(csv.first == header)
        let documents = try #require(try cli.json(["coverage"])["documents"] as? [[String: Any]])
        let rows = Array(csv.dropFirst())
        #expect(rows.count == documents.count * 6)
        #expect(documents.count >= 3)
        // Rows: documents in the table's (collated) order, languages in UN order.
        var index = 0
        for document in documents {
            let languages = try #require(document["languages"] as? [[String: Any]])
            for entry in languages {
                let row = Dictionary(uniqueKeysWithValues: zip(header, rows[index]))
                index += 1
                #expect(row["reference"] == document["reference"] as? String)
                #expect(row["kind"] == document["kind"] as? String)
                #expect(row["title"] == document["title"] as? String)
                #expect(row["source_language"] == document["sourceLanguage"] as? String)
                #expect(row["language"] == entry["language"] as? String)
                let isSource = try #require(entry["isSource"] as? Bool)
                #expect(row["is_source"] == (isSource ? "true" : "false"))
                #expect(Double(row["percent"] ?? "") == entry["percent"] as? Double)
                if isSource {
                    for s in Self.statuses { #expect(row["segments_\(s)"] == "" && row["words_\(s)"] == "") }
                } else {
                    let segments = try #require(entry["segments"] as? [String: Int])
                    let words = try #require(entry["words"] as? [String: Int])
                    for s in Self.statuses {
                        #expect(Int(row["segments_\(s)"] ?? "") == segments[s], "\(row["reference"]!) \(row["language"]!) segments_\(s)")
                        #expect(Int(row["words_\(s)"] ?? "") == words[s], "\(row["reference"]!) \(row["language"]!) words_\(s)")
                    }
                }
            }
            #expect(rows[(index - 6)..<index].map { $0[4] } == Self.languages)
        }
        // The demo state, read from the CSV itself.
        let ru = try #require(rows.first { $0[0] == "CL-19/73" && $0[4] == "ru" })
        #expect(ru[7] == "14" && ru[9] == "20")   // segments_new, segments_translated (19 and the title)
        let fr = try #require(rows.first { $0[0] == "CL-19/73" && $0[4] == "fr" })
        #expect(fr[5] == "true" && fr[6] == "100.0")
    }

    @Test func csvQuotesCommasQuotesAndLineBreaksAndCanGoToAFile() throws {
        let cli = try Self.projectWithArabicPost()
        defer { cli.remove() }
        let text = try cli.ok(["coverage", "--csv"])
        #expect(text.hasSuffix("\r\n"))
        #expect(text.contains("\"تقرير \"\"الاتصال\"\"، الجزء الأول,\n<مسودة> & ملاحظات\""))
        let rows = try CSV.parse(text)
        let arabic = rows.filter { $0.first == "AR-2026/1" }
        #expect(arabic.count == 6)
        #expect(arabic.allSatisfy { $0[2] == Self.arabicTitle && $0[3] == "ar" })
        #expect(arabic.first { $0[4] == "ar" }?[5] == "true")
        #expect(Set(rows.map(\.count)).count == 1)

        let missingFolder = try cli.run(["coverage", "--csv", "-o", "no/such/folder/coverage.csv"])
        #expect(missingFolder.status != 0 && missingFolder.stderr.contains("does not exist"))
        let printed = try cli.ok(["coverage", "--csv", "-o", "coverage.csv"])
        let file = cli.folder.appendingPathComponent("coverage.csv")
        #expect(printed.trimmingCharacters(in: .whitespacesAndNewlines).hasSuffix("/coverage.csv"))
        #expect(try String(contentsOf: file, encoding: .utf8) == text)
        let leftovers = try FileManager.default.contentsOfDirectory(atPath: cli.folder.path).filter { $0.hasSuffix(".tmp") }
        #expect(leftovers.isEmpty)
    }

    // MARK: --status

    @Test func statusKeepsOnlyPairsWithSegmentsInThatStatus() throws {
        let cli = try CLI()
        defer { cli.remove() }
        _ = try cli.ok(["status", "CL-19/73", "--lang", "es", "--set", "rejected", "--segments", "1-2", "--as", "Ana", "--comment", "Revisar las fechas"])
        _ = try cli.ok(["status", "CL-19/73", "--lang", "ru", "--set", "outdated", "--segments", "1", "--as", "Olga"])

        let rejected = Array(try CSV.parse(try cli.ok(["coverage", "--csv", "--status", "rejected"])).dropFirst())
        #expect(rejected.map { [$0[0], $0[4]] } == [["CL-19/73", "es"]])
        #expect(rejected.first?[13] == "2")  // segments_rejected

        // Comma-separated and repeated give the same; UN language order inside a document.
        let both = try cli.ok(["coverage", "--csv", "--status", "rejected,outdated"])
        #expect(try cli.ok(["coverage", "--csv", "--status", "outdated", "--status", "rejected"]) == both)
        #expect(Array(try CSV.parse(both).dropFirst()).map { [$0[0], $0[4]] } == [["CL-19/73", "ru"], ["CL-19/73", "es"]])

        let json = try #require(try cli.json(["coverage", "--status", "rejected"])["documents"] as? [[String: Any]])
        #expect(json.map { $0["reference"] as? String } == ["CL-19/73"])
        #expect((json.first?["languages"] as? [[String: Any]])?.map { $0["language"] as? String } == ["es"])

        // The table: only the documents that match; the detail table only the matching pairs.
        let table = try cli.ok(["coverage", "--status", "rejected"])
        #expect(table.contains("CL-19/73") && !table.contains("CL-17/24") && !table.contains("ITU-BLOG-2019-ICT4SDG"))
        let detail = try #require(table.components(separatedBy: "Segments/words by status").last)
        #expect(detail.contains("es") && !detail.contains(" ru "))

        // `new` counts segments with no translation; a language filter narrows the pairs.
        let newInRu = Array(try CSV.parse(try cli.ok(["coverage", "--csv", "--status", "new", "--lang", "ru"])).dropFirst())
        #expect(newInRu.map(\.[0]) == ["CL-17/24", "CL-17/24-word", "CL-19/73", "ITU-BLOG-2019-ICT4SDG", "ITU-BLOG-2019-ICT4SDG-WEB"])
        let none = try cli.ok(["coverage", "--status", "approved"])
        #expect(none.contains("No document has segments approved"))
    }

    @Test func badCombinationsAreRefused() throws {
        let cli = try CLI()
        defer { cli.remove() }
        for args in [["--csv", "--html", "c.html"], ["--csv", "--json"], ["-o", "c.csv"], ["--html", "c.html", "-o", "c.csv"],
                     ["--status", "done"], ["--status", "new,bogus"]] {
            let r = try cli.run(["coverage"] + args)
            #expect(r.status != 0, "coverage \(args) should fail")
            #expect(r.stderr.contains("Error:"), "\(r.stderr)")
        }
        #expect(!FileManager.default.fileExists(atPath: cli.folder.appendingPathComponent("c.html").path))
    }

    // MARK: HTML

    @Test func htmlIsOneSelfContainedPage() throws {
        let cli = try Self.projectWithArabicPost()
        defer { cli.remove() }
        let printed = try cli.ok(["coverage", "--html", "coverage.html"])
        let url = cli.folder.appendingPathComponent("coverage.html")
        #expect(printed.trimmingCharacters(in: .whitespacesAndNewlines) == url.standardizedFileURL.path)
        let html = try String(contentsOf: url, encoding: .utf8)
        #expect(html.hasPrefix("<!DOCTYPE html>"))
        #expect(html.contains("<html lang=\"en\"") && html.contains("<meta charset=\"utf-8\">"))
        // Nothing from the network, and nothing to load at all: no scripts, stylesheets, images, fonts.
        for pattern in [#"(src|href)\s*=\s*["']?\s*(https?:)?//"#, #"url\(\s*["']?(https?:)?//"#, #"@import"#,
                        #"<script"#, #"<link"#, #"<img"#, #"<iframe"#, #"<object"#] {
            #expect(html.range(of: pattern, options: [.regularExpression, .caseInsensitive]) == nil, "found \(pattern)")
        }
        let documents = try #require(try cli.json(["coverage"])["documents"] as? [[String: Any]])
        for document in documents {
            let reference = try #require(document["reference"] as? String)
            #expect(html.contains(">\(reference)<"), "\(reference)")
        }
        // The heat map: one cell per document and target language, the source marked, the number shown.
        let cells = html.components(separatedBy: "<td class=\"cell").count - 1
        #expect(cells == documents.count * 6)
        #expect(html.components(separatedBy: "<td class=\"cell source\"").count - 1 == documents.count)
        #expect(html.contains(">51%</td>"))  // CL-19/73 in Russian (with its translated title)
        #expect(html.contains("data-lang=\"ru\""))
        // The legend names the seven statuses; the bars use them.
        for s in Self.statuses { #expect(html.contains("class=\"key s-\(s)\"")) }
        #expect(html.contains("class=\"s-translated\" style=\"width:"))
        // Text is escaped, Arabic titles are direction-aware, languages tagged.
        #expect(html.contains("&lt;مسودة&gt; &amp; ملاحظات"))
        #expect(!html.contains("<مسودة>"))
        #expect(html.contains("dir=\"auto\" lang=\"ar\""))
        #expect(html.contains("lang=\"zh\"") && html.contains("lang=\"ar\" dir=\"rtl\""))
        // --json reports the file; the write leaves no temporary file behind.
        let report = try cli.json(["coverage", "--html", "again.html", "--kind", "letter"])
        #expect((report["html"] as? String)?.hasSuffix("/again.html") == true)
        #expect(report["documents"] as? Int == 3)
        let leftovers = try FileManager.default.contentsOfDirectory(atPath: cli.folder.path).filter { $0.hasSuffix(".tmp") }
        #expect(leftovers.isEmpty)
    }

    /// The page in headless Chromium: it renders to a non-trivial PNG, the DOM loads, and the
    /// console stays silent (no script errors, no failed loads).
    @Test(.enabled(if: Browser.chromium != nil,
                   "chromium is not on PATH: install the Debian package `chromium` to run the browser test"))
    func htmlRendersInHeadlessChromiumWithoutConsoleErrors() throws {
        let chromium = try #require(Browser.chromium)
        let cli = try Self.projectWithArabicPost()
        defer { cli.remove() }
        _ = try cli.ok(["status", "CL-19/73", "--lang", "es", "--set", "rejected", "--segments", "1-2", "--as", "Ana", "--comment", "Revisar las fechas"])
        _ = try cli.ok(["coverage", "--html", "coverage.html"])
        let page = cli.folder.appendingPathComponent("coverage.html").standardizedFileURL
        let png = cli.folder.appendingPathComponent("coverage.png")
        let profile = cli.folder.appendingPathComponent("chromium-profile")
        let common = ["--headless=new", "--no-sandbox", "--disable-gpu", "--no-first-run", "--user-data-dir=\(profile.path)",
                      "--enable-logging=stderr", "--v=0"]

        let shot = try Browser.run(chromium, common + ["--screenshot=\(png.path)", "--window-size=1200,900", page.absoluteString])
        #expect(shot.status == 0, "\(shot.stderr)")
        let size = (try? FileManager.default.attributesOfItem(atPath: png.path)[.size] as? Int) ?? 0
        #expect(size > 10_000, "screenshot is \(size) bytes")
        let header = try Data(contentsOf: png).prefix(8)
        #expect(header == Data([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]))

        let dom = try Browser.run(chromium, common + ["--dump-dom", page.absoluteString])
        #expect(dom.status == 0, "\(dom.stderr)")
        #expect(dom.stdout.contains("Documents × languages"))
        for reference in ["AR-2026/1", "CL-17/24", "CL-19/73", "ITU-BLOG-2019-ICT4SDG"] { #expect(dom.stdout.contains(reference)) }
        for run in [shot, dom] {
            let console = run.stderr.split(separator: "\n").filter {
                $0.contains(":CONSOLE") || $0.contains("Uncaught") || $0.contains("net::ERR_")
            }
            #expect(console.isEmpty, "console: \(console.joined(separator: "\n"))")
        }
    }
}

/// Finding and running headless Chromium.
enum Browser {
    /// `chromium` or `chromium-browser` on PATH, or nil.
    static let chromium: String? = {
        let path = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin"
        for name in ["chromium", "chromium-browser"] {
            for folder in path.split(separator: ":") {
                let candidate = "\(folder)/\(name)"
                if FileManager.default.isExecutableFile(atPath: candidate) { return candidate }
            }
        }
        return nil
    }()

    /// Runs the browser with a time limit (it is killed after `seconds`).
    static func run(_ executable: String, _ args: [String], seconds: Double = 90) throws -> CLI.Result {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: executable)
        process.arguments = args
        let out = Pipe(), err = Pipe()
        process.standardOutput = out
        process.standardError = err
        process.standardInput = FileHandle.nullDevice
        try process.run()
        let watchdog = DispatchWorkItem { if process.isRunning { process.terminate() } }
        DispatchQueue.global().asyncAfter(deadline: .now() + seconds, execute: watchdog)
        let collected = BrowserOutput()
        let group = DispatchGroup()
        group.enter()
        DispatchQueue.global().async { collected.data = out.fileHandleForReading.readDataToEndOfFile(); group.leave() }
        let errData = err.fileHandleForReading.readDataToEndOfFile()
        group.wait()
        process.waitUntilExit()
        watchdog.cancel()
        return CLI.Result(status: process.terminationStatus, stdout: String(decoding: collected.data, as: UTF8.self),
                          stderr: String(decoding: errData, as: UTF8.self))
    }
}

/// The browser stand-in's standard output, read on another thread.
// @unchecked: `data` is written once by the reading block before `group.leave()` and read only after `group.wait()`.
private final class BrowserOutput: @unchecked Sendable {
    var data = Data()
}

/// A small RFC 4180 reader: fields separated by commas, records by CRLF (or LF), quoted fields
/// may hold commas, line breaks and doubled quotes.
enum CSV {
    struct Malformed: Error, CustomStringConvertible { let description: String }

    static func parse(_ text: String) throws -> [[String]] {
        var records: [[String]] = []
        var record: [String] = []
        var field = ""
        var quoted = false, wasQuoted = false
        var chars = Array(text.unicodeScalars)[...]
        func endField() { record.append(field); field = ""; wasQuoted = false }
        while let c = chars.popFirst() {
            if quoted {
                if c == "\"" {
                    if chars.first == "\"" { field.unicodeScalars.append("\""); chars.removeFirst() } else { quoted = false }
                } else {
                    field.unicodeScalars.append(c)
                }
                continue
            }
            switch c {
            case "\"":
                guard field.isEmpty && !wasQuoted else { throw Malformed(description: "quote inside an unquoted field: \(field)") }
                quoted = true; wasQuoted = true
            case ",":
                endField()
            case "\r":
                guard chars.first == "\n" else { throw Malformed(description: "lone CR") }
                chars.removeFirst()
                endField(); records.append(record); record = []
            case "\n":
                endField(); records.append(record); record = []
            default:
                guard !wasQuoted else { throw Malformed(description: "text after a closing quote") }
                field.unicodeScalars.append(c)
            }
        }
        if quoted { throw Malformed(description: "unterminated quoted field") }
        if !field.isEmpty || !record.isEmpty { endField(); records.append(record) }
        return records
    }
}
