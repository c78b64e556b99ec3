import HexaglotCore

extension TranslationStatus {
    /// The shortest way from this status to `goal` through the allowed changes (never through
    /// outdated, which only a new source revision sets), without the start; nil when there is none.
    func path(to goal: TranslationStatus) -> [TranslationStatus]? {
        var previous: [TranslationStatus: TranslationStatus] = [:]
        var queue = [self]
        var seen: Set<TranslationStatus> = [self]
        while !queue.isEmpty {
            let status = queue.removeFirst()
            for next in status.allowedNext where !seen.contains(next) && next != .outdated {
                seen.insert(next)
                previous[next] = status
                if next == goal {
                    var path = [goal]
                    var step = status
                    while step != self { path.insert(step, at: 0); step = previous[step]! }
                    return path
                }
                queue.append(next)
            }
        }
        return nil
    }
}
