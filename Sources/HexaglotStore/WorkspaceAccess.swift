import Foundation

/// How a workspace file can be opened by this user: for writing, or only for reading.
///
/// SQLite in WAL mode keeps two files beside the workspace (`-wal`, `-shm`) while it is in use.
/// A user who cannot write the file, or cannot create those two in its folder, opens it
/// read-only: through the two files when a writer has them open, else as immutable, which
/// creates nothing beside the file (a reader must not leave files its owner cannot write).
struct WorkspaceAccess {
    let readOnly: Bool
    /// The path or `file:` URI given to SQLite.
    let openPath: String

    init(path: String, create: Bool) throws {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
            guard create else { throw StoreError(.workspaceNotFound, "\(path): no workspace there") }
            let folder = URL(fileURLWithPath: path).deletingLastPathComponent().path
            guard FileManager.default.fileExists(atPath: folder, isDirectory: &isDirectory), isDirectory.boolValue else {
                throw StoreError(.workspaceNotFound, "\(path): cannot create the workspace there: folder \(folder) does not exist")
            }
            readOnly = false
            openPath = path
            return
        }
        if isDirectory.boolValue {
            throw StoreError(.invalid, "\(path): a folder, not a workspace file")
        }
        let size = (try? FileManager.default.attributesOfItem(atPath: path)[.size] as? Int) ?? nil
        if size == 0 {
            throw StoreError(.damaged, "\(path): an empty file, not a Hexaglot workspace; remove it, or give the path of a workspace (or of none, to create one)")
        }
        guard Foundation.access(path, R_OK) == 0 else {
            throw StoreError(.database, "\(path): this user cannot read the workspace file")
        }
        let folder = (path as NSString).deletingLastPathComponent.isEmpty ? "." : (path as NSString).deletingLastPathComponent
        let folderWritable = Foundation.access(folder, W_OK) == 0
        let sideFilesWritable = Foundation.access(path + "-wal", W_OK) == 0 && Foundation.access(path + "-shm", W_OK) == 0
        if Foundation.access(path, W_OK) == 0 && (folderWritable || sideFilesWritable) {
            readOnly = false
            openPath = path
            return
        }
        readOnly = true
        let sideFilesExist = FileManager.default.fileExists(atPath: path + "-wal") && FileManager.default.fileExists(atPath: path + "-shm")
        if sideFilesExist {
            openPath = path
            return
        }
        // Immutable ignores the -wal file: refuse rather than show an older state of the workspace.
        let walSize = (try? FileManager.default.attributesOfItem(atPath: path + "-wal")[.size] as? Int) ?? 0
        if walSize > 0 {
            throw StoreError(.readOnly, "\(path): read-only, and its last changes are still in \(path)-wal, which cannot be read without write access to the folder; ask its owner to run any hexaglot command on it once")
        }
        openPath = WorkspaceAccess.immutableURI(URL(fileURLWithPath: path).standardizedFileURL.path)
    }

    /// `file:/path?immutable=1`, with the path percent-encoded as SQLite's URI filenames require.
    static func immutableURI(_ absolutePath: String) -> String {
        var allowed = CharacterSet.urlPathAllowed
        allowed.remove(charactersIn: "?#%")
        let encoded = absolutePath.addingPercentEncoding(withAllowedCharacters: allowed) ?? absolutePath
        return "file:\(encoded)?immutable=1"
    }
}
