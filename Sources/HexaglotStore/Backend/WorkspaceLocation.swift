import Foundation
import HexaglotCore

/// Where a workspace lives: a SQLite file, or a database on a PostgreSQL server.
///
/// `--workspace` and `HEXAGLOT_WORKSPACE` take either; this is the one place that tells them
/// apart. A PostgreSQL location is a URL, `postgresql://user[:password]@host[:port]/database`
/// (or `postgres://`), as libpq writes it: user and password percent-encoded, the host a name,
/// an IPv4 address, a bracketed IPv6 address, or a percent-encoded folder holding the server's
/// Unix socket (`%2Fvar%2Frun%2Fpostgresql`). The password may instead come from `PGPASSWORD`.
public enum WorkspaceLocation: Sendable, Equatable, CustomStringConvertible {
    case file(String)
    case postgres(PostgresLocation)

    /// Reads a location; anything that is not a `postgresql://` or `postgres://` URL is a file path.
    public static func parse(_ text: String, environment: [String: String] = ProcessInfo.processInfo.environment) throws -> WorkspaceLocation {
        guard let scheme = PostgresLocation.schemes.first(where: { text.lowercased().hasPrefix($0 + "://") }) else {
            return .file(text)
        }
        return .postgres(try PostgresLocation(url: text, scheme: scheme, environment: environment))
    }

    /// True when `text` names a PostgreSQL workspace rather than a file.
    public static func isServer(_ text: String) -> Bool {
        PostgresLocation.schemes.contains { text.lowercased().hasPrefix($0 + "://") }
    }

    /// `text` as it may be shown: a PostgreSQL URL without its password, anything else as it is.
    public static func display(_ text: String) -> String {
        (try? parse(text))?.description ?? PostgresLocation.redacted(text)
    }

    /// The location as it may be shown: a PostgreSQL URL never shows its password.
    public var description: String {
        switch self {
        case .file(let path): return path
        case .postgres(let location): return location.description
        }
    }
}

/// A PostgreSQL database to hold a workspace, read from a `postgresql://` URL.
public struct PostgresLocation: Sendable, Equatable, CustomStringConvertible {
    static let schemes = ["postgresql", "postgres"]

    public var user: String
    public var password: String?
    /// A host name or address, or nil when the server is reached through `socketFolder`.
    public var host: String?
    public var socketFolder: String?
    public var port: Int
    public var database: String

    /// The URL without its password, for messages: `postgresql://ana@db.example.org:5432/hexaglot`.
    public var description: String {
        let place = host.map { $0.contains(":") ? "[\($0)]" : $0 }
            ?? (socketFolder ?? "").addingPercentEncoding(withAllowedCharacters: .alphanumerics) ?? ""
        return "postgresql://\(PostgresLocation.encode(user))@\(place):\(port)/\(PostgresLocation.encode(database))"
    }

    init(url text: String, scheme: String, environment: [String: String]) throws {
        func bad(_ why: String) -> StoreError {
            StoreError(.invalid, "\(PostgresLocation.redacted(text)): not a PostgreSQL workspace URL: \(why) (the form is postgresql://user[:password]@host[:port]/database)")
        }
        var rest = Substring(text.dropFirst(scheme.count + 3))
        if let query = rest.firstIndex(where: { $0 == "?" || $0 == "#" }) {
            throw bad("options after \(Quote.user(String(rest[query]))) are not supported")
        }
        guard let slash = rest.firstIndex(of: "/") else { throw bad("no database name after the host") }
        let authority = rest[..<slash]
        let databaseText = rest[rest.index(after: slash)...]
        rest = authority
        var userInfo: Substring?
        if let at = authority.lastIndex(of: "@") {
            userInfo = authority[..<at]
            rest = authority[authority.index(after: at)...]
        }
        // Host and port: [v6]:port, name:port, or a socket folder (percent-encoded, starting with /).
        var hostText = rest
        var portText: Substring?
        if rest.hasPrefix("[") {
            guard let close = rest.firstIndex(of: "]") else { throw bad("an IPv6 address without its closing ]") }
            hostText = rest[rest.index(after: rest.startIndex)..<close]
            let after = rest[rest.index(after: close)...]
            if !after.isEmpty {
                guard after.hasPrefix(":") else { throw bad("unexpected \(Quote.user(String(after))) after the address") }
                portText = after.dropFirst()
            }
        } else if let colon = rest.lastIndex(of: ":") {
            hostText = rest[..<colon]
            portText = rest[rest.index(after: colon)...]
        }
        guard let host = String(hostText).removingPercentEncoding, !host.isEmpty else { throw bad("no host") }
        if host.hasPrefix("/") {
            socketFolder = host
            self.host = nil
        } else {
            self.host = host
            socketFolder = nil
        }
        if let portText {
            guard let port = Int(portText), (1...65535).contains(port) else { throw bad("the port \(Quote.user(String(portText))) is not a number from 1 to 65535") }
            self.port = port
        } else {
            port = 5432
        }
        var user: String?
        if let userInfo {
            let parts = userInfo.split(separator: ":", maxSplits: 1, omittingEmptySubsequences: false)
            user = String(parts[0]).removingPercentEncoding
            if parts.count == 2 {
                guard let password = String(parts[1]).removingPercentEncoding else { throw bad("the password is not validly percent-encoded") }
                self.password = password
            }
            if user == nil { throw bad("the user name is not validly percent-encoded") }
        }
        if password == nil, let fromEnvironment = environment["PGPASSWORD"], !fromEnvironment.isEmpty {
            password = fromEnvironment
        }
        guard let name = user ?? environment["PGUSER"] ?? environment["USER"], !name.isEmpty else { throw bad("no user name") }
        self.user = name
        guard let database = String(databaseText).removingPercentEncoding, !database.isEmpty else { throw bad("no database name after the host") }
        guard !database.contains("/") else { throw bad("the database name holds a /") }
        self.database = database
    }

    /// The URL with any password replaced by `***`, for an error about the URL itself.
    static func redacted(_ text: String) -> String {
        guard let schemeEnd = text.range(of: "://") else { return text }
        let afterScheme = text[schemeEnd.upperBound...]
        let authorityEnd = afterScheme.firstIndex(of: "/") ?? afterScheme.endIndex
        guard let at = afterScheme[..<authorityEnd].lastIndex(of: "@"),
              let colon = afterScheme[..<at].firstIndex(of: ":") else { return text }
        return String(text[..<afterScheme.index(after: colon)]) + "***" + String(text[at...])
    }

    private static func encode(_ text: String) -> String {
        var allowed = CharacterSet.alphanumerics
        allowed.insert(charactersIn: "-._~")
        return text.addingPercentEncoding(withAllowedCharacters: allowed) ?? text
    }
}
