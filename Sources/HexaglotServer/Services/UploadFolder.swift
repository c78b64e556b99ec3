import Foundation

/// A fresh temporary folder holding one uploaded file, under a name made from the client's file
/// name with every path and odd character taken out: nothing the request says reaches the file
/// system but that base name, inside this folder. Removed by ``remove()``.
struct UploadFolder {
    let folder: URL
    /// The upload's base name as written (`passwd.md` for `../../etc/passwd.md`).
    let fileName: String
    var path: String { folder.appendingPathComponent(fileName).path }

    /// Writes `data` as `fileName` (sanitised) in a new folder under the system's temporary directory.
    init(fileName: String, data: Data) throws {
        self.fileName = UploadFolder.sanitised(fileName)
        folder = FileManager.default.temporaryDirectory
            .appendingPathComponent("hexaglot-upload-\(UUID().uuidString)", isDirectory: true)
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: false,
                                                attributes: [.posixPermissions: 0o700])
        do {
            try data.write(to: folder.appendingPathComponent(self.fileName), options: .withoutOverwriting)
        } catch {
            remove()
            throw error
        }
    }

    func remove() {
        try? FileManager.default.removeItem(at: folder)
    }

    /// `text` with the folder's path taken out, so a message names the upload as the client sent it.
    func unfolded(_ text: String) -> String {
        text.replacingOccurrences(of: folder.path + "/", with: "")
    }

    /// The last component of `name` (after `/` or `\`), letters, digits, `.`, `-` and `_` only
    /// (others become `_`), no leading dot, at most 120 characters; `upload` when nothing is left.
    static func sanitised(_ name: String) -> String {
        let base = name.split(whereSeparator: { $0 == "/" || $0 == "\\" }).last.map(String.init) ?? ""
        var kept = String(base.unicodeScalars.map { s -> Character in
            s.properties.isAlphabetic || ("0"..."9").contains(s) || s == "." || s == "-" || s == "_" ? Character(s) : "_"
        })
        while kept.hasPrefix(".") { kept.removeFirst() }
        if kept.count > 120 { kept = String(kept.suffix(120)) }
        return kept.isEmpty ? "upload" : kept
    }
}
