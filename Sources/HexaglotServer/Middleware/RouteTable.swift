import Foundation
import HTTPTypes

/// The routes the router serves, as path templates with their methods: a path that exists
/// asked with another method is answered 405 with `Allow`, not 404.
// @unchecked: `routes` is read and written only while holding `lock`.
final class RouteTable: @unchecked Sendable {
    private var routes: [(method: String, parts: [String])] = []
    private let lock = NSLock()

    /// Records the router's routes once they are all registered (`{name}` parts match any segment).
    func set(_ list: [(method: String, path: String)]) {
        lock.lock()
        defer { lock.unlock() }
        routes = list.map { ($0.method, $0.path.split(separator: "/").map(String.init)) }
    }

    /// The methods served at `path`, empty when no route has that shape.
    func methods(at path: String) -> [String] {
        let parts = path.split(separator: "/").map(String.init)
        lock.lock()
        defer { lock.unlock() }
        var found: [String] = []
        for route in routes where route.parts.count == parts.count {
            let same = zip(route.parts, parts).allSatisfy { template, part in template.hasPrefix("{") || template == part }
            if same && !found.contains(route.method) { found.append(route.method) }
        }
        return found
    }
}
