import Foundation
import HexaglotWorkflow

/// Progress of a long job on the terminal (standard error), and the notes and warnings said on the way.
///
/// The progress line is drawn only when standard error is a terminal; notes and warnings
/// always reach standard error, piped or not, so scripts and CI see them. A TMX import reports
/// from its reading thread while the main thread finishes: each call draws under `lock`.
// Unchecked: `lastLength`, the only mutable state, is read and written under `lock`.
final class Progress: ProgressReporter, @unchecked Sendable {
    let enabled: Bool
    private let lock = NSLock()
    private var lastLength = 0

    init(enabled: Bool = isatty(STDERR_FILENO) == 1) {
        self.enabled = enabled
    }

    /// Redraws the progress line: `[ 3/12] what`.
    func update(_ done: Int, of total: Int, _ what: String) {
        guard enabled else { return }
        let width = String(total).count
        let counter = String(repeating: " ", count: width - String(done).count) + "\(done)/\(total)"
        var line = "[\(counter)] \(what)"
        if line.count > 78 { line = String(line.prefix(77)) + "…" }
        lock.lock()
        defer { lock.unlock() }
        let pad = max(0, lastLength - line.count)
        FileHandle.standardError.write(Data(("\r" + line + String(repeating: " ", count: pad)).utf8))
        lastLength = line.count
    }

    /// Clears the progress line.
    func finish() {
        lock.lock()
        defer { lock.unlock() }
        clear()
    }

    /// A one-line note or warning on standard error, kept above the progress line.
    func note(_ text: String) {
        lock.lock()
        defer { lock.unlock() }
        clear()
        FileHandle.standardError.write(Data((text + "\n").utf8))
    }

    /// Clears the line; the caller holds `lock`.
    private func clear() {
        guard enabled, lastLength > 0 else { return }
        FileHandle.standardError.write(Data(("\r" + String(repeating: " ", count: lastLength) + "\r").utf8))
        lastLength = 0
    }
}
