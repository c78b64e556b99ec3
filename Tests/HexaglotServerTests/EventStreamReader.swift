import Foundation
import Synchronization

/// Reads a server-sent event stream over a plain loopback socket, on a thread of its own, and
/// keeps the `change` events' data lines: the browser's EventSource, for tests.
final class EventStreamReader: Sendable {
    private let received = Mutex<[String]>([])
    private let status = Mutex<String?>(nil)
    private let socket: Int32
    private let open = Mutex(true)
    /// Signalled when the reading thread has returned: only then is the socket closed, so that it
    /// never reads a descriptor the system has given to someone else.
    private let finished = DispatchSemaphore(value: 0)

    /// Opens `GET /api/events` on `port` with the session `cookie`.
    init(port: Int, cookie: String?) throws {
        socket = Glibc.socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        address.sin_port = UInt16(port).bigEndian
        let connected = withUnsafePointer(to: &address) { pointer in
            pointer.withMemoryRebound(to: sockaddr.self, capacity: 1) { connect(socket, $0, socklen_t(MemoryLayout<sockaddr_in>.size)) }
        }
        guard connected == 0 else {
            open.withLock { $0 = false }  // no reading thread to wait for
            Glibc.close(socket)
            throw POSIXError(.ECONNREFUSED)
        }
        let request = "GET /api/events HTTP/1.1\r\nHost: 127.0.0.1\r\nAccept: text/event-stream\r\n"
            + (cookie.map { "Cookie: \($0)\r\n" } ?? "") + "\r\n"
        _ = request.utf8CString.withUnsafeBufferPointer { send(socket, $0.baseAddress, $0.count - 1, 0) }
        let thread = Thread { [self] in
            read()
            finished.signal()
        }
        thread.start()
    }

    private func read() {
        var pending = ""
        var buffer = [UInt8](repeating: 0, count: 4096)
        while true {
            let n = recv(socket, &buffer, buffer.count, 0)
            if n <= 0 { return }
            pending += String(decoding: buffer[0..<n], as: UTF8.self)
            while let end = pending.range(of: "\n") {
                let line = pending[..<end.lowerBound].trimmingCharacters(in: .init(charactersIn: "\r"))
                pending.removeSubrange(..<end.upperBound)
                if line.hasPrefix("HTTP/1.1 ") { status.withLock { $0 = String(line.dropFirst(9).prefix(3)) } }
                if line.hasPrefix("data: ") { received.withLock { $0.append(String(line.dropFirst(6))) } }
            }
        }
    }

    /// The HTTP status of the answer, once read.
    var statusCode: String? { status.withLock { $0 } }

    /// The data of the change events read so far, as JSON objects.
    var changes: [[String: Any]] {
        received.withLock { $0 }.compactMap { (try? JSONSerialization.jsonObject(with: Data($0.utf8))) as? [String: Any] }
    }

    /// Waits up to `seconds` for at least `count` changes.
    func wait(for count: Int, seconds: Double) async throws -> [[String: Any]] {
        let deadline = Date().addingTimeInterval(seconds)
        while Date() < deadline {
            if changes.count >= count { break }
            try await Task.sleep(for: .milliseconds(20))
        }
        return changes
    }

    /// Ends the stream and closes the socket, once: a second call (the `defer` and then `deinit`)
    /// must not close a descriptor number the system has since given to another socket (a
    /// server's, whose event loop would then wait for ever).
    func close() {
        let wasOpen = open.withLock { isOpen -> Bool in
            defer { isOpen = false }
            return isOpen
        }
        guard wasOpen else { return }
        shutdown(socket, Int32(SHUT_RDWR))
        finished.wait()
        Glibc.close(socket)
    }

    deinit { close() }
}
