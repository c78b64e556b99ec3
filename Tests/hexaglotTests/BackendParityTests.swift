import Foundation
import HexaglotTestSupport
import Testing

/// The same commands on a file and on a PostgreSQL database print the same (the memory's
/// answers, with and without its index, included): the product is one,
/// whichever store it runs on. Run on the project (Letters/, Glossaries/) through the built binary;
/// outputs compared after leaving out what names the workspace and the clock.
@Suite(.enabled(if: TestPostgres.enabled, Comment(rawValue: TestPostgres.skipReason)))
struct BackendParityTests {
    /// The commands, each with `--json` where it has one; run in order.
    static let commands: [[String]] = [
        ["init", "--json"],
        ["list", "--json"],
        ["translate", "CL-19/73", "3", "Имею честь сообщить вам, что в 2020 году Всемирный день электросвязи и информационного общества будет посвящен теме «Соединим к 2030 году».", "--lang", "ru", "--json"],
        ["translate", "CL-19/73", "0", "Всемирный день электросвязи и информационного общества 2020 года", "--lang", "ru", "--as", "olga", "--json"],
        ["status", "CL-19/73", "--lang", "ru", "--segments", "0,3", "--set", "reviewed", "--as", "ivan", "--json"],
        ["status", "CL-19/73", "--lang", "es", "--segments", "2", "--set", "rejected", "--comment", "falta la fecha", "--as", "eva", "--json"],
        ["show", "CL-19/73", "--lang", "ru", "--segments", "0-5", "--json"],
        ["show", "ITU-BLOG-2019-ICT4SDG", "--lang", "zh", "--segments", "1-3", "--json"],
        ["coverage", "--json"],
        ["check", "CL-19/73", "--lang", "ru", "--lang", "ar", "--json"],
        ["log", "CL-19/73", "--json"],
        ["export", "CL-19/73", "--lang", "ru"],
        ["glossary", "list", "--json"],
        ["tm", "import", "partners.tmx", "--json"],
        ["tm", "stats", "--json"],
        ["tm", "lookup", "--document", "CL-19/73", "--segment", "31", "--to", "ru", "--min", "50", "--json"],
        ["tm", "lookup", "--document", "CL-19/73", "--segment", "31", "--to", "ru", "--min", "50", "--exhaustive", "--json"],
        ["tm", "lookup", "Programme Connect 2030", "--from", "fr", "--to", "zh", "--min", "40", "--json"],
        ["tm", "concordance", "Connect 2030", "--max", "5", "--json"],
        ["pretranslate", "CL-19/73", "--lang", "ru", "--min", "75", "--json"],
        ["show", "CL-19/73", "--lang", "ru", "--status", "draft", "--json"],
        ["export", "CL-19/73", "--lang", "es", "--xliff"],
    ]

    /// A small memory of the letters' sentences in the six languages, imported by `tm import`.
    static let memory = """
        <?xml version="1.0" encoding="UTF-8"?>
        <tmx version="1.4"><header creationtool="parity" creationtoolversion="1" segtype="sentence" o-tmf="none" adminlang="en" srclang="fr" datatype="plaintext"/>
        <body><tu>
        <tuv xml:lang="fr"><seg>à participer pleinement à la mise en œuvre du Programme Connect 2030.</seg></tuv>
        <tuv xml:lang="ru"><seg>в полной мере участвовать в осуществлении Повестки дня «Соединим к 2030 году».</seg></tuv>
        <tuv xml:lang="zh"><seg>充分参与实施《连通目标2030议程》。</seg></tuv>
        <tuv xml:lang="ar"><seg>إلى المشاركة الكاملة في تنفيذ برنامج التوصيل 2030.</seg></tuv>
        <tuv xml:lang="es"><seg>a participar plenamente en la aplicación de la Agenda Conectar 2030.</seg></tuv>
        <tuv xml:lang="en"><seg>to participate fully in implementing the Connect 2030 Agenda.</seg></tuv>
        </tu></body></tmx>
        """

    /// Runs the commands on one backend and returns their outputs, normalised.
    func outputs(_ cli: CLI, env: [String: String], workspace: String) throws -> [String] {
        _ = try cli.write("partners.tmx", Data(Self.memory.utf8))
        return try Self.commands.map { args in
            let r = try cli.run(args, env: env)
            let out = "exit \(r.status)\n" + r.stdout + (r.status == 0 ? "" : r.stderr)
            return Self.normalised(out, workspace: workspace).replacingOccurrences(of: cli.folder.path, with: "PROJECT")
        }
    }

    /// Leaves out the workspace's name, the times and the ids that only say when or where.
    static func normalised(_ text: String, workspace: String) -> String {
        var t = text.replacingOccurrences(of: workspace, with: "WORKSPACE")
        for pattern in [#"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d+)?Z"#, #"\d{4}-\d\d-\d\d \d\d:\d\d:\d\d(\.\d+)?"#] {
            t = t.replacingOccurrences(of: pattern, with: "TIME", options: .regularExpression)
        }
        return t
    }

    @Test func theSameCommandsPrintTheSameOnBothBackends() throws {
        let file = try CLI()
        defer { file.remove() }
        let onFile = try outputs(file, env: [:], workspace: file.workspacePath)

        let (url, name) = try TestPostgres.makeDatabase()
        defer { TestPostgres.dropDatabase(name) }
        let server = try CLI()
        defer { server.remove() }
        let onServer = try outputs(server, env: ["HEXAGLOT_WORKSPACE": url], workspace: url)
        #expect(!FileManager.default.fileExists(atPath: server.workspacePath), "the PostgreSQL run made a file")

        // The memory's answers are compared on a real match (92%, from the imported file).
        let lookup = try #require(Self.commands.firstIndex { $0.starts(with: ["tm", "lookup", "--document"]) })
        #expect(onFile[lookup].contains("partners.tmx") && onFile[lookup].contains("92"), "\(onFile[lookup].prefix(1500))")
        for (k, args) in Self.commands.enumerated() {
            #expect(onServer[k] == onFile[k], "hexaglot \(args.joined(separator: " ")): the outputs differ\n--- SQLite\n\(onFile[k].prefix(3000))\n--- PostgreSQL\n\(onServer[k].prefix(3000))")
            // `check` exits 1 when it finds errors, as it does here.
            #expect(onFile[k].hasPrefix(args[0] == "check" ? "exit 1\n" : "exit 0\n"), "hexaglot \(args.joined(separator: " ")): \(onFile[k].prefix(500))")
        }
    }
}
