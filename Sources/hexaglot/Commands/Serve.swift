import ArgumentParser
import Foundation
import HexaglotServer

/// `hexaglot serve`: the team's web workspace over this workspace.
struct Serve: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "serve",
        abstract: "Serve the web workspace and its JSON API (/api, described at /openapi.json).",
        discussion: """
            One process over the workspace, for the team added with `hexaglot user add`. It \
            listens on 127.0.0.1:8080 unless told otherwise, logs one line per request to \
            standard error, and stops cleanly on Ctrl-C or SIGTERM. Memory lookups stay warm \
            in the process. Put it behind a TLS proxy (and pass --secure-cookies) to serve \
            anything beyond this machine.
            """)

    @OptionGroup var workspaceOptions: WorkspaceOptions

    @Option(name: .long, help: "The address to listen on (127.0.0.1: this machine only).")
    var host: String = "127.0.0.1"

    @Option(name: .long, help: "The port to listen on.")
    var port: Int = 8080

    @Flag(name: .long, help: "Mark the session cookie Secure: only for a server reached through HTTPS (a TLS proxy).")
    var secureCookies = false

    @Option(name: .long, help: ArgumentHelp("How long a sign-in lasts, in hours.", valueName: "hours"))
    var sessionHours: Int = 12

    @Option(name: .long, help: ArgumentHelp("The largest file the coordinator may upload for import, in MiB (other requests: 1 MiB).", valueName: "MiB"))
    var maxUploadMib: Int = 32

    func validate() throws {
        guard (1...65535).contains(port) else { throw ValidationError("--port: expected 1 to 65535, not \(port)") }
        guard !host.isEmpty else { throw ValidationError("--host: the address is empty") }
        guard (1...24 * 30).contains(sessionHours) else { throw ValidationError("--session-hours: expected 1 to 720, not \(sessionHours)") }
        guard (1...1024).contains(maxUploadMib) else { throw ValidationError("--max-upload-mib: expected 1 to 1024, not \(maxUploadMib)") }
    }

    func run() throws {
        let workspace = try workspaceOptions.open()
        var options = ServerOptions()
        options.host = host
        options.port = port
        options.secureCookies = secureCookies
        options.sessionLifetime = TimeInterval(sessionHours * 3600)
        options.maxUploadBytes = maxUploadMib << 20
        try WebWorkspace(workspace: workspace, options: options).runBlocking()
    }
}
