import Foundation
import Synchronization

/// Counts failed sign-ins per name and per client address, and refuses more than `limit` in
/// `window` seconds: the answer is then 429 with the seconds to wait.
final class LoginThrottle: Sendable {
    let limit: Int
    let window: TimeInterval
    /// The times of recent failures by key.
    private let failures = Mutex<[String: [Date]]>([:])

    init(limit: Int, window: TimeInterval) {
        self.limit = limit
        self.window = window
    }

    /// The seconds to wait before `keys` may try again, or nil when they may try now.
    func retryAfter(_ keys: [String], now: Date = Date()) -> Int? {
        failures.withLock { failures in
            var wait: TimeInterval = 0
            for key in keys {
                let recent = prune(&failures, key, now)
                if recent.count >= limit, let oldest = recent.first {
                    wait = max(wait, oldest.addingTimeInterval(window).timeIntervalSince(now))
                }
            }
            return wait > 0 ? max(1, Int(wait.rounded(.up))) : nil
        }
    }

    /// Records one failed attempt for each key.
    func fail(_ keys: [String], now: Date = Date()) {
        failures.withLock { failures in
            for key in keys {
                _ = prune(&failures, key, now)
                failures[key, default: []].append(now)
            }
            if failures.count > 10_000 {  // a flood of names: keep only the keys that still count
                for key in Array(failures.keys) { _ = prune(&failures, key, now) }
            }
        }
    }

    /// Forgets the failures of `key` (after a successful sign-in with that name).
    func reset(_ key: String) {
        failures.withLock { $0[key] = nil }
    }

    private func prune(_ failures: inout [String: [Date]], _ key: String, _ now: Date) -> [Date] {
        let recent = (failures[key] ?? []).filter { now.timeIntervalSince($0) < window }
        failures[key] = recent.isEmpty ? nil : recent
        return recent
    }
}
