import Foundation

/// Writes `text` to `path` through a temporary file in the same folder and a rename, so a reader
/// never sees half a file and a failed write leaves the old file as it was.
///
/// Every failure is one error in the user's terms, naming the path: an empty name, a missing
/// folder, a folder where the file should be, no permission, a full disk.
func writeAtomically(_ text: String, to path: String) throws {
    try writeAtomically(Data(text.utf8), to: path)
}

func writeAtomically(_ data: Data, to path: String) throws {
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
    let temporary = folder.appendingPathComponent(".\(url.lastPathComponent).\(UUID().uuidString).tmp")
    do {
        guard FileManager.default.createFile(atPath: temporary.path, contents: data) else {
            throw CLIError("cannot write \(path): \(String(cString: strerror(errno)))")
        }
        if rename(temporary.path, url.path) != 0 {
            throw CLIError("cannot write \(path): \(String(cString: strerror(errno)))")
        }
    } catch {
        try? FileManager.default.removeItem(at: temporary)
        throw error
    }
}

/// The absolute path a command prints after writing a file.
func writtenPath(_ path: String) -> String {
    URL(fileURLWithPath: path).standardizedFileURL.path
}
