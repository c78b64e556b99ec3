import Foundation
import HexaglotStore
import Hummingbird
import Logging
import ServiceLifecycle

/// `hexaglot serve`: the web workspace over one workspace, as a Hummingbird application.
///
/// Middleware, outermost first: one log line per request, security headers, errors as JSON,
/// the session from the cookie, the CSRF and origin check; then the routes, grouped by resource.
/// Every `GET` route answers `HEAD` too (headers only), as Hummingbird generates it.
public struct WebWorkspace: Sendable {
    let services: WorkspaceServices
    public let options: ServerOptions

    public init(workspace: Workspace, options: ServerOptions = ServerOptions()) {
        self.services = WorkspaceServices(workspace: workspace, options: options)
        self.options = options
    }

    /// The router with every middleware and route.
    public func router(logger: Logger) -> Router<WorkspaceRequestContext> {
        let router = Router(context: WorkspaceRequestContext.self, options: .autoGenerateHeadEndpoints)
        let table = RouteTable()
        router.add(middleware: RequestLogMiddleware(logger: logger))
        router.add(middleware: SecurityHeadersMiddleware())
        router.add(middleware: JSONErrorMiddleware(logger: logger, routes: table))
        router.add(middleware: SessionMiddleware(services: services))
        router.add(middleware: CSRFMiddleware())
        SessionRoutes(services: services).register(on: router)
        DocumentRoutes(services: services).register(on: router)
        DocumentTransferRoutes(services: services).register(on: router)
        SegmentRoutes(services: services).register(on: router)
        SegmentAidRoutes(services: services).register(on: router)
        WorkspaceRoutes(services: services).register(on: router)
        EventRoutes(services: services).register(on: router)
        OpenAPIRoutes().register(on: router)
        PageRoutes(services: services).register(on: router)
        table.set(router.routes.map { (method: $0.method.rawValue, path: $0.path.description) })
        return router
    }

    /// The application, listening where `options` say.
    public func application(logger: Logger? = nil) -> some ApplicationProtocol {
        let logger = logger ?? Logger(label: "hexaglot.serve")
        let services = services
        let app = Application(router: router(logger: logger),
                              configuration: .init(address: .hostname(options.host, port: options.port), serverName: "Hexaglot"),
                              onServerRunning: { channel in
                                  let port = channel.localAddress?.port.map(String.init) ?? "?"
                                  logger.info("hexaglot serve: http://\(services.options.host):\(port)/ over \(services.workspace.path)")
                              },
                              logger: logger)
        return app
    }

    /// Runs until SIGINT or SIGTERM, then stops accepting requests, lets those under way finish, and returns.
    public func runBlocking() throws {
        LoggingSystem.bootstrap { label in
            var handler = StreamLogHandler.standardError(label: label)
            handler.logLevel = .info
            return handler
        }
        let logger = Logger(label: "hexaglot.serve")
        try services.warmUp()
        let app = application(logger: logger)
        let done = DispatchSemaphore(value: 0)
        let failure = FailureBox()
        Task {
            do { try await app.runService() } catch { failure.error = error }
            done.signal()
        }
        done.wait()
        services.close()
        if let error = failure.error { throw error }
    }

    // @unchecked: `error` is written by the server task before it signals `done` and read only after `done.wait()`.
    private final class FailureBox: @unchecked Sendable {
        var error: (any Error)?
    }
}
