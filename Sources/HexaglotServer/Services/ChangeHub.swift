import Foundation
import HexaglotStore
import Synchronization

/// Hands the workspace's changes (``Workspace/watchChanges(_:)``: this process's writes, other
/// `serve` processes', a CLI's) to every open `/api/events` stream.
///
/// The watch starts with the first stream and stops with the server; each stream gets a
/// keep-alive tick every `tick`, so that proxies keep it open and a closed browser tab is noticed.
final class ChangeHub: Sendable {
    /// What a stream sends: a change, or a keep-alive tick.
    enum Event: Sendable {
        case change(WorkspaceChange)
        case tick
    }

    private struct State {
        var watch: ChangeWatch?
        var streams: [UUID: AsyncStream<Event>.Continuation] = [:]
        var closed = false
    }

    private let workspace: Workspace
    private let tick: Duration
    private let state = Mutex(State())

    init(workspace: Workspace, tick: Duration = .seconds(15)) {
        self.workspace = workspace
        self.tick = tick
    }

    /// A new stream of events, ended when the server stops or `end` is called; its consumer
    /// ending it unsubscribes it.
    func subscribe() throws -> (events: AsyncStream<Event>, end: @Sendable () -> Void) {
        let id = UUID()
        let (stream, continuation) = AsyncStream<Event>.makeStream(bufferingPolicy: .bufferingNewest(64))
        // Ends with the stream, whichever way it ends (even one refused below).
        let ticking = Task { [tick] in
            while !Task.isCancelled {
                try? await Task.sleep(for: tick)
                if case .terminated = continuation.yield(.tick) { return }
            }
        }
        continuation.onTermination = { [weak self] _ in
            ticking.cancel()
            self?.state.withLock { _ = $0.streams.removeValue(forKey: id) }
        }
        let needsWatch = state.withLock { state -> Bool? in
            if state.closed { return nil }
            state.streams[id] = continuation
            return state.watch == nil
        }
        guard let needsWatch else {
            continuation.finish()
            throw HubClosed()
        }
        if needsWatch {
            let watch: ChangeWatch
            do {
                watch = try workspace.watchChanges { [weak self] change in self?.publish(change) }
            } catch {
                continuation.finish()
                throw error
            }
            let extra = state.withLock { state -> ChangeWatch? in
                if state.watch == nil && !state.closed { state.watch = watch; return nil }
                return watch
            }
            extra?.stop()
        }
        return (stream, { continuation.finish() })
    }

    private func publish(_ change: WorkspaceChange) {
        let streams = state.withLock { Array($0.streams.values) }
        for stream in streams { stream.yield(.change(change)) }
    }

    /// Ends every stream and the watch (the server is stopping).
    func close() {
        let (watch, streams) = state.withLock { state -> (ChangeWatch?, [AsyncStream<Event>.Continuation]) in
            state.closed = true
            defer { state.watch = nil; state.streams = [:] }
            return (state.watch, Array(state.streams.values))
        }
        watch?.stop()
        for stream in streams { stream.finish() }
    }

    struct HubClosed: Error {}
}
