import Foundation
import Testing
#if canImport(FoundationNetworking)
import FoundationNetworking
#endif

/// `hexaglot user …` and `hexaglot serve`, end to end through the binary.
@Suite struct UserCommandTests {
    @Test func addListChangeAndRemovePeople() throws {
        let cli = try CLI(copyProject: false)
        defer { cli.remove() }
        let ws = ["--workspace", cli.workspacePath]
        let added = try cli.run(["user", "add", "Ольга", "--role", "translator", "--lang", "ru, es-MX", "--password-stdin"] + ws,
                                input: "пароль-надёжный\n")
        #expect(added.status == 0, "\(added.stderr)")
        #expect(added.stdout.contains("added Ольга: translator (ru, es-MX)"))
        #expect(try cli.run(["user", "add", "amina", "--role", "coordinator", "--password-stdin"] + ws, input: "كلمة-السر-2020\n").status == 0)
        let list = try JSONSerialization.jsonObject(with: Data(try cli.ok(["user", "list", "--json"] + ws).utf8)) as? [[String: Any]] ?? []
        #expect(list.map { $0["name"] as? String } == ["amina", "Ольга"])
        #expect(list.last?["languages"] as? [String] == ["ru", "es-MX"])
        #expect(list.last?["role"] as? String == "translator")
        #expect(try cli.ok(["user", "list"] + ws).contains("amina  coordinator all languages"))
        // The password is stored hashed, never as typed.
        let raw = try String(contentsOfFile: cli.workspacePath, encoding: .isoLatin1)
        #expect(!raw.contains("пароль-надёжный"))
        let changed = try cli.run(["user", "passwd", "ольга", "--password-stdin"] + ws, input: "другой-пароль\n")
        #expect(changed.status == 0, "\(changed.stderr)")
        #expect(try cli.run(["user", "remove", "Ольга"] + ws).status == 0)
        #expect(try cli.ok(["user", "list"] + ws).contains("Ольга") == false)
    }

    @Test func refusesBadInputWithOneClearError() throws {
        let cli = try CLI(copyProject: false)
        defer { cli.remove() }
        let ws = ["--workspace", cli.workspacePath]
        let cases: [([String], String?, String)] = [
            (["user", "add", "li", "--role", "admin", "--password-stdin"], "密码密码密码密码", "unknown role"),
            (["user", "add", "li", "--role", "translator", "--password-stdin"], "密码密码密码密码", "at least one language"),
            (["user", "add", "li", "--role", "reviewer", "--lang", "zh,xx", "--password-stdin"], "密码密码密码密码", "--lang"),
            (["user", "add", "two words", "--role", "coordinator", "--password-stdin"], "密码密码密码密码", "name"),
            (["user", "add", "li", "--role", "reviewer", "--lang", "zh", "--password-stdin"], "short", "too short"),
            (["user", "add", "li", "--role", "reviewer", "--lang", "zh"], nil, "--password-stdin"),
            (["user", "passwd", "nobody", "--password-stdin"], "密码密码密码密码", "no person"),
            (["user", "remove", "nobody"], nil, "no person"),
        ]
        for (args, input, message) in cases {
            let r = try cli.run(args + ws, input: input.map { $0 + "\n" })
            #expect(r.status != 0, "\(args)")
            #expect(r.stderr.contains(message), "\(args): \(r.stderr)")
        }
        #expect(try cli.run(["user", "add", "li", "--role", "reviewer", "--lang", "zh", "--password-stdin"] + ws, input: "审校人员的密码很长\n").status == 0)
        let twice = try cli.run(["user", "add", "LI", "--role", "reviewer", "--lang", "zh", "--password-stdin"] + ws, input: "审校人员的密码很长\n")
        #expect(twice.status != 0)
        #expect(twice.stderr.contains("already in the team"))
    }

    @Test func serveSignsInLogsAndStopsOnSIGTERM() async throws {
        let cli = try CLI(copyProject: false)
        defer { cli.remove() }
        let ws = ["--workspace", cli.workspacePath]
        #expect(try cli.run(["user", "add", "ru-translator", "--role", "translator", "--lang", "ru", "--password-stdin"] + ws,
                            input: "пароль-надёжный\n").status == 0)
        let port = Int.random(in: 20_000...40_000)
        let process = Process()
        process.executableURL = CLI.executable
        process.arguments = ["serve", "--port", String(port)] + ws
        let err = Pipe()
        process.standardError = err
        process.standardOutput = FileHandle.nullDevice
        try process.run()
        defer { if process.isRunning { process.terminate() } }
        var request = URLRequest(url: URL(string: "http://127.0.0.1:\(port)/api/login")!)
        request.httpMethod = "POST"
        request.setValue("application/json", forHTTPHeaderField: "Content-Type")
        request.httpBody = Data(#"{"name":"ru-translator","password":"пароль-надёжный"}"#.utf8)
        var status = 0
        for _ in 0..<100 {
            if let (_, response) = try? await URLSession.shared.data(for: request) {
                status = (response as? HTTPURLResponse)?.statusCode ?? 0
                break
            }
            try await Task.sleep(for: .milliseconds(100))
        }
        #expect(status == 200)
        kill(process.processIdentifier, SIGTERM)
        process.waitUntilExit()
        #expect(process.terminationStatus == 0)
        let log = String(decoding: err.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        #expect(log.contains("POST /api/login 200"), "\(log)")
        #expect(log.contains("ru-translator"), "\(log)")
    }
}
