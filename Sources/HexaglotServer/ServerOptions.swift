import Foundation

/// How `hexaglot serve` runs: where it listens and how its sessions behave.
public struct ServerOptions: Sendable {
    /// The address to listen on; 127.0.0.1 keeps the server to this machine.
    public var host = "127.0.0.1"
    public var port = 8080
    /// Marks the session cookie `Secure`: for a server reached through HTTPS only.
    public var secureCookies = false
    /// How long a sign-in lasts.
    public var sessionLifetime: TimeInterval = 12 * 3600
    /// The largest request body accepted; a larger one is refused with 413.
    public var maxBodyBytes = 1 << 20
    /// The largest file the coordinator may upload for import (a Word letter with its images is
    /// larger than a JSON request); a larger one is refused with 413.
    public var maxUploadBytes = 32 << 20
    /// Failed sign-ins allowed per name and per client address within `loginWindow`, then 429.
    public var loginAttempts = 5
    public var loginWindow: TimeInterval = 60

    public init() {}
}
