import Foundation
import Testing

/// The workspace protects itself (issue 9 §6): a newer, damaged or read-only workspace is never
/// written, yet can be read; a killed creator's files do not stay; bad paths get one clear error.
@Suite(.serialized) struct WorkspaceProtectionTests {
    func prepared() throws -> CLI {
        let cli = try CLI()
        _ = try cli.ok(["init"])
        return cli
    }

    func bytes(_ cli: CLI) throws -> Data { try Data(contentsOf: URL(fileURLWithPath: cli.workspacePath)) }

    /// Overwrites whole pages at a third, a half and two thirds of the file.
    func damage(_ path: String) throws {
        let handle = try FileHandle(forUpdating: URL(fileURLWithPath: path))
        defer { try? handle.close() }
        let size = try handle.seekToEnd()
        let page: UInt64 = 16384
        let pages = size / page
        for k in [pages / 3, pages / 2, 2 * pages / 3] where k > 1 {
            try handle.seek(toOffset: k * page)
            handle.write(Data(repeating: 0x5A, count: Int(page)))
        }
    }

    /// Sets `PRAGMA user_version` in the file header (offset 60, big-endian), as a newer Hexaglot would.
    func setUserVersion(_ path: String, _ version: UInt32) throws {
        let handle = try FileHandle(forUpdating: URL(fileURLWithPath: path))
        defer { try? handle.close() }
        try handle.seek(toOffset: 60)
        handle.write(Data(withUnsafeBytes(of: version.bigEndian) { Array($0) }))
    }

    @Test func aWorkspaceOfANewerHexaglotIsReadButNeverWritten() throws {
        let cli = try prepared()
        defer { cli.remove() }
        _ = try cli.ok(["tm", "export", "memory.tmx"])
        try setUserVersion(cli.workspacePath, 99)
        let before = try bytes(cli)
        let listed = try cli.run(["list"])
        #expect(listed.status == 0 && listed.stdout.contains("CL-19/73"), "\(listed.stderr)")
        #expect(listed.stderr.contains("newer"), "a warning says why it is only read: \(listed.stderr)")
        for args in [["translate", "CL-19/73", "1", "--lang", "es", "Secretaría General"],
                     ["tm", "import", "memory.tmx"], ["glossary", "import", "Glossaries/connect2030.tbx"],
                     ["status", "CL-19/73", "--lang", "es", "--set", "reviewed", "--all"]] {
            let r = try cli.run(args)
            #expect(r.status != 0, "\(args) wrote to a newer workspace")
            #expect(r.stderr.contains("newer than this Hexaglot"), "\(args): \(r.stderr)")
        }
        #expect(try bytes(cli) == before)
    }

    @Test func aDamagedWorkspaceIsNeverWritten() throws {
        let cli = try prepared()
        defer { cli.remove() }
        _ = try cli.ok(["tm", "export", "memory.tmx"])
        try damage(cli.workspacePath)
        let before = try bytes(cli)
        for args in [["tm", "import", "memory.tmx"], ["glossary", "import", "Glossaries/connect2030.tbx"],
                     ["translate", "CL-19/73", "1", "--lang", "es", "Secretaría General"],
                     ["import", "Letters/CL-19-73/CL-19-73.fr.md"]] {
            let r = try cli.run(args)
            #expect(r.status != 0, "\(args) ran on a damaged workspace")
            #expect(r.stderr.contains("damaged"), "\(args): \(r.stderr)")
            #expect(r.stderr.split(separator: "\n").count <= 2, "one clear error: \(r.stderr)")
        }
        // Reading commands may fail on the damaged pages, or answer from the others; none writes.
        _ = try cli.run(["tm", "lookup", "--from", "fr", "--to", "en", "Madame, Monsieur,"])
        _ = try cli.run(["tm", "stats"])
        #expect(try bytes(cli) == before)
    }

    /// The binary and its resources copied where `nobody` can run them.
    func binaryForNobody(_ cli: CLI) throws -> String {
        let bin = cli.folder.appendingPathComponent("bin")
        try FileManager.default.createDirectory(at: bin, withIntermediateDirectories: true)
        let built = CLI.executable.deletingLastPathComponent()
        for name in try FileManager.default.contentsOfDirectory(atPath: built.path) where name.hasSuffix(".resources") {
            try FileManager.default.copyItem(at: built.appendingPathComponent(name), to: bin.appendingPathComponent(name))
        }
        try FileManager.default.copyItem(at: CLI.executable, to: bin.appendingPathComponent("hexaglot"))
        return bin.appendingPathComponent("hexaglot").path
    }

    func runAsNobody(_ binary: String, _ args: [String], in folder: URL) throws -> CLI.Result {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/sbin/runuser")
        process.arguments = ["-u", "nobody", "--", binary] + args
        process.currentDirectoryURL = folder
        var environment = ProcessInfo.processInfo.environment
        environment["HEXAGLOT_WORKSPACE"] = nil
        environment["HEXAGLOT_USER"] = "reader"
        process.environment = environment
        let out = Pipe(), err = Pipe()
        process.standardOutput = out
        process.standardError = err
        try process.run()
        let errData = err.fileHandleForReading.readDataToEndOfFile()
        let outData = out.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return CLI.Result(status: process.terminationStatus, stdout: String(decoding: outData, as: UTF8.self),
                          stderr: String(decoding: errData, as: UTF8.self))
    }

