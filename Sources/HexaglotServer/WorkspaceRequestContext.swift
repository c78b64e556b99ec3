import HTTPTypes
import Hummingbird
import HexaglotCore
import HexaglotStore
import NIOCore

/// The request context of the web workspace: the signed-in session (set by ``SessionMiddleware``)
/// and the client's address (for the sign-in rate limit and the log).
public struct WorkspaceRequestContext: RequestContext {
    public var coreContext: CoreRequestContextStorage
    public let remoteAddress: SocketAddress?
    /// The session of the request's cookie, when it names a live one.
    public var session: SignedInSession?
    /// The largest request body accepted (413 beyond).
    public var bodyLimit = 1 << 20

    public init(source: ApplicationRequestContextSource) {
        coreContext = .init(source: source)
        remoteAddress = source.channel.remoteAddress
    }

    public var maxUploadSize: Int { bodyLimit }

    /// The signed-in person, or a 401.
    public func member() throws -> TeamMember {
        guard let session else { throw APIError(.unauthorized, "sign in first (POST /api/login)") }
        return session.member
    }

    /// The signed-in person when they may do `action` (in `language`): 401 when no one is signed in, 403 when they may not.
    @discardableResult
    public func authorize(_ action: AccessPolicy.Action, language: Language? = nil) throws -> TeamMember {
        let member = try member()
        guard AccessPolicy.allows(member, action, language: language) else {
            throw APIError(.forbidden, AccessRefusal.message(member, action, language: language))
        }
        return member
    }

    /// The client's IP address, for the sign-in rate limit.
    var clientAddress: String { remoteAddress?.ipAddress ?? "local" }
}
