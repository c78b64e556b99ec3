import Foundation

/// The temporary files a command builds a new workspace in: `.hexaglot-creating-<pid>.sqlite`
/// (and its `-wal`, `-shm`), published under the workspace's name only when complete.
///
/// A creator killed before it finished leaves them behind; the next creator in the folder
/// removes those whose process is gone (or is no longer a hexaglot, the pid being reused).
enum CreatorFiles {
    static let prefix = ".hexaglot-creating-"

    static func name(pid: Int32) -> String { "\(prefix)\(pid).sqlite" }

    /// Removes the files of creators that are no longer running.
    static func removeAbandoned(in folder: String) {
        guard let names = try? FileManager.default.contentsOfDirectory(atPath: folder) else { return }
        for name in names where name.hasPrefix(prefix) {
            let rest = name.dropFirst(prefix.count)
            guard let dot = rest.firstIndex(of: "."), let pid = Int32(rest[..<dot]),
                  pid != getpid(), !isRunningHexaglot(pid) else { continue }
            try? FileManager.default.removeItem(atPath: (folder as NSString).appendingPathComponent(name))
        }
    }

    /// Whether process `pid` exists and runs hexaglot (its command name, from /proc, when readable).
    static func isRunningHexaglot(_ pid: Int32) -> Bool {
        if kill(pid, 0) != 0 && errno == ESRCH { return false }
        guard let comm = try? String(contentsOfFile: "/proc/\(pid)/comm", encoding: .utf8) else { return true }
        return comm.hasPrefix("hexaglot")
    }
}