    @Test(.enabled(if: getuid() == 0 && FileManager.default.isExecutableFile(atPath: "/usr/sbin/runuser"),
                   "needs root to run commands as nobody"))
    func aWorkspaceThisUserCannotWriteIsRead() throws {
        let cli = try prepared()
        defer { cli.remove() }
        let binary = try binaryForNobody(cli)
        try FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: cli.folder.path)
        for case let (mode, folderMode) in [(0o644, 0o755), (0o444, 0o777)] {
            try FileManager.default.setAttributes([.posixPermissions: mode], ofItemAtPath: cli.workspacePath)
            try FileManager.default.setAttributes([.posixPermissions: folderMode], ofItemAtPath: cli.folder.path)
            let before = try bytes(cli)
            let list = try runAsNobody(binary, ["list"], in: cli.folder)
            #expect(list.status == 0 && list.stdout.contains("CL-17/24"), "mode \(mode): \(list.stderr)")
            let show = try runAsNobody(binary, ["show", "CL-19/73", "--lang", "es", "--json"], in: cli.folder)
            #expect(show.status == 0 && show.stdout.contains("\"segments\""), "mode \(mode): \(show.stderr)")
            let lookup = try runAsNobody(binary, ["tm", "lookup", "--from", "fr", "--to", "en", "Madame, Monsieur,"], in: cli.folder)
            #expect(lookup.status == 0 && lookup.stdout.contains("100%"), "mode \(mode): \(lookup.stderr)")
            let write = try runAsNobody(binary, ["translate", "CL-19/73", "1", "--lang", "es", "Secretaría"], in: cli.folder)
            #expect(write.status != 0 && write.stderr.contains("read-only"), "mode \(mode): \(write.stderr)")
            #expect(!write.stderr.contains("attempt to write a readonly database"))
            #expect(try bytes(cli) == before)
            // A reader leaves no file beside the workspace that its owner could not remove or write.
            #expect(!FileManager.default.fileExists(atPath: cli.workspacePath + "-shm"))
        }
        try FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: cli.folder.path)
    }

    @Test func theFilesOfAKilledCreatorAreRemoved() throws {
        let cli = try CLI()
        defer { cli.remove() }
        // A pid that is not running: past the kernel's pid_max.
        let dead = Int32(4_194_304 + 17)
        let names = ["", "-wal", "-shm"].map { ".hexaglot-creating-\(dead).sqlite" + $0 }
        for name in names { _ = try cli.write(name, Data("partial".utf8)) }
        // A live creator (this test process, whose name starts with hexaglot) keeps its file.
        let comm = (try? String(contentsOfFile: "/proc/self/comm", encoding: .utf8)) ?? ""
        let live = ".hexaglot-creating-\(getpid()).sqlite"
        _ = try cli.write(live, Data("in progress".utf8))
        _ = try cli.ok(["list"])
        for name in names {
            #expect(!FileManager.default.fileExists(atPath: cli.folder.appendingPathComponent(name).path), "\(name) left behind")
        }
        #expect(FileManager.default.fileExists(atPath: cli.folder.appendingPathComponent(live).path) == comm.hasPrefix("hexaglot"))
        #expect(FileManager.default.fileExists(atPath: cli.workspacePath))
    }

    @Test func aCreatorKilledWithSignal9LeavesNothingBehindForLong() throws {
        let cli = try CLI()
        defer { cli.remove() }
        let process = Process()
        process.executableURL = CLI.executable
        process.arguments = ["list"]
        process.currentDirectoryURL = cli.folder
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        try process.run()
        // Kill it while it imports Letters/ into its temporary file.
        let deadline = Date().addingTimeInterval(10)
        while Date() < deadline {
            let names = (try? FileManager.default.contentsOfDirectory(atPath: cli.folder.path)) ?? []
            if names.contains(where: { $0.hasPrefix(".hexaglot-creating-") }) || !process.isRunning { break }
            usleep(2_000)
        }
        kill(process.processIdentifier, SIGKILL)
        process.waitUntilExit()
        _ = try cli.ok(["list"])
        let left = try FileManager.default.contentsOfDirectory(atPath: cli.folder.path).filter { $0.hasPrefix(".hexaglot-creating-") }
        #expect(left.isEmpty, "left behind: \(left)")
    }

    @Test func badWorkspaceAndOutputPathsGetOneClearError() throws {
        let cli = try prepared()
        defer { cli.remove() }
        let empty = try cli.write("empty.sqlite", Data())
        let r1 = try cli.run(["list", "--workspace", empty])
        #expect(r1.status != 0 && r1.stderr.contains("an empty file, not a Hexaglot workspace"), "\(r1.stderr)")
        #expect(try Data(contentsOf: URL(fileURLWithPath: empty)).isEmpty)
        let r1b = try cli.run(["list", "--workspace", "no/such/folder/hexaglot.sqlite"])
        #expect(r1b.status != 0 && r1b.stderr.contains("folder") && r1b.stderr.contains("does not exist"), "\(r1b.stderr)")
        let link = cli.folder.appendingPathComponent("dangling.sqlite").path
        try FileManager.default.createSymbolicLink(atPath: link, withDestinationPath: "/nowhere/hexaglot.sqlite")
        let r1c = try cli.run(["list", "--workspace", link])
        #expect(r1c.status != 0 && r1c.stderr.contains("symbolic link") && !r1c.stderr.contains("Creating"), "\(r1c.stderr)")
        let r2 = try cli.run(["list", "--workspace", ""])
        #expect(r2.status != 0 && r2.stderr.contains("--workspace: the path is empty") && !r2.stderr.contains("WAL"), "\(r2.stderr)")
        let r3 = try cli.run(["export", "CL-19/73", "--lang", "es", "-o", ""])
        #expect(r3.status != 0 && r3.stderr.contains("file name is empty") && !r3.stderr.contains("NSCocoaErrorDomain"), "\(r3.stderr)")
        let r4 = try cli.run(["export", "CL-19/73", "--lang", "es", "-o", "no/such/folder/x.md"])
        #expect(r4.status != 0 && r4.stderr.contains("does not exist") && !r4.stderr.contains("NSCocoaErrorDomain"), "\(r4.stderr)")
        let r5 = try cli.run(["glossary", "export", "Letters/x.tbx/"])
        #expect(!r5.stderr.contains("NSCocoaErrorDomain"), "\(r5.stderr)")
        let r6 = try cli.run(["status", "CL-19/73", "--lang", "es", "--set", "draft", "--segments", "1,,2"])
        #expect(r6.status != 0 && r6.stderr.contains("'1,,2' is not a segment range"), "\(r6.stderr)")
        // A pasted paragraph where a value was expected is quoted in a few dozen characters.
        let paragraph = String(repeating: "Genève, le 24 décembre 2019 ", count: 2000)
        for args in [["show", paragraph], ["show", "CL-19/73", "--lang", paragraph], ["list", "--kind", paragraph],
                     ["status", "CL-19/73", "--lang", "es", "--set", paragraph, "--all"]] {
            let r = try cli.run(args)
            #expect(r.status != 0 && r.stderr.contains("Genève, le 24"), "\(args.prefix(2)): \(r.stderr.prefix(200))")
            #expect(r.stderr.count < 800, "\(args.prefix(2)): an error of \(r.stderr.count) characters")
        }
    }

    @Test func exportToAPipeWritesIntoItWithoutReplacingIt() throws {
        let cli = try prepared()
        defer { cli.remove() }
        let fifo = cli.folder.appendingPathComponent("pipe").path
        #expect(mkfifo(fifo, 0o644) == 0)
        let reader = Process()
        reader.executableURL = URL(fileURLWithPath: "/bin/sh")
        reader.arguments = ["-c", "cat pipe > received.md"]
        reader.currentDirectoryURL = cli.folder
        try reader.run()
        let r = try cli.run(["export", "CL-19/73", "--lang", "es", "-o", fifo])
        var info = stat()
        let stillAPipe = stat(fifo, &info) == 0 && (info.st_mode & S_IFMT) == S_IFIFO
        #expect(stillAPipe, "the pipe was replaced by a file")
        if !stillAPipe { reader.terminate() }
        reader.waitUntilExit()
        #expect(r.status == 0, "\(r.stderr)")
        #expect(r.stdout.isEmpty, "no path printed for a pipe: \(r.stdout)")
        let received = try String(contentsOf: cli.folder.appendingPathComponent("received.md"), encoding: .utf8)
        #expect(received.hasPrefix("---\nreference: CL-19/73"))
    }

    @Test func aHugeElementNameIsCutInTheError() throws {
        let cli = try prepared()
        defer { cli.remove() }
        let name = String(repeating: "a", count: 2_000_000)
        let tmx = "<?xml version=\"1.0\"?>\n<tmx version=\"1.4\"><header srclang=\"en\"/><body><\(name)/></body></tmx>\n"
        let tmxPath = try cli.write("huge.tmx", Data(tmx.utf8))
        let xlf = "<?xml version=\"1.0\"?>\n<xliff xmlns=\"urn:oasis:names:tc:xliff:document:2.0\" version=\"2.1\" srcLang=\"fr\" trgLang=\"es\"><\(name)/></xliff>\n"
        let xlfPath = try cli.write("huge.xlf", Data(xlf.utf8))
        let tbx = "<?xml version=\"1.0\"?>\n<martif type=\"TBX-Basic\"><text><body><\(name)/></body></text></martif>\n"
        let tbxPath = try cli.write("huge.tbx", Data(tbx.utf8))
        for args in [["tm", "import", tmxPath], ["import", xlfPath], ["glossary", "import", tbxPath]] {
            let r = try cli.run(args)
            #expect(r.status != 0, "\(args)")
            #expect(r.stderr.count < 600, "\(args): an error of \(r.stderr.count) characters")
            #expect(r.stderr.contains("huge."), "\(args) names the file: \(r.stderr.prefix(300))")
        }
    }
}
