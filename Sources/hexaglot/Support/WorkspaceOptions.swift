import ArgumentParser
import Foundation
import HexaglotCore
import HexaglotStore
import HexaglotWorkflow

/// The `--workspace` option and how a command finds (or creates) its workspace.
struct WorkspaceOptions: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp(
        "The workspace file, a folder holding hexaglot.sqlite, or a PostgreSQL database: postgresql://user[:password]@host[:port]/database.",
        discussion: "Defaults to $HEXAGLOT_WORKSPACE, else the nearest hexaglot.sqlite above the current folder. A PostgreSQL password may also come from $PGPASSWORD.",
        valueName: "path"))
    var workspace: String?

    func validate() throws {
        if workspace?.isEmpty == true {
            throw ValidationError("--workspace: the path is empty; give the workspace file, or the folder holding hexaglot.sqlite")
        }
    }

    /// The workspace file the options point to, or nil when none is given or found.
    func resolvedPath() -> String? {
        givenPath() ?? Workspace.find(from: FileManager.default.currentDirectoryPath)
    }

    /// The workspace named by `--workspace`, else by `$HEXAGLOT_WORKSPACE`; nil when neither is given.
    func givenPath() -> String? {
        if let workspace { return WorkspaceOptions.filePath(workspace) }
        if let env = ProcessInfo.processInfo.environment["HEXAGLOT_WORKSPACE"], !env.isEmpty {
            return WorkspaceOptions.filePath(env)
        }
        return nil
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
            // A database on a server must exist; the first command makes the workspace in it,
            // seeded from the project around the current folder as a new file would be.
            if WorkspaceLocation.isServer(path) {
                do {
                    return try Workspace(path: path)
                } catch let error as StoreError where error.code == .emptyDatabase {
                    return try WorkspaceCreation.create(at: path, seedFrom: ProjectFolder.find(from: FileManager.default.currentDirectoryPath),
                                                        author: Person.current(nil), progress: progress)
                }
            }
            if FileManager.default.fileExists(atPath: path) { return try Workspace(path: path) }
            if let target = try? FileManager.default.destinationOfSymbolicLink(atPath: path) {
                throw CLIError("\(path): a symbolic link to \(target), which does not exist; no workspace was created")
            }
            if workspace != nil || ProcessInfo.processInfo.environment["HEXAGLOT_WORKSPACE"] != nil {
                // An explicit path that does not exist yet: create it, seeded if it sits in a project.
                return try WorkspaceCreation.create(at: path, seedFrom: ProjectFolder.find(from: folder(of: path)),
                                                    author: Person.current(nil), progress: progress)
            }
        }
        guard let project = ProjectFolder.find(from: FileManager.default.currentDirectoryPath) else {
            throw CLIError("no workspace found: run `hexaglot init` in your project folder, or pass --workspace PATH")
        }
        let path = URL(fileURLWithPath: project).appendingPathComponent(Workspace.fileName).path
        return try WorkspaceCreation.create(at: path, seedFrom: project, author: Person.current(nil), progress: progress)
    }

    static func filePath(_ given: String) -> String {
        if WorkspaceLocation.isServer(given) { return given }
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
