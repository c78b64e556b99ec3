import ArgumentParser
import Foundation
import HexaglotCore
import HexaglotStore
import HexaglotWorkflow

/// The `--workspace` option and how a command finds (or creates) its workspace.
struct WorkspaceOptions: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp(
        "The workspace file, or a folder holding hexaglot.sqlite.",
        discussion: "Defaults to $HEXAGLOT_WORKSPACE, else the nearest hexaglot.sqlite above the current folder.",
        valueName: "path"))
    var workspace: String?

    func validate() throws {
        if workspace?.isEmpty == true {
            throw ValidationError("--workspace: the path is empty; give the workspace file, or the folder holding hexaglot.sqlite")
        }
    }

    /// The workspace file the options point to, or nil when none is given or found.
    func resolvedPath() -> String? {
        if let workspace { return WorkspaceOptions.filePath(workspace) }
        if let env = ProcessInfo.processInfo.environment["HEXAGLOT_WORKSPACE"], !env.isEmpty {
            return WorkspaceOptions.filePath(env)
        }
        return Workspace.find(from: FileManager.default.currentDirectoryPath)
    }

    /// Opens the workspace. Where none exists yet and a project folder with `Letters/` is found
    /// walking up, creates it there and imports `Letters/` and `Glossaries/`.
    func open(progress: Progress = Progress()) throws -> Workspace {
        let workspace = try openOrCreate(progress: progress)
        if let newer = workspace.writtenByNewer {
            progress.note("warning: \(workspace.path) was written by \(newer), newer than this Hexaglot \(HexaglotVersion.current): it is only read, and commands that change it are refused")
        }
        return workspace
    }

    private func openOrCreate(progress: Progress) throws -> Workspace {
        if let path = resolvedPath() {
            if FileManager.default.fileExists(atPath: path) { return try Workspace(path: path) }
            if let target = try? FileManager.default.destinationOfSymbolicLink(atPath: path) {
                throw CLIError("\(path): a symbolic link to \(target), which does not exist; no workspace was created")
            }
            if workspace != nil || ProcessInfo.processInfo.environment["HEXAGLOT_WORKSPACE"] != nil {
                // An explicit path that does not exist yet: create it, seeded if it sits in a project.
                return try WorkspaceOptions.create(at: path, seedFrom: ProjectFolder.find(from: folder(of: path)), progress: progress)
            }
        }
        guard let project = ProjectFolder.find(from: FileManager.default.currentDirectoryPath) else {
            throw CLIError("no workspace found: run `hexaglot init` in your project folder, or pass --workspace PATH")
        }
        let path = URL(fileURLWithPath: project).appendingPathComponent(Workspace.fileName).path
        return try WorkspaceOptions.create(at: path, seedFrom: project, progress: progress)
    }

    /// Creates the workspace at `path`, seeded from the project's `Letters/` and `Glossaries/`.
    ///
    /// The seeded workspace is built under a temporary name and moved into place only when
    /// complete: a failed import leaves no workspace behind, and of two commands creating it
    /// at once, one publishes its file and the other uses that one.
    static func create(at path: String, seedFrom project: String?, progress: Progress) throws -> Workspace {
        guard let project else { return try Workspace(path: path, create: true) }
        let root = URL(fileURLWithPath: project)
        return try create(at: path, letters: root.appendingPathComponent("Letters").path,
                          glossaries: root.appendingPathComponent("Glossaries").path, progress: progress)
    }

    /// Creates the workspace at `path`, seeded from a folder of documents and one of TBX
    /// glossaries (either may be nil; a glossary folder that does not exist is skipped).
    static func create(at path: String, letters: String?, glossaries: String?, progress: Progress) throws -> Workspace {
        guard letters != nil || glossaries != nil else { return try Workspace(path: path, create: true) }
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
            let importer = Importer(workspace: workspace, progress: progress, author: Person.current(nil))
            _ = try importer.importSeed(letters: letters, glossaries: glossaries)
            try workspace.close()
        } catch {
            discard()
            throw error
        }
        // link(2) publishes the file only if no other command did first.
        if link(temporary, path) != 0 && errno != EEXIST {
            let reason = String(cString: strerror(errno))
            discard()
            throw CLIError("\(path): cannot create the workspace: \(reason)")
        }
        discard()
        return try Workspace(path: path)
    }

    static func filePath(_ given: String) -> String {
        var isDirectory: ObjCBool = false
        if FileManager.default.fileExists(atPath: given, isDirectory: &isDirectory), isDirectory.boolValue {
            return URL(fileURLWithPath: given).appendingPathComponent(Workspace.fileName).path
        }
        return given
    }

    private func folder(of path: String) -> String {
        URL(fileURLWithPath: path).deletingLastPathComponent().path
    }
}

/// The project folder: the nearest folder above that holds `Letters/`.
enum ProjectFolder {
    static func find(from folder: String) -> String? {
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
