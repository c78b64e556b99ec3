import Foundation

/// Writes `text` to `path` through a temporary file in the same folder and a rename, so a reader
/// never sees half a file and a failed write leaves the old file as it was.
///
/// Every failure is one error in the user's terms, naming the path: an empty name, a missing
/// folder, a folder where the file should be, no permission, a full disk.
/// Returns false when `path` was a device or pipe written in place (no file path to print).
@discardableResult
func writeAtomically(_ text: String, to path: String) throws -> Bool {
    try writeAtomically(Data(text.utf8), to: path)
}

@discardableResult
func writeAtomically(_ data: Data, to path: String) throws -> Bool {
    guard !path.isEmpty else { throw CLIError("the output file name is empty") }
    let url = URL(fileURLWithPath: path).standardizedFileURL
    let folder = url.deletingLastPathComponent()
    var isFolder: ObjCBool = false
    guard FileManager.default.fileExists(atPath: folder.path, isDirectory: &isFolder), isFolder.boolValue else {
        throw CLIError("cannot write \(path): folder \(folder.path) does not exist")
    }
    if FileManager.default.fileExists(atPath: url.path, isDirectory: &isFolder), isFolder.boolValue {
        throw CLIError("cannot write \(path): it is a folder; give a file name")
    }
    var info = stat()
    if stat(url.path, &info) == 0 && (info.st_mode & S_IFMT) != S_IFREG {
        // A device or a pipe (/dev/stdout, a FIFO): written in place, never replaced.
        try writeInPlace(data, to: path)
        return false
    }
    let temporary = folder.appendingPathComponent(".\(url.lastPathComponent).\(UUID().uuidString).tmp")
    do {
        guard FileManager.default.createFile(atPath: temporary.path, contents: data) else {
            throw CLIError("cannot write \(path): \(String(cString: strerror(errno)))")
        }
        if rename(temporary.path, url.path) != 0 {
            throw CLIError("cannot write \(path): \(String(cString: strerror(errno)))")
        }
        return true
    } catch {
        try? FileManager.default.removeItem(at: temporary)
        throw error
    }
}

/// Writes to an existing special file, reporting the system's reason when it fails.
private func writeInPlace(_ data: Data, to path: String) throws {
    let fd = open(path, O_WRONLY)
    guard fd >= 0 else { throw CLIError("cannot write \(path): \(String(cString: strerror(errno)))") }
    defer { close(fd) }
    try data.withUnsafeBytes { (buffer: UnsafeRawBufferPointer) in
        var offset = 0
        while offset < buffer.count {
            let n = write(fd, buffer.baseAddress! + offset, buffer.count - offset)
            if n < 0 {
                if errno == EINTR { continue }
                throw CLIError("cannot write \(path): \(String(cString: strerror(errno)))")
            }
            offset += n
        }
    }
}

/// The absolute path a command prints after writing a file.
func writtenPath(_ path: String) -> String {
    URL(fileURLWithPath: path).standardizedFileURL.path
}
