import Foundation
import HexaglotStore

/// A new workspace, seeded from a folder of documents and one of glossaries.
///
/// The seeded workspace is built under a temporary name (``CreatorFiles``) and moved into place
/// only when complete: a failed import leaves no workspace behind, and of two processes
/// creating it at once, one publishes its file and the other uses that one.
public enum WorkspaceCreation {
    /// Creates the workspace at `path`, seeded from the project folder's `Letters/` and
    /// `Glossaries/` (empty when `project` is nil).
    /// `author` is asked for only when there is something to import.
    public static func create(at path: String, seedFrom project: String?, author: @autoclosure () -> String?,
                              progress: any ProgressReporter = CollectingProgress()) throws -> Workspace {
        guard let project else { return try Workspace(path: path, create: true) }
        let root = URL(fileURLWithPath: project)
        return try create(at: path, letters: root.appendingPathComponent("Letters").path,
                          glossaries: root.appendingPathComponent("Glossaries").path, author: author(), progress: progress)
    }

    /// Creates the workspace at `path`, seeded from a folder of documents and one of TBX
    /// glossaries (either may be nil; a glossary folder that does not exist is skipped).
    public static func create(at path: String, letters: String?, glossaries: String?, author: @autoclosure () -> String?,
                              progress: any ProgressReporter = CollectingProgress()) throws -> Workspace {
        guard letters != nil || glossaries != nil else { return try Workspace(path: path, create: true) }
        if WorkspaceLocation.isServer(path) { return try seedServer(at: path, letters: letters, glossaries: glossaries, author: author(), progress: progress) }
        let folder = URL(fileURLWithPath: path).deletingLastPathComponent()
        let temporary = folder.appendingPathComponent(CreatorFiles.name(pid: getpid())).path
        func discard() {
            for suffix in ["", "-wal", "-shm"] { try? FileManager.default.removeItem(atPath: temporary + suffix) }
        }
        CreatorFiles.removeAbandoned(in: folder.path)
        discard()  // a file of a dead creator that had this process's pid
        do {
            progress.note("Creating workspace \(path) from \(letters ?? glossaries ?? "")")
            let workspace = try Workspace(path: temporary, create: true)
            let importer = Importer(workspace: workspace, progress: progress, author: author())
            _ = try importer.importSeed(letters: letters, glossaries: glossaries)
            try workspace.close()
        } catch {
            discard()
            throw error
        }
        // link(2) publishes the file only if no other process did first.
        if link(temporary, path) != 0 && errno != EEXIST {
            let reason = String(cString: strerror(errno))
            discard()
            throw WorkflowError(.cannotWrite, "\(path): cannot create the workspace: \(reason)")
        }
        discard()
        return try Workspace(path: path)
    }

    /// A workspace on a PostgreSQL server, seeded there: each document and glossary is imported
    /// whole or not at all; when one is refused the error says so, and what came before it stays.
    private static func seedServer(at path: String, letters: String?, glossaries: String?, author: String?,
                                   progress: any ProgressReporter) throws -> Workspace {
        progress.note("Creating workspace \(WorkspaceLocation.display(path)) from \(letters ?? glossaries ?? "")")
        let workspace = try Workspace(path: path, create: true)
        do {
            _ = try Importer(workspace: workspace, progress: progress, author: author).importSeed(letters: letters, glossaries: glossaries)
        } catch {
            let stored = (try? workspace.documents().count) ?? 0
            throw WorkflowError(.cannotWrite, "\(WorkspaceLocation.display(path)): the workspace was made, but seeding it stopped (\(error)); the \(stored) document(s) imported before stay, each whole: import the rest with hexaglot import")
        }
        return workspace
    }
}

/// The project folder: the nearest folder above that holds `Letters/`.
public enum ProjectFolder {
    public static func find(from folder: String) -> String? {
        var url = URL(fileURLWithPath: folder).standardizedFileURL
        while true {
            var isDirectory: ObjCBool = false
            if FileManager.default.fileExists(atPath: url.appendingPathComponent("Letters").path, isDirectory: &isDirectory),
               isDirectory.boolValue {
                return url.path
            }
            let parent = url.deletingLastPathComponent()
            if parent.path == url.path { return nil }
            url = parent
        }
    }
}

/// Where a new workspace's documents and glossaries come from, and where `Letters/` was looked for.
public struct WorkspaceSeed: Codable, Hashable, Sendable {
    public var letters: String?
    public var glossaries: String?
    /// The folders from which a project folder (holding Letters/) was looked for, walking up.
    public var searched: [String] = []

    public init(letters: String? = nil, glossaries: String? = nil, searched: [String] = []) {
        self.letters = letters
        self.glossaries = glossaries
        self.searched = searched
    }

    /// The seed of a workspace at `workspace`: `letters` and `glossaries` as given, else the
    /// project folder's found walking up from the workspace's folder, then from `currentFolder`;
    /// glossaries default to `Glossaries/` next to the `Letters/` used.
    public static func find(letters: String?, glossaries: String?, workspace: String,
                            currentFolder: String = FileManager.default.currentDirectoryPath) -> WorkspaceSeed {
        var seed = WorkspaceSeed(letters: letters, glossaries: glossaries)
        if letters == nil {
            let starts = [URL(fileURLWithPath: workspace).deletingLastPathComponent().standardizedFileURL.path,
                          URL(fileURLWithPath: currentFolder).standardizedFileURL.path]
            for start in starts where !seed.searched.contains(start) {
                seed.searched.append(start)
                if let project = ProjectFolder.find(from: start) {
                    let root = URL(fileURLWithPath: project)
                    seed.letters = root.appendingPathComponent("Letters").path
                    if glossaries == nil { seed.glossaries = root.appendingPathComponent("Glossaries").path }
                    break
                }
            }
        } else if glossaries == nil, let letters {
            let sibling = URL(fileURLWithPath: letters).standardizedFileURL.deletingLastPathComponent()
                .appendingPathComponent("Glossaries").path
            if FileManager.default.fileExists(atPath: sibling) { seed.glossaries = sibling }
        }
        return seed
    }
}
