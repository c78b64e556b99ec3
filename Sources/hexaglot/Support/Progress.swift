import Foundation
import HexaglotWorkflow
import Synchronization

/// Progress of a long job on the terminal (standard error), and the notes and warnings said on the way.
///
/// The progress line is drawn only when standard error is a terminal; notes and warnings
/// always reach standard error, piped or not, so scripts and CI see them. A TMX import reports
/// from its reading thread while the main thread finishes: each call draws holding `lastLength`.
final class Progress: ProgressReporter, Sendable {
    let enabled: Bool
    /// The length of the line drawn last; held while drawing, so lines never interleave.
    private let lastLength = Mutex(0)

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
        lastLength.withLock { lastLength in
            let pad = max(0, lastLength - line.count)
            FileHandle.standardError.write(Data(("\r" + line + String(repeating: " ", count: pad)).utf8))
            lastLength = line.count
        }
    }

    /// Clears the progress line.
    func finish() {
        lastLength.withLock { clear(&$0) }
    }

    /// A one-line note or warning on standard error, kept above the progress line.
    func note(_ text: String) {
        lastLength.withLock { lastLength in
            clear(&lastLength)
            FileHandle.standardError.write(Data((text + "\n").utf8))
        }
    }

    /// Clears the line; the caller holds `lastLength`.
    private func clear(_ lastLength: inout Int) {
        guard enabled, lastLength > 0 else { return }
        FileHandle.standardError.write(Data(("\r" + String(repeating: " ", count: lastLength) + "\r").utf8))
        lastLength = 0
    }
}
